import type { SourcedReport } from '../../src/schema/snapshot'
import type { DuplicateDecision, DuplicateMatch, ReportKey } from '../../src/import/duplicates'
import { describe, expect, it } from 'vitest'
import { createDuplicateIndex, freeId, resolveDuplicates } from '../../src/import/duplicates'

function report(id: string, region: string | null, agency: string | null, year: number | null): SourcedReport {
  return { id, title: null, region, prefecture: null, province: null, agency, agencyKind: null, year, format: null, published: null, sourceFormat: 'text', observations: [], checks: [], tables: [], file: null, text: '' }
}

const loaded = [
  report('a', '盐池县', '盐池县审批服务管理局', 2023),
  report('b', '同心县', '同心县人民政府', 2022),
  report('c', null, null, null),
]

describe('duplicate reports', () => {
  it('matches the same region, agency and year, ignoring spaces left by PDF conversion', () => {
    const index = createDuplicateIndex(loaded)
    const found = index.find(report('new', '盐池县', '盐池县 审批服务管理局', 2023))
    expect(found.map(m => [m.existing.id, m.reason])).toEqual([['a', 'same-report']])
  })

  it('matches the same id even when the metadata differs', () => {
    const index = createDuplicateIndex(loaded)
    expect(index.find(report('c', '西吉县', 'x', 2020)).map(m => [m.existing.id, m.reason])).toEqual([['c', 'same-id']])
  })

  it('lists a report once when it matches by id and by key', () => {
    const index = createDuplicateIndex(loaded)
    expect(index.find(report('a', '盐池县', '盐池县审批服务管理局', 2023))).toHaveLength(1)
  })

  it('does not match another year, agency or an unknown year', () => {
    const index = createDuplicateIndex(loaded)
    expect(index.find(report('n1', '盐池县', '盐池县审批服务管理局', 2022))).toEqual([])
    expect(index.find(report('n2', '盐池县', '盐池县人民政府', 2023))).toEqual([])
    expect(index.find(report('n3', '盐池县', '盐池县审批服务管理局', null))).toEqual([])
  })

  it('finds duplicates among reports added during the same import session', () => {
    const index = createDuplicateIndex<ReportKey>([])
    index.add(report('x', '盐池县', '局', 2020))
    expect(index.find(report('y', '盐池县', '局', 2020))).toHaveLength(1)
  })

  describe('resolving', () => {
    const incoming = [report('a', '盐池县', '盐池县审批服务管理局', 2023), report('z', '西吉县', '局', 2021)]
    const index = createDuplicateIndex(loaded)
    const matches = new Map<string, DuplicateMatch<ReportKey>[]>(incoming.map(r => [r.id, index.find(r)]))
    const taken = new Set(loaded.map(r => r.id))
    const resolve = (decision: DuplicateDecision) => resolveDuplicates(incoming, matches, new Map([['a', decision]]), taken)

    it('skip leaves the loaded report and imports the rest', () => {
      expect(resolve('skip')).toEqual({ reports: [incoming[1]], replaces: [] })
    })

    it('replace hides the loaded report', () => {
      const result = resolve('replace')
      expect(result.reports.map(r => r.id)).toEqual(['a', 'z'])
      expect(result.replaces).toEqual(['a'])
    })

    it('keep both renames the incoming report so ids stay unique', () => {
      const result = resolve('keep-both')
      expect(result.reports.map(r => r.id)).toEqual(['a~2', 'z'])
      expect(result.replaces).toEqual([])
    })

    it('refuses to guess: a duplicate without a decision is an error', () => {
      expect(() => resolveDuplicates(incoming, matches, new Map(), taken)).toThrow(/No decision/)
    })
  })

  it('picks the first free suffix', () => {
    expect(freeId('a', new Set(['a', 'a~2']))).toBe('a~3')
    expect(freeId('b', new Set(['a']))).toBe('b')
  })
})

describe('side-by-side comparison', () => {
  it('lines up values by indicator in catalog order, keeping absent values null and flagging differences', async () => {
    const { compareValues, previewOfReport } = await import('../../src/import/preview')
    const a = previewOfReport({ ...report('a', '盐池县', '局', 2023), observations: [
      { indicator: 'hall.cases', value: 10, unit: '件', approx: false, source: 'text', evidence: '', location: null },
      { indicator: 'licensing.decisions', value: 5, unit: '件', approx: false, source: 'table', evidence: '', location: null },
    ] })
    const b = previewOfReport({ ...report('b', '盐池县', '局', 2023), observations: [
      { indicator: 'licensing.decisions', value: 5, unit: '件', approx: false, source: 'table', evidence: '', location: null },
      { indicator: 'hotline.received', value: 0, unit: '件', approx: false, source: 'text', evidence: '', location: null },
    ] })
    expect(compareValues(a, b).map(r => [r.indicator, r.incoming?.value ?? null, r.existing?.value ?? null, r.differs])).toEqual([
      ['licensing.decisions', 5, 5, false],
      ['hotline.received', null, 0, true],
      ['hall.cases', 10, null, true],
    ])
  })
})
