import type { UseStore } from 'idb-keyval'
import { createStore } from 'idb-keyval'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, watch } from 'vue'
import { canImport } from '../../src/import/import-queue'
import { processFile } from '../../src/import/process-file'
import { useDatasetStore } from '../../src/stores/dataset'
import { useImportsStore } from '../../src/stores/imports'
import { fixture } from './import-fixtures'
import 'fake-indexeddb/auto'

let dbCount = 0
let dbName = ''

/** A fresh pinia on the same IndexedDB: what a page reload looks like to the stores. */
function page(storage?: UseStore) {
  setActivePinia(createPinia())
  const imports = useImportsStore()
  imports.configure({
    run: async file => processFile(file.name, new Uint8Array(await file.arrayBuffer())),
    storage: storage ?? createStore(dbName, 'batches'),
  })
  return { imports, data: useDatasetStore() }
}

function file(name: string, as = name) {
  return new File([fixture(name)], as)
}

function importedIds(data: ReturnType<typeof useDatasetStore>) {
  const ds = data.dataset
  return ds ? ds.reports.filter((_, r) => ds.parts[ds.reportPart[r]!]!.origin === 'imported').map(r => r.id) : []
}

beforeEach(() => {
  dbName = `store-test-${++dbCount}`
})

describe('imports store', () => {
  it('reads a report, waits for review, imports it marked as imported, and keeps it across a reload', async () => {
    const { imports, data } = page()
    await imports.addFiles([file('report-yanchi-2024.txt')])
    const item = imports.items[0]!
    expect(item.status).toBe('review')
    expect(data.dataset).toBeNull()

    await imports.startImport(item.key)
    expect(imports.items[0]!.status).toBe('imported')
    expect(imports.items[0]!.outcome).toMatchObject({ reports: 1, persisted: true })
    const [id] = importedIds(data)
    expect(data.dataset!.reports[0]).toMatchObject({ region: '盐池县', year: 2024 })
    expect((await data.evidence(id!))?.text).toContain('2024')

    const reloaded = page()
    await reloaded.imports.restore()
    expect(importedIds(reloaded.data)).toEqual([id])
    expect(reloaded.imports.list).toMatchObject([{ file: 'report-yanchi-2024.txt', reportCount: 1, persisted: true }])
  })

  it('lists refused files with their reason and imports nothing from them', async () => {
    const { imports, data } = page()
    await imports.addFiles([file('image.csv', 'photo.csv'), file('empty.csv')])
    expect(imports.items.map(i => [i.status, i.result?.kind === 'refused' && i.result.issues[0]!.code])).toEqual([['refused', 'binary'], ['refused', 'empty']])
    expect(data.dataset).toBeNull()
  })

  it('asks for region and year when the parser found none, and imports once they are given', async () => {
    const { imports, data } = page()
    await imports.addFiles([file('report-no-meta.txt')])
    const item = imports.items[0]!
    expect(canImport(item)).toBe(false)
    await imports.startImport(item.key)
    expect(imports.items[0]!.status).toBe('review')

    imports.setCorrection(item.key, { region: '西吉县', year: 2022 })
    expect(canImport(imports.items[0]!)).toBe(true)
    await imports.startImport(item.key)
    expect(data.dataset!.reports[0]).toMatchObject({ region: '西吉县', prefecture: '固原市', year: 2022 })
  })

  it('never overwrites silently: a second copy waits for keep both, replace or skip', async () => {
    const { imports, data } = page()
    await imports.addFiles([file('report-yanchi-2024.txt'), file('report-yanchi-2024-gbk.txt')])
    await imports.startImport(imports.items[0]!.key)
    await imports.startImport(imports.items[1]!.key)
    expect(imports.items[1]!.status).toBe('deciding')
    const pending = imports.pending!
    expect([...pending.matches.values()][0]![0]!.reason).toBe('same-id')

    await imports.decide(new Map([[pending.reports[0]!.id, 'keep-both']]))
    expect(imports.items[1]!.status).toBe('imported')
    const ids = importedIds(data)
    expect(ids).toHaveLength(2)
    expect(ids[1]).toBe(`${ids[0]}~2`)
  })

  it('replace hides the earlier report until the replacing import is removed', async () => {
    const { imports, data } = page()
    await imports.addFiles([file('report-yanchi-2024.txt'), file('tidy-small.csv')])
    await imports.startImport(imports.items[0]!.key)
    const first = importedIds(data)[0]!
    // tidy-small.csv has 盐池县审批服务管理局 2024 too, under another id.
    await imports.startImport(imports.items[1]!.key)
    expect(imports.items[1]!.status).toBe('deciding')
    const incoming = imports.pending!.reports.find(r => r.region === '盐池县')!
    await imports.decide(new Map([[incoming.id, 'replace']]))
    expect(importedIds(data)).not.toContain(first)
    expect(importedIds(data)).toContain(incoming.id)

    await imports.remove(imports.items[1]!.outcome!.batchId)
    expect(importedIds(data)).toEqual([first])
  })

  it('import all joins every file to the dataset in one change, and still finds a duplicate between two of its files', async () => {
    const { imports, data } = page()
    await imports.addFiles([file('report-yanchi-2024.txt'), file('report-no-meta.txt'), file('report-yanchi-2024-gbk.txt')])
    imports.setCorrection(imports.items[1]!.key, { region: '西吉县', year: 2022 })
    let changes = 0
    watch(() => data.parts, () => changes++, { flush: 'sync' })
    const done = imports.importAll(imports.items.map(i => i.key))
    // The GBK copy is the first file's report: the user is asked, though the first is not in the dataset yet.
    await vi.waitFor(() => expect(imports.pending).not.toBeNull())
    expect(imports.items[2]!.status).toBe('deciding')
    expect(importedIds(data)).toEqual([])
    expect(imports.importingAll).toEqual({ done: 2, total: 3 })
    await imports.decide(new Map([[imports.pending!.reports[0]!.id, 'skip']]))
    await done
    await nextTick()
    expect(imports.items.map(i => i.status)).toEqual(['imported', 'imported', 'skipped'])
    expect(data.dataset!.reports.map(r => r.region).sort()).toEqual(['盐池县', '西吉县'])
    expect(changes).toBe(1)
    expect(imports.importingAll).toBeNull()
  })

  it('skip imports nothing from the duplicate', async () => {
    const { imports, data } = page()
    await imports.addFiles([file('report-yanchi-2024.txt'), file('report-yanchi-2024.txt')])
    await imports.startImport(imports.items[0]!.key)
    await imports.startImport(imports.items[1]!.key)
    await imports.decide(new Map([[imports.pending!.reports[0]!.id, 'skip']]))
    expect(imports.items[1]!.status).toBe('skipped')
    expect(importedIds(data)).toHaveLength(1)
  })

  it('shows a full quota instead of swallowing it, and keeps the import for this session', async () => {
    const full: UseStore = () => Promise.reject(new DOMException('full', 'QuotaExceededError'))
    const { imports, data } = page(full)
    await imports.addFiles([file('tidy-small.csv')])
    await imports.startImport(imports.items[0]!.key)
    expect(imports.storageIssue?.code).toBe('storage-quota')
    expect(imports.items[0]!.outcome?.persisted).toBe(false)
    expect(importedIds(data)).toHaveLength(2)
    expect(imports.list[0]!.persisted).toBe(false)
  })

  it('removes one import, and clears all, in memory and in storage', async () => {
    const { imports } = page()
    await imports.addFiles([file('report-script.txt'), file('tidy-small.csv')])
    for (const item of [...imports.items])
      await imports.startImport(item.key)
    expect(imports.list.map(i => i.file)).toEqual(['report-script.txt', 'tidy-small.csv'])
    await imports.remove(imports.list[0]!.id)
    const reloaded = page()
    await reloaded.imports.restore()
    expect(reloaded.imports.list.map(i => i.file)).toEqual(['tidy-small.csv'])
    await reloaded.imports.clear()
    expect(importedIds(reloaded.data)).toEqual([])
    const again = page()
    await again.imports.restore()
    expect(again.imports.list).toEqual([])
  })
})
