import type { UseStore } from 'idb-keyval'
import type { SourcedReport } from '../../src/schema/snapshot'
import { createStore, set } from 'idb-keyval'
import { describe, expect, it } from 'vitest'
import { createBatch } from '../../src/import/batch'
import { clearBatches, ImportStorageError, loadBatches, removeBatch, saveBatch } from '../../src/import/persist'
import 'fake-indexeddb/auto'

let dbCount = 0
/** A fresh database per test; a second handle on the same name stands for a reloaded page. */
function freshDb(): { store: UseStore, reopen: () => UseStore } {
  const name = `imports-test-${++dbCount}`
  return { store: createStore(name, 'batches'), reopen: () => createStore(name, 'batches') }
}

const report: SourcedReport = {
  id: 'yanchi-2024',
  title: '盐池县审批服务管理局 2024年政府信息公开工作年度报告',
  region: '盐池县',
  prefecture: '吴忠市',
  province: '宁夏回族自治区',
  agency: '盐池县审批服务管理局',
  agencyKind: 'approval-bureau',
  year: 2024,
  format: '2021',
  published: null,
  sourceFormat: 'text',
  observations: [{ indicator: 'licensing.decisions', value: 3120, unit: '件', approx: false, source: 'table', evidence: '行政许可 3120', location: { line: 40, endLine: 40 } }],
  checks: [{ id: 'applications.balance', severity: 'error', message: '一 + 二 ≠ 三 + 四' }],
  tables: [],
  file: 'yanchi.txt',
  text: '盐池县审批服务管理局 2024年…',
}

function batch(file: string, at: string) {
  return createBatch({ file, kind: 'report', encoding: 'utf-8', replaces: [], reports: [report] }, new Date(at))
}

describe('import persistence', () => {
  it('keeps batches across a reload, oldest first', async () => {
    const db = freshDb()
    const later = batch('b.txt', '2024-05-02T00:00:00Z')
    const earlier = batch('a.txt', '2024-05-01T00:00:00Z')
    await saveBatch(later, db.store)
    await saveBatch(earlier, db.store)
    const { batches, corrupt } = await loadBatches(db.reopen())
    expect(batches.map(b => b.file)).toEqual(['a.txt', 'b.txt'])
    expect(batches[0]!.reports[0]).toEqual(report)
    expect(corrupt).toEqual([])
  })

  it('removes one import, and clears all', async () => {
    const db = freshDb()
    const a = batch('a.txt', '2024-05-01T00:00:00Z')
    const b = batch('b.txt', '2024-05-02T00:00:00Z')
    await saveBatch(a, db.store)
    await saveBatch(b, db.store)
    await removeBatch(a.id, db.store)
    expect((await loadBatches(db.reopen())).batches.map(x => x.file)).toEqual(['b.txt'])
    await clearBatches(db.store)
    expect((await loadBatches(db.reopen())).batches).toEqual([])
  })

  it('lists a record that no longer fits the schema instead of failing the load', async () => {
    const db = freshDb()
    await saveBatch(batch('ok.txt', '2024-05-01T00:00:00Z'), db.store)
    await set('broken', { version: 99 }, db.store)
    const { batches, corrupt } = await loadBatches(db.reopen())
    expect(batches).toHaveLength(1)
    expect(corrupt).toMatchObject([{ key: 'broken', issue: { code: 'storage-corrupt' } }])
  })

  it('surfaces a full quota as a storage-quota error', async () => {
    const full: UseStore = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    const error = await saveBatch(batch('a.txt', '2024-05-01T00:00:00Z'), full).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportStorageError)
    expect((error as ImportStorageError).issue.code).toBe('storage-quota')
  })

  it('surfaces an unusable database and other failures distinctly', async () => {
    const blocked: UseStore = () => Promise.reject(new DOMException('blocked', 'InvalidStateError'))
    const broken: UseStore = () => Promise.reject(new Error('disk on fire'))
    await expect(loadBatches(blocked)).rejects.toMatchObject({ issue: { code: 'storage-unavailable' } })
    await expect(removeBatch('x', broken)).rejects.toMatchObject({ issue: { code: 'storage-failed', params: { message: 'disk on fire' } } })
  })
})
