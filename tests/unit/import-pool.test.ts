import type { FileResult } from '../../src/import/process-file'
import type { ImportRequest, ImportResponse } from '../../src/workers/import-protocol'
import type { WorkerLike } from '../../src/workers/import-pool'
import { describe, expect, it } from 'vitest'
import { overallProgress } from '../../src/import/progress'
import { createImportPool, importPoolSize, MAX_IMPORT_WORKERS } from '../../src/workers/import-pool'

/** A worker that answers when the test says so: `answer(name, …)` completes that file. */
class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = []
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  requests: ImportRequest[] = []
  terminated = false
  constructor() {
    FakeWorker.all.push(this)
  }

  postMessage(message: ImportRequest) {
    this.requests.push(message)
  }

  terminate() {
    this.terminated = true
  }

  get current(): ImportRequest | undefined {
    return this.requests.at(-1)
  }

  send(message: ImportResponse) {
    this.onmessage?.({ data: message } as MessageEvent<ImportResponse>)
  }

  finish(extra: Partial<FileResult> = {}) {
    const { id, file } = this.current!
    this.send({ id, type: 'result', result: { kind: 'refused', name: file.name, size: file.size, issues: [], ...extra } as FileResult })
  }

  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent)
  }
}

function pool(size: number) {
  FakeWorker.all = []
  return createImportPool({ size, start: () => new FakeWorker(), idleMs: 10 })
}

const file = (name: string) => new File(['x'], name)
const flush = () => new Promise(resolve => setTimeout(resolve, 0))
const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

