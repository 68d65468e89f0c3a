/**
 * The page side: hands the PDFs to a fresh module worker and watches the
 * main thread for long tasks while the worker reads them.
 */
import type { BenchRequest, BenchResult } from './protocol'

declare global {
  interface Window {
    runPdfBench: (request: BenchRequest) => Promise<BenchResult & { longTasks: number[] }>
  }
}

window.runPdfBench = (request) => {
  const longTasks: number[] = []
  const observer = new PerformanceObserver(list => longTasks.push(...list.getEntries().map(e => e.duration)))
  observer.observe({ type: 'longtask', buffered: false })
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<BenchResult>) => {
      observer.disconnect()
      worker.terminate()
      resolve({ ...event.data, longTasks })
    }
    worker.onerror = (event) => {
      observer.disconnect()
      resolve({ loadMs: 0, first: [], extract: { pages: 0, ms: 0 }, endToEnd: { pages: 0, ms: 0 }, error: event.message, longTasks })
    }
    worker.postMessage(request, request.files.map(f => f.bytes))
  })
}
document.getElementById('state')!.textContent = 'ready'
