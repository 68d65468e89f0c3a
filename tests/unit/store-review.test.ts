import { createStore } from 'idb-keyval'
import { describe, expect, it } from 'vitest'
import { flagKey } from '../../src/data/check-key'
import { reviewCsv, reviewJson } from '../../src/export/review-file'
import { parseReviewFile } from '../../src/import/review-file'
import { useReviewStore } from '../../src/stores/review'
import { useDatasetStore } from '../../src/stores/dataset'
import { listAuditChecks } from '../../src/data/checks'
import { useAuditStore } from '../../src/stores/audit'
import { mountStores } from './store-app'
import { servedAudit } from './store-audit-fixture'
import 'fake-indexeddb/auto'

let dbCount = 0

/** A page on a given IndexedDB: a second call with the same name is a reload. */
async function page(db: string) {
  const { run } = await mountStores('/')
  const review = run(() => useReviewStore())
  review.configure({ storage: createStore(db, 'statuses') })
  const data = run(() => useDatasetStore())
  return { review, data }
}

const ROW = { check: 'table.sum', severity: 'error', county: '盐池县', year: 2023, agency: '盐池县审批服务管理局', message: '合计不符' }

describe('the review store', () => {
  it('keeps a status and its note across a reload', async () => {
    const db = `review-${++dbCount}`
    const first = await page(db)
    await first.review.load()
    expect(first.review.statusOf('table.sum|r1|x')).toBe('pending')
    await first.review.setReview('table.sum|r1|x', 'verified', '已电话核实：合计应为 12')
    const again = await page(db)
    expect(again.review.statusOf('table.sum|r1|x')).toBe('pending')
    await again.review.load()
    expect(again.review.statusOf('table.sum|r1|x')).toBe('verified')
    expect(again.review.noteOf('table.sum|r1|x')).toBe('已电话核实：合计应为 12')
  })

  it('flags the values a failed check concerns, and no longer once the check is ignored', async () => {
    const { files, ids: [y2022, y2023] } = servedAudit()
    const { run } = await mountStores('/', files)
    const data = run(() => useDatasetStore())
    const audit = run(() => useAuditStore())
    const review = run(() => useReviewStore())
    review.configure({ storage: createStore(`review-${++dbCount}`, 'statuses') })
    await data.load('audit')
    await audit.prepare()
    // continuity.applications: 2023's carried-in against 2022's carried-out, flagged in both reports.
    const carried = flagKey(y2023!, 'applications.carried_in')
    expect(review.flagged.values.has(carried)).toBe(true)
    expect(review.flagged.values.has(flagKey(y2022!, 'applications.carried_in'))).toBe(true)
    const row = listAuditChecks(data.dataset!, new Uint8Array(3).fill(1), audit.results).find(r => r.check === 'continuity.applications')!
    expect(row.key).toBe(`continuity.applications|${y2022}+${y2023}|applications.carried_in`)
    const before = review.flagged
    await review.setReview(row.key, 'verified', '已核实')
    expect(review.flagged.values.has(carried)).toBe(true)
    // The same marks: the same object, so no chart redraws for it.
    expect(review.flagged).toBe(before)
    await review.setReview(row.key, 'ignored', '口径不同')
    expect(review.flagged.values.has(carried)).toBe(false)
  })

  it('imports a shared file: newer records win, an older one does not overwrite', async () => {
    const { review } = await page(`review-${++dbCount}`)
    await review.load()
    await review.setReview('a|r1|', 'verified', 'mine')
    const file = reviewJson([
      { key: 'a|r1|', status: 'ignored', note: 'theirs, older', updated: '2020-01-01T00:00:00.000Z' },
      { key: 'b|r2|', status: 'ignored', note: 'theirs', updated: '2026-01-01T00:00:00.000Z' },
    ])
    const result = await review.importFile('review.json', file)
    expect(result.applied).toBe(1)
    expect(review.statusOf('a|r1|')).toBe('verified')
    expect(review.statusOf('b|r2|')).toBe('ignored')
  })
})

describe('review files', () => {
  const records = [
    { key: 'table.sum|r1|applications.total', status: 'verified' as const, note: '=SUM(A1:A3) 是报告原文', updated: '2026-03-01T08:00:00.000Z' },
    { key: 'similarity.peer|r1+r2|§五', status: 'ignored' as const, note: '两县合署办公，\n文字相同属正常', updated: '2026-03-02T08:00:00.000Z' },
  ]

  it('round-trip through CSV (BOM, formulas neutralised, notes with line breaks) and JSON', () => {
    const csv = reviewCsv(records.map(r => ({ ...r, ...ROW })))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain('\'=SUM(A1:A3)')
    expect(parseReviewFile('review.csv', csv)).toEqual({ records, rejected: [], header: expect.any(Array) })
    expect(parseReviewFile('review.json', reviewJson(records)).records).toEqual(records)
  })

  it('skip exported checks nobody reviewed, and accept a status typed as its Chinese label', () => {
    const csv = reviewCsv([
      { key: 'k1', status: 'pending', note: '', updated: '', ...ROW },
      { key: 'k2', status: 'pending', note: '', updated: '', ...ROW },
    ]).replace('k2,pending,,', 'k2,已核实,电话核实,')
    const parsed = parseReviewFile('review.csv', csv, '2026-04-01T00:00:00.000Z')
    expect(parsed.rejected).toEqual([])
    expect(parsed.records).toEqual([{ key: 'k2', status: 'verified', note: '电话核实', updated: '2026-04-01T00:00:00.000Z' }])
  })

  it('reject bad rows with the line they start on, keeping the good ones', () => {
    const csv = [
      'key,status,note,updated',
      'k1,verified,"two',
      'lines",2026-03-01T08:00:00Z',
      'k2,done,,2026-03-01T08:00:00Z',
      ',verified,,2026-03-01T08:00:00Z',
      'k4,ignored,,yesterday',
      'k5,已忽略,,2026-03-01T08:00:00Z',
    ].join('\r\n')
    const parsed = parseReviewFile('r.csv', csv)
    expect(parsed.records.map(r => r.key)).toEqual(['k1', 'k5'])
    expect(parsed.rejected.map(r => [r.line, r.problem])).toEqual([
      [4, { code: 'status', value: 'done' }],
      [5, { code: 'field', field: 'key' }],
      [6, { code: 'field', field: 'updated' }],
    ])
    expect(parsed.rejected[0]!.cells).toEqual(['k2', 'done', '', '2026-03-01T08:00:00Z'])
  })

  it('refuse a CSV without the columns an import needs, and JSON that is not a review file', () => {
    expect(parseReviewFile('r.csv', 'key,note\nk,x').rejected[0]!.problem).toEqual({ code: 'header', missing: 'status' })
    expect(parseReviewFile('r.json', '{"records":[]}').rejected[0]!.problem).toEqual({ code: 'format' })
    const json = JSON.stringify({ format: 'disclosure-dashboard-review/1', records: [records[0], { key: 'x', status: 'maybe', updated: records[0]!.updated }] })
    const parsed = parseReviewFile('r.json', json)
    expect(parsed.records).toEqual([records[0]])
    expect(parsed.rejected.map(r => [r.line, r.problem])).toEqual([[2, { code: 'field', field: 'status' }]])
  })
})
