import type { InjectionKey, Ref } from 'vue'
import { inject, provide } from 'vue'

const CHARTS_PENDING: InjectionKey<Readonly<Ref<boolean>>> = Symbol('charts-pending')

/**
 * A view says its charts are about to change (a filter change being taken
 * in, see the selection store): every ChartCard inside shows itself busy at
 * once. Injected rather than a prop so that only the cards redraw, not the
 * whole view, on each change (twice: busy, then not).
 */
export function provideChartsPending(pending: Readonly<Ref<boolean>>): void {
  provide(CHARTS_PENDING, pending)
}

/** Whether the view around this card has a change pending (false outside a chart view). */
export function useChartsPending(): Readonly<Ref<boolean>> | null {
  return inject(CHARTS_PENDING, null)
}
