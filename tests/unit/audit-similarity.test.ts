import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { groupByAgency } from '../../src/audit/agency'
import { checkPeers, checkPreviousYear } from '../../src/audit/rules/similarity'
import { decodePrints, encodePrints } from '../../src/audit/similarity/codec'
import { estimatedOverlap, overlap, shareOf } from '../../src/audit/similarity/compare'
import { candidatePairs } from '../../src/audit/similarity/lsh'
import { normaliseText } from '../../src/audit/similarity/normalize'
import { sharedPassages } from '../../src/audit/similarity/passages'
import { reportPrints, sectionPrint } from '../../src/audit/similarity/report-prints'
import { sectionTexts } from '../../src/audit/similarity/section-text'
import { isEstimated, verifySimilarity } from '../../src/audit/verify'
import { renderCheck } from '../../src/catalog/checks'
import { auditReport } from './audit-fixtures'

const ROOT = join(import.meta.dirname, '../..')
const seed = (name: string) => readFileSync(join(ROOT, 'data/raw', name), 'utf8')
/** 盐池县审批服务管理局 2023 and 盐池县人民政府 2022: two real reports, two agencies' own words. */
const YANCHI = sectionTexts(seed('000_fdc207908cae9d93.txt'))
const COUNTY = sectionTexts(seed('004_fda8f17958308b3d.txt'))

/** Last year's section with this year's figures and dates: the typical copy. */
function updated(text: string): string {
  return text.replace(/2023/g, '2024').replace('6 个', '9 个').replace('2000 户', '2600 户').replace('0 件', '2 件')
}

describe('the compared text', () => {
  it('keeps letters, drops spaces and punctuation, folds each number to one #, and maps back to the source', () => {
    const n = normaliseText('2023 年，主动公开信息 1.5 万条。')
    expect(n.chars).toBe('#年主动公开信息#万条')
    expect(['2023 年，主动公开信息 1.5 万条。'.slice(n.starts[8]!, n.ends[8]!)]).toEqual(['1.5'])
  })

  it('leaves out sections too short to judge (a formula such as 无其他需要报告的事项)', () => {
    expect(sectionPrint('本年度无其他需要报告的事项。')).toBeNull()
    expect(sectionPrint(YANCHI['五']!)).not.toBeNull()
  })

  it('estimates the shared part from the signatures close to the exact count', () => {
    const a = sectionPrint(YANCHI['六']!, { exact: true })!
    const copy = sectionPrint(updated(YANCHI['六']!).slice(0, 400), { exact: true })!
    const other = sectionPrint(COUNTY['六']!, { exact: true })!
    expect(shareOf(copy, overlap(copy, a))).toBeGreaterThan(0.9)
    expect(Math.abs(shareOf(copy, estimatedOverlap(copy, a)) - shareOf(copy, overlap(copy, a)))).toBeLessThan(0.15)
    expect(shareOf(other, overlap(other, a))).toBeLessThan(0.2)
  })
})

describe('similarity.previous_year', () => {
  const y2023 = reportPrints(seed('000_fdc207908cae9d93.txt'), { exact: true })

  it('flags a section that is last year\'s with the figures updated, saying it is the typical copy', () => {
    const y2024 = { ...y2023, 六: sectionPrint(updated(YANCHI['六']!), { exact: true })! }
    const results = checkPreviousYear(groupByAgency([
      auditReport('a', { year: 2023, prints: y2023 }),
      auditReport('b', { year: 2024, prints: { 六: y2024.六 } }),
    ]).values().next().value!)
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ id: 'similarity.previous_year', variant: 'numbers_changed', reports: ['a', 'b'], params: { section: '六' } })
    expect(renderCheck(results[0]!, 'zh')).toMatch(/第六部分有 \d+% 的文字.*改数不改文的典型照抄/)
  })

  it('is silent for a section written afresh, and compares with the latest earlier report', () => {
    const results = checkPreviousYear(groupByAgency([
      auditReport('a', { year: 2020, prints: y2023 }),
      auditReport('b', { year: 2022, prints: { 五: sectionPrint(COUNTY['五']!, { exact: true })! } }),
      auditReport('c', { year: 2023, prints: { 五: y2023.五! } }),
    ]).values().next().value!)
    expect(results).toEqual([])
  })
})

