import type { Ref } from 'vue'
import { onMounted, ref } from 'vue'
import { MARKS } from '../data/marks'
import { whenIdle } from './whenIdle'

/**
 * Run `work` once the page has drawn its first chart (ChartCard's
 * `dd:first-chart` mark) and is then idle, or after `timeoutMs` when no
 * chart is drawn (nothing selected, every chart below the fold); at once
 * where the browser keeps no timeline (Node, in tests). Work the first
 * chart does not show, such as the audit behind the ⚠ marks, then stays
 * out of the tasks that draw it: at a million observations, preparing and
 * posting the audit's input took 180–250 ms of them (issue 13).
 */
export function afterFirstChart(work: () => void, timeoutMs = 3000): void {
  if (typeof PerformanceObserver === 'undefined' || typeof requestAnimationFrame === 'undefined') {
    work()
    return
  }
  let done = false
  const run = () => {
    if (done)
      return
    done = true
    observer.disconnect()
    clearTimeout(timer)
    whenIdle(work)
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(MARKS.firstChart).length > 0)
      run()
  })
  const timer = setTimeout(run, timeoutMs)
  if (performance.getEntriesByName(MARKS.firstChart).length > 0)
    run()
  else
    observer.observe({ type: 'mark' })
}

/**
 * True once the page has drawn its first chart and is idle (`afterFirstChart`):
 * a view's parts below its charts, such as the compare view's ranking table
 * (a Naive DataTable: 130–150 ms to render first at a million
 * observations), render then instead of delaying the first chart.
 */
export function useAfterFirstChart(): Readonly<Ref<boolean>> {
  const drawn = ref(false)
  onMounted(() => afterFirstChart(() => {
    drawn.value = true
  }))
  return drawn
}
