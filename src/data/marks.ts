/**
 * Performance marks on the way to the first chart: cheap, always on, read
 * by the browser benchmark (scripts/lib/bench-page.ts) from the page's
 * performance timeline and visible in DevTools' Performance panel.
 */
export const MARKS = {
  /** The manifest's bytes arrived. */
  manifest: 'dd:manifest',
  /** The reports and observations files' bytes arrived. */
  dataBytes: 'dd:data-bytes',
  /** Parsed, validated and decoded into typed arrays (in a worker or this thread). */
  decoded: 'dd:decoded',
  /** The first route's view code is loaded (the router is ready). */
  viewCode: 'dd:view-code',
  /** `app.mount` returned: the first render is in the DOM. */
  mounted: 'dd:mounted',
  /** The first chart's ECharts `finished` event. */
  firstChart: 'dd:first-chart',
} as const

/** Set a mark (a no-op where the timeline is missing). */
export function mark(name: string): void {
  globalThis.performance?.mark?.(name)
}

/** Set a mark at a wall-clock time (`performance.timeOrigin` + ms), such as one a worker reported. */
export function markAt(name: string, epochMs: number): void {
  const perf = globalThis.performance
  perf?.mark?.(name, { startTime: Math.max(0, epochMs - perf.timeOrigin) })
}