describe('similarity.peer', () => {
  const own = reportPrints(seed('000_fdc207908cae9d93.txt'), { exact: true })
  const other = { agency: '同心县审批服务管理局', region: '同心县' }

  it('flags another agency\'s section of the same year that is largely the same text', () => {
    const copied = { 六: sectionPrint(updated(YANCHI['六']!).replace(/盐池县/g, '同心县'), { exact: true })! }
    const results = checkPeers([auditReport('a', { prints: own }), auditReport('b', { ...other, prints: copied })])
    expect(results.map(r => [r.id, r.params!.section, r.reports.length])).toEqual([['similarity.peer', '六', 2]])
    expect(results[0]!.message).toMatch(/% of section 六 of the 2023 report \(digits aside\) is also in the report of/)
  })

  it('is silent for other agencies\' own words, for other years and for the same agency', () => {
    const county = reportPrints(seed('004_fda8f17958308b3d.txt'), { exact: true })
    expect(checkPeers([auditReport('a', { prints: own }), auditReport('b', { ...other, prints: county })])).toEqual([])
    expect(checkPeers([auditReport('a', { prints: own }), auditReport('b', { ...other, year: 2022, prints: own })])).toEqual([])
    expect(checkPeers([auditReport('a', { prints: own }), auditReport('b', { prints: own })])).toEqual([])
  })

  it('finds a copied pair among many by LSH banding', () => {
    const texts = [COUNTY['一']!, COUNTY['五']!, COUNTY['六']!, YANCHI['一']!, YANCHI['五']!, seed('002_ac06a6fd32620959.txt').slice(0, 3000)]
    const signatures = [...texts, updated(YANCHI['六']!), YANCHI['六']!].map(t => sectionPrint(t)!.signature)
    expect(candidatePairs(signatures)).toContainEqual([6, 7])
  })
})

describe('shared passages', () => {
  it('gives the ranges of the sentences both texts have, marking those whose figures changed', () => {
    const a = updated(YANCHI['六']!)
    const b = YANCHI['六']!
    const { passages, shareA } = sharedPassages(a, b)
    expect(shareA).toBeGreaterThan(0.9)
    const first = passages[0]!
    expect(a.slice(...first.a)).toContain('落实盐池县 2024 年政务公开工作要点情况')
    expect(b.slice(...first.b)).toContain('落实盐池县 2023 年政务公开工作要点情况')
    expect(first.numbersDiffer).toBe(true)
    expect(passages.some(p => !p.numbersDiffer && a.slice(...p.a) === b.slice(...p.b))).toBe(true)
  })

  it('finds nothing long between two agencies\' own words', () => {
    expect(sharedPassages(YANCHI['五']!, COUNTY['五']!, 30).passages).toEqual([])
  })
})

describe('prints in the snapshot', () => {
  it('survive the round trip through the prints file (signatures and numbers; the exact sets stay behind)', () => {
    const prints = reportPrints(seed('000_fdc207908cae9d93.txt'), { exact: true })
    const back = decodePrints(JSON.parse(JSON.stringify(encodePrints(prints))))
    expect(Object.keys(back)).toEqual(Object.keys(prints))
    for (const key of ['一', '五', '六'] as const) {
      expect(back[key]!.signature).toEqual(prints[key]!.signature)
      expect(back[key]!.numbers).toEqual(prints[key]!.numbers)
      expect(back[key]!.shingles).toBeUndefined()
    }
  })

  it('give an estimated result (≈) that the exact check on the texts confirms, or drops when the texts do not hold it', () => {
    const textA = seed('000_fdc207908cae9d93.txt')
    const textB = textA.replace(/盐池县/g, '同心县').replace(/2023/g, '2024')
    const a = auditReport('a', { prints: reportPrints(textA) })
    const b = auditReport('b', { agency: '同心县审批服务管理局', region: '同心县', prints: reportPrints(textB) })
    const estimated = checkPeers([a, b])
    expect(estimated.length).toBeGreaterThan(0)
    expect(estimated.every(isEstimated)).toBe(true)
    const exact = verifySimilarity(estimated[0]!, [a, b], [textA, textB])
    expect(exact).not.toBeNull()
    expect(isEstimated(exact!)).toBe(false)
    expect(verifySimilarity(estimated[0]!, [a, b], [textA, seed('004_fda8f17958308b3d.txt')])).toBeNull()
  })
})
