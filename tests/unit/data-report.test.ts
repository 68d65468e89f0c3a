import { describe, expect, it } from 'vitest'
import { sortChecks } from '../../src/data/check-sort'
import { listChecks } from '../../src/data/checks'
import { combineParts } from '../../src/data/dataset'
import { highlightText } from '../../src/data/highlight'
import { reportObservations } from '../../src/data/report-observations'
import { snapshotPart } from './snapshot-part'
import { fixtureSnapshot } from './data-fixture'

const s = fixtureSnapshot()
const ds = combineParts([snapshotPart({ manifest: s.manifest, reports: s.reports, observations: s.observations, reportsFile: 'r', observationsFile: 'o' })])

describe('evidence highlighting', () => {
  const text = '一、总体情况\n全年受理 12345 热线诉求 1.2 万余件，办结率 99.5%。\n二、主动公开'

  it('marks the evidence inside its line even when spacing differs', () => {
    const lines = highlightText(text, { line: 2, endLine: 2, evidence: '受理12345热线诉求1.2万余件' })
    expect(lines[1]!.segments).toEqual([
      { text: '全年', mark: false },
      { text: '受理 12345 热线诉求 1.2 万余件', mark: true },
      { text: '，办结率 99.5%。', mark: false },
    ])
    expect(lines.filter(l => l.inRange).map(l => l.n)).toEqual([2])
  })

  it('marks the whole range when the evidence text is not found verbatim', () => {
    const lines = highlightText(text, { line: 1, endLine: 2, evidence: 'something else' })
    expect(lines.filter(l => l.inRange).map(l => l.n)).toEqual([1, 2])
    expect(lines[0]!.segments).toEqual([{ text: '一、总体情况', mark: true }])
  })

  it('finds the line by the evidence when the location is unknown', () => {
    const lines = highlightText(text, { line: null, endLine: null, evidence: '办结率 99.5%' })
    expect(lines.filter(l => l.inRange).map(l => l.n)).toEqual([2])
  })

  it('marks nothing without a highlight', () => {
    expect(highlightText(text, null).every(l => !l.inRange && l.segments.every(s => !s.mark))).toBe(true)
  })
})

describe('report observations', () => {
  it('lists a report\'s numbers with unit, ≈ and source, aligned with its evidence', () => {
    const r = ds.reportById.get('yanchi-bureau-2023')!
    const obs = reportObservations(ds, r)
    expect(obs.map(o => [o.indicator, o.value, o.unit, o.approx, o.source])).toEqual([
      ['licensing.decisions', 5147, '件', false, 'table'],
      ['hotline.received', 12000, '件', true, 'text'],
      ['hotline.completion_rate', 99.5, '%', false, 'text'],
      ['newmedia.posts', 1500, '条', true, 'text'],
    ])
    const evidence = s.evidence.find(e => e.id === 'yanchi-bureau-2023')!
    expect(evidence.observations[0]!.evidence).toContain('5147')
  })
})

describe('sorting the checks table', () => {
  const rows = listChecks(ds, new Uint8Array(ds.reports.length).fill(1))

  it('puts errors first by default and notes first when ascending', () => {
    expect(sortChecks(rows, { key: 'severity', order: 'desc' }, 'zh-CN').map(r => r.severity)).toEqual(['error', 'warning', 'info'])
    expect(sortChecks(rows, { key: 'severity', order: 'asc' }, 'zh-CN').map(r => r.severity)).toEqual(['info', 'warning', 'error'])
  })

  it('sorts by year in either direction', () => {
    expect(sortChecks(rows, { key: 'year', order: 'asc' }, 'zh-CN').map(r => r.year)).toEqual([2019, 2022, 2023])
    expect(sortChecks(rows, { key: 'year', order: 'desc' }, 'zh-CN').map(r => r.year)).toEqual([2023, 2022, 2019])
  })

  it('sorts by county name', () => {
    const asc = sortChecks(rows, { key: 'county', order: 'asc' }, 'en').map(r => r.region)
    expect(asc).toEqual([...asc].sort((a, b) => a!.localeCompare(b!, 'en')))
    expect(new Set(asc)).toEqual(new Set(['盐池县', '中宁县']))
  })
})

describe('evidence from a table row', () => {
  it('matches the parser\'s "a | b | c" against the tab-separated row', () => {
    const lines = highlightText('第二十条第（五）项\n行政许可\t5147\t（件）\n行政处罚\t0', { line: 2, endLine: 2, evidence: '行政许可 | 5147' })
    expect(lines[1]!.segments).toEqual([{ text: '行政许可\t5147', mark: true }, { text: '\t（件）', mark: false }])
    expect(lines[2]!.inRange).toBe(false)
  })
})

describe('evidence marks the numbers, not the paragraph (issue 11 item 13)', () => {
  const hotline = '2023年以来，共转办市民热线7573件，其中领导信箱207件，按时办结5850件，按时办结率94.34%，市民满意率95.43%，下发督办通知单5份。'
  const text = `三、热线\n${hotline}\n四、其他`
  const values = (selected: number) => [7573, 5850, 94.34, 95.43].map((value, i) => ({ value, selected: i === selected }))
  const marks = (lines: ReturnType<typeof highlightText>) => lines.flatMap(l => l.segments.filter(s => s.mark).map(s => [s.text, s.number]))

  it('marks each of four hotline figures in one sentence, the selected one emphasised', () => {
    const lines = highlightText(text, { line: 2, endLine: 2, evidence: hotline, values: values(2) })
    expect(marks(lines)).toEqual([['7573', 'peer'], ['5850', 'peer'], ['94.34', 'selected'], ['95.43', 'peer']])
    // The rest of the sentence is context, not a mark; 207 and 5 are no observation's.
    expect(lines[1]!.segments.filter(s => s.context).map(s => s.text).join('')).toContain('其中领导信箱207件')
  })

  it('pairs a table row\'s equal cells with its observations in column order, and reads 万', () => {
    const row = highlightText('规章\t0\t0\t3', { line: 1, endLine: 1, evidence: '规章 | 0 | 0 | 3', values: [{ value: 0, selected: false }, { value: 0, selected: true }, { value: 3, selected: false }] })
    expect(row[0]!.segments.map(s => [s.text, s.number ?? null])).toEqual([['规章\t', null], ['0', 'peer'], ['\t', null], ['0', 'selected'], ['\t', null], ['3', 'peer']])
    const wan = highlightText('全年受理热线诉求 1.2 万余件', { line: 1, endLine: 1, evidence: '受理热线诉求1.2万余件', values: [{ value: 12000, selected: true }] })
    expect(marks(wan)).toEqual([['1.2 万', 'selected']])
  })

  it('keeps the whole evidence marked when the number cannot be told apart or is not written', () => {
    // One observation of 0 in a row of seven zeros: which cell is not known.
    const zeros = highlightText('一、本年新收 | 0 | 0 | 0', { line: 1, endLine: 1, evidence: '一、本年新收 | 0 | 0 | 0', values: [{ value: 0, selected: true }] })
    expect(marks(zeros)).toEqual([['一、本年新收 | 0 | 0 | 0', undefined]])
    const derived = highlightText(text, { line: 2, endLine: 2, evidence: hotline, values: [{ value: 2218, selected: true }] })
    expect(marks(derived)).toEqual([[hotline, undefined]])
  })
})
