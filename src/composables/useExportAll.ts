import type { InjectionKey } from 'vue'
import type { ChartExportItem } from '../export/export-all'
import { inject, onBeforeUnmount, onMounted, provide, ref } from 'vue'

/** What a ChartCard offers to "export all charts of this view". */
export interface ExportableCard {
  exportItem: () => ChartExportItem
}

interface ChartExports {
  add: (card: ExportableCard) => void
  remove: (card: ExportableCard) => void
}

const CHART_EXPORTS: InjectionKey<ChartExports> = Symbol('chart-exports')

/** In a ChartCard: take part in the enclosing view's "export all" (nothing outside a ChartView). */
export function useExportableCard(card: ExportableCard): void {
  const exports = inject(CHART_EXPORTS, null)
  if (!exports)
    return
  onMounted(() => exports.add(card))
  onBeforeUnmount(() => exports.remove(card))
}

/**
 * In a ChartView: "export all charts of this view" as one zip (PNG + CSV per
 * chart), over every ChartCard inside it, in the order they appeared. The
 * exporter is loaded on first use so it never weighs on page load.
 */
export function useExportAll(zipName: () => string) {
  const cards = new Set<ExportableCard>()
  provide(CHART_EXPORTS, { add: card => cards.add(card), remove: card => cards.delete(card) })
  const busy = ref(false)
  const error = ref('')
  /** Charts done of all, once the export has run for a second (null before and after). */
  const progress = ref<{ done: number, total: number } | null>(null)
  async function exportAll() {
    busy.value = true
    error.value = ''
    let latest = { done: 0, total: cards.size }
    const slow = setTimeout(() => progress.value = latest, 1000)
    try {
      const { exportAllCharts } = await import('../export/export-all')
      await exportAllCharts([...cards].map(c => c.exportItem()), zipName(), (done, total) => {
        latest = { done, total }
        if (progress.value)
          progress.value = latest
      })
    }
    catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    }
    finally {
      clearTimeout(slow)
      progress.value = null
      busy.value = false
    }
  }
  return { busy, error, progress, exportAll }
}