describe('the import worker pool', () => {
  it('is sized to the machine, at least one worker and at most four', () => {
    expect(importPoolSize(undefined)).toBe(2)
    expect(importPoolSize(1)).toBe(1)
    expect(importPoolSize(2)).toBe(2)
    expect(importPoolSize(16)).toBe(MAX_IMPORT_WORKERS)
    expect(MAX_IMPORT_WORKERS).toBe(4)
    expect(importPoolSize(0)).toBe(1)
  })

  it('reads as many files at once as it has workers, and reuses a worker for the next file', async () => {
    const p = pool(2)
    const done: string[] = []
    const runs = ['a.pdf', 'b.pdf', 'c.pdf'].map(n => p.run(file(n)).then(r => done.push(r.name)))
    expect(FakeWorker.all).toHaveLength(2)
    expect(FakeWorker.all.map(w => w.current!.file.name)).toEqual(['a.pdf', 'b.pdf'])
    FakeWorker.all[1]!.finish()
    await flush()
    expect(done).toEqual(['b.pdf'])
    // c.pdf went to the worker that became free: no third worker, no new pdf.js to load.
    expect(FakeWorker.all).toHaveLength(2)
    expect(FakeWorker.all[1]!.current!.file.name).toBe('c.pdf')
    FakeWorker.all[0]!.finish()
    FakeWorker.all[1]!.finish()
    await Promise.all(runs)
    expect(done).toEqual(['b.pdf', 'a.pdf', 'c.pdf'])
  })

  it('passes progress to the file it belongs to, and ignores answers about another file', async () => {
    const p = pool(1)
    const seen: number[] = []
    const run = p.run(file('a.pdf'), { onProgress: pr => seen.push(pr.done) })
    const w = FakeWorker.all[0]!
    w.send({ id: w.current!.id, type: 'progress', progress: { unit: 'pages', done: 1, total: 3 } })
    w.send({ id: 999, type: 'progress', progress: { unit: 'pages', done: 2, total: 3 } })
    w.send({ id: 999, type: 'result', result: { kind: 'refused', name: 'other', size: 0, issues: [] } })
    await pause(150)
    w.finish({ pages: 3 })
    expect((await run).name).toBe('a.pdf')
    expect(seen).toEqual([1])
  })

  it('passes a file\'s progress on at most every 100 ms, the latest of it, and none after the result', async () => {
    const p = pool(1)
    const seen: number[] = []
    const run = p.run(file('a.pdf'), { onProgress: pr => seen.push(pr.done) })
    const w = FakeWorker.all[0]!
    for (let page = 1; page <= 40; page++)
      w.send({ id: w.current!.id, type: 'progress', progress: { unit: 'pages', done: page, total: 50 } })
    expect(seen).toEqual([])
    await pause(150)
    expect(seen).toEqual([40])
    w.send({ id: w.current!.id, type: 'progress', progress: { unit: 'pages', done: 50, total: 50 } })
    w.finish({ pages: 50 })
    await run
    await pause(150)
    expect(seen).toEqual([40])
  })

  it('stops the worker of a discarded file, drops a waiting one, and goes on with the rest', async () => {
    const p = pool(1)
    const first = new AbortController()
    const second = new AbortController()
    const a = p.run(file('a.pdf'), { signal: first.signal })
    const b = p.run(file('b.pdf'), { signal: second.signal })
    const c = p.run(file('c.pdf'))
    second.abort()
    expect(await b).toMatchObject({ kind: 'refused', issues: [{ code: 'worker-failed', params: { message: 'aborted' } }] })
    first.abort()
    expect(await a).toMatchObject({ kind: 'refused', issues: [{ code: 'worker-failed' }] })
    expect(FakeWorker.all[0]!.terminated).toBe(true)
    // c.pdf gets a fresh worker; b.pdf was never posted.
    expect(FakeWorker.all).toHaveLength(2)
    expect(FakeWorker.all.flatMap(w => w.requests.map(r => r.file.name))).toEqual(['a.pdf', 'c.pdf'])
    FakeWorker.all[1]!.finish()
    expect((await c).name).toBe('c.pdf')
  })

  it('turns a crashed worker into a refusal and replaces it', async () => {
    const p = pool(1)
    const a = p.run(file('a.pdf'))
    const b = p.run(file('b.pdf'))
    FakeWorker.all[0]!.crash('out of memory')
    expect(await a).toMatchObject({ kind: 'refused', issues: [{ code: 'worker-failed', params: { message: 'out of memory' } }] })
    await flush()
    expect(FakeWorker.all).toHaveLength(2)
    FakeWorker.all[1]!.finish()
    expect((await b).name).toBe('b.pdf')
  })

  it('refuses a file over its size limit without starting a worker', async () => {
    const p = pool(1)
    const big = { name: 'big.txt', size: 21 * 1024 * 1024 } as File
    expect(await p.run(big)).toMatchObject({ kind: 'refused', issues: [{ code: 'too-large', params: { limit: 20 } }] })
    const pdf = { name: 'big.pdf', size: 21 * 1024 * 1024 } as File
    const run = p.run(pdf)
    // 21 MB is within a PDF's 50 MB.
    expect(FakeWorker.all).toHaveLength(1)
    FakeWorker.all[0]!.finish()
    await run
  })

  it('stops a worker left idle', async () => {
    const p = pool(1)
    const run = p.run(file('a.pdf'))
    FakeWorker.all[0]!.finish()
    await run
    expect(p.workers()).toBe(1)
    await new Promise(resolve => setTimeout(resolve, 30))
    expect(p.workers()).toBe(0)
    expect(FakeWorker.all[0]!.terminated).toBe(true)
  })
})

describe('overall progress', () => {
  it('counts read files whole, files being read by their share, and PDF pages', () => {
    const overall = overallProgress([
      { read: true, progress: null, pages: 5 },
      { read: true, progress: null, pages: null },
      { read: false, progress: { unit: 'pages', done: 1, total: 4 }, pages: null },
      { read: false, progress: null, pages: null },
    ])
    expect(overall).toEqual({ files: 4, read: 2, share: (2 + 0.25) / 4, pages: { done: 6, total: 9 } })
    expect(overallProgress([]).share).toBe(0)
  })
})
