import type { Timeline } from './bench-page'
import { MARKS } from '../../src/data/marks'

/**
 * The first chart's time split into phases, from the app's performance
 * marks (src/data/marks.ts) and resource timing: each phase ends at a
 * moment after navigation start; the time between two is what the page
 * waited for or worked on in between.
 */

export interface Phases {
  /** The HTML document's last byte. */
  html: number
  /** The last JavaScript file that arrived before the first chart (the latest code chunk). */
  lastCode: number
  manifest: number
  dataBytes: number
  decoded: number
  viewCode: number
  mounted: number
  firstChart: number
  /** Long tasks (> 50 ms) before the first chart: how many, their sum and the longest, ms. */
  longTasks: { count: number, total: number, max: number }
}

export const PHASE_NAMES = ['html', 'manifest', 'dataBytes', 'decoded', 'viewCode', 'lastCode', 'mounted', 'firstChart'] as const

/** A JavaScript file's address (chunks and workers). */
const SCRIPT = /\.js(?:\?|$)/

export function phases(t: Timeline): Phases {
  const at = (name: string) => t.marks.find(m => m[0] === name)?.[1] ?? Number.NaN
  const firstChart = at(MARKS.firstChart)
  const early = t.longTasks.filter(([start]) => start < firstChart)
  return {
    html: t.nav?.responseEnd ?? Number.NaN,
    lastCode: Math.max(0, ...t.resources.filter(([url, , end]) => SCRIPT.test(url) && end < firstChart).map(r => r[2])),
    manifest: at(MARKS.manifest),
    dataBytes: at(MARKS.dataBytes),
    decoded: at(MARKS.decoded),
    viewCode: at(MARKS.viewCode),
    mounted: at(MARKS.mounted),
    firstChart,
    longTasks: {
      count: early.length,
      total: early.reduce((a, [, d]) => a + d, 0),
      max: Math.max(0, ...early.map(([, d]) => d)),
    },
  }
}
