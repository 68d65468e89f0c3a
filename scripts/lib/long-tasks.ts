import type { Page } from '@playwright/test'

/** A long task as recorded on the page (page clock, ms). */
export interface LongTask { start: number, duration: number }

/**
 * Record every long task (PerformanceObserver 'longtask') of the page's main
 * thread from its first script on, in `window.longTasks`: the import bench
 * and the import e2e read them back.
 */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number, duration: number }[] }
    w.longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** The long tasks recorded so far (see observeLongTasks). */
export function recordedLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as unknown as { longTasks: LongTask[] }).longTasks)
}

/** Durations of the long tasks that overlap [from, to] (page clock, ms). */
export async function longTasksBetween(page: Page, from: number, to = Number.MAX_VALUE): Promise<number[]> {
  return (await recordedLongTasks(page))
    .filter(x => x.start + x.duration >= from && x.start <= to)
    .map(x => x.duration)
}
