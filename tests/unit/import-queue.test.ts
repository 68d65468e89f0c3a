import type { FileResult } from '../../src/import/process-file'
import type { ReportEntry } from '../../src/schema/snapshot'
import { describe, expect, it } from 'vitest'
import { createImportQueue, INTAKE_SLICE, queueProgress } from '../../src/import/import-queue'
import { processFile } from '../../src/import/process-file'
import { fixture } from './import-fixtures'

const inline = async (file: File) => processFile(file.name, new Uint8Array(await file.arrayBuffer()))

describe('import queue', () => {
  it('reads files one at a time, in the order they were dropped', async () => {
    const order: string[] = []
    const queue = createImportQueue<ReportEntry>({
      run: async (file) => {
        order.push(`start ${file.name}`)
        const result = await inline(file)
        order.push(`end ${file.name}`)
        return result
      },
      loaded: () => [],
      commit: async () => ({ batchId: 'b', persisted: true }),
    })
    await queue.add([new File([fixture('tidy-small.csv')], 'a.csv'), new File([fixture('image.csv')], 'b.csv')])
    expect(order).toEqual(['start a.csv', 'end a.csv', 'start b.csv', 'end b.csv'])
    expect(queue.items.value.map(i => i.status)).toEqual(['review', 'refused'])
  })

  it('reads as many files at once as it is told, taking them in the order they were dropped', async () => {
    let running = 0
    let most = 0
    const started: string[] = []
    const queue = createImportQueue<ReportEntry>({
      run: async (file) => {
        started.push(file.name)
        most = Math.max(most, ++running)
        await new Promise(resolve => setTimeout(resolve, 5))
        running--
        return inline(file)
      },
      concurrency: 2,
      loaded: () => [],
      commit: async () => ({ batchId: 'b', persisted: true }),
    })
    const names = ['a.csv', 'b.csv', 'c.csv', 'd.csv', 'e.csv']
    const done = queue.add(names.map(n => new File([fixture('tidy-small.csv')], n)))
    expect(queue.items.value.map(i => i.status)).toEqual(['reading', 'reading', 'waiting', 'waiting', 'waiting'])
    expect(queueProgress(queue.items.value)).toMatchObject({ files: 5, read: 0 })
    await done
    expect(most).toBe(2)
    expect(started).toEqual(names)
    expect(queueProgress(queue.items.value)).toMatchObject({ files: 5, read: 5, share: 1 })
  })

  it('discarding a file being read stops its worker', async () => {
    let signal: AbortSignal | undefined
    const queue = createImportQueue<ReportEntry>({
      run: (file, _progress, s) => {
        signal = s
        return new Promise<FileResult>(resolve => s.addEventListener('abort', () => resolve({ kind: 'refused', name: file.name, size: 0, issues: [] })))
      },
      loaded: () => [],
      commit: async () => ({ batchId: 'b', persisted: true }),
    })
    const done = queue.add([new File(['x'], 'slow.txt')])
    expect(queue.items.value[0]!.status).toBe('reading')
    queue.discard(queue.items.value[0]!.key)
    await done
    expect(signal?.aborted).toBe(true)
    expect(queue.items.value).toEqual([])
  })

  it('reports progress on the item while it is read', async () => {
    const seen: number[] = []
    const queue = createImportQueue<ReportEntry>({
      run: async (file, onProgress) => {
        onProgress({ unit: 'rows', rows: 10, done: 5, total: 10 })
        const p = queue.items.value[0]!.progress!
        seen.push(p.unit === 'rows' ? p.rows : -1)
        return inline(file)
      },
      loaded: () => [],
      commit: async () => ({ batchId: 'b', persisted: true }),
    })
    await queue.add([new File([fixture('tidy-small.csv')], 'a.csv')])
    expect(seen).toEqual([10])
    expect(queue.items.value[0]!.progress).toBeNull()
  })
})

describe('import queue intake', () => {
  it('takes a big drop a slice per task, in order, and still reads every file', async () => {
    const queue = createImportQueue<ReportEntry>({
      run: async file => inline(file),
      concurrency: 2,
      loaded: () => [],
      commit: async () => ({ batchId: 'b', persisted: true }),
    })
    const names = Array.from({ length: INTAKE_SLICE * 2 + 3 }, (_, i) => `f${i}.csv`)
    const done = queue.add(names.map(n => new File([fixture('tidy-small.csv')], n)))
    // The first slice joins in the task of the drop (its cards draw at once), the rest later.
    expect(queue.items.value).toHaveLength(INTAKE_SLICE)
    await done
    expect(queue.items.value.map(i => i.name)).toEqual(names)
    expect(queue.items.value.every(i => i.status === 'review')).toBe(true)
    expect(new Set(queue.items.value.map(i => i.key)).size).toBe(names.length)
  })
})
