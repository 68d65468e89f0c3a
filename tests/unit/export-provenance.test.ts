/** Exports say the rule behind the numbers, the source (never a real one for synthetic data), the data version and the export date (issue 11 item 14). */
import { describe, expect, it } from 'vitest'
import { buildChartMeta, withExportDate } from '../../src/charts/meta'
import { combineParts } from '../../src/data/dataset'
import { snapshotPart } from './snapshot-part'
import { dataFingerprint } from '../../src/data/version'
import { chartTableToCsv } from '../../src/export/chart-csv'
import { buildExportOption } from '../../src/export/export-option'
import { CHART_STRINGS_EN, CHART_STRINGS_ZH } from '../../src/i18n/chart-strings'
import { fixtureSnapshot, FIXTURE_REPORTS } from './data-fixture'

const RULE = '口径：每个区县取 2019–2023年 内最近一年的数值，计入该年各类机构的全部报告（计数相加、比率取中位数）；较早年份不计入。'
const input = { view: 'compare' as const, indicatorLabel: '行政许可 本年处理决定数量', unit: '件', filterSummary: '2019–2023年 · 宁夏全部区县 · 全部机构类型', years: [2023], regions: null, strings: CHART_STRINGS_ZH }

describe('export footers', () => {
  it('state the rule, the source and the data version, and the date once written', () => {
    const meta = buildChartMeta({ ...input, rule: RULE, dataVersion: 'bundled · 5 份报告 · 1a2b3c4d' })
    expect(meta.footnote.split('\n')).toEqual([RULE, CHART_STRINGS_ZH.footnote, '数据版本：bundled · 5 份报告 · 1a2b3c4d'])
    const stamped = withExportDate(meta, new Date(2026, 11, 2, 1, 0))
    expect(stamped.footnote.split('\n').at(-1)).toBe('导出日期：2026-12-02')
  })

  it('a synthetic dataset does not name the counties\' annual reports as its source', () => {
    const zh = buildChartMeta({ ...input, synthetic: true })
    expect(zh.footnote).not.toContain('各区县政府信息公开工作年度报告')
    expect(zh.footnote).toContain('合成数据')
    const en = buildChartMeta({ ...input, strings: CHART_STRINGS_EN, synthetic: true })
    expect(en.footnote).not.toContain('annual reports')
    expect(en.footnote).toContain('synthetic')
  })

  it('the CSV ends with the title, filters, rule, source, version and date under an empty row', () => {
    const meta = withExportDate(buildChartMeta({ ...input, rule: RULE, dataVersion: 'v1' }), new Date(2026, 0, 5))
    const csv = chartTableToCsv({ columns: [{ key: 'region', label: '区县' }, { key: 'value', label: '数值', numeric: true }], rows: [{ region: '盐池县', value: 5147 }] }, meta)
    const lines = csv.slice(1).split('\r\n').filter(Boolean)
    expect(lines[0]).toBe('区县,数值')
    expect(lines[1]).toBe('盐池县,5147')
    expect(csv).toContain('\r\n\r\n')
    // Each footer line in the first column (the row padded to the header's two columns).
    expect(lines.slice(2)).toEqual([`${meta.title},`, `${meta.filterSummary},`, expect.stringMatching(/^口径：.*,$/), expect.stringMatching(/^数据来源.*,$/), '数据版本：v1,', '导出日期：2026-01-05,'])
  })

  it('the image footer has room for every footnote line', () => {
    const one = buildExportOption({ series: [] }, { ...buildChartMeta(input), footnote: 'a' }, { theme: 'light', width: 600, height: 400 })
    const four = buildExportOption({ series: [] }, { ...buildChartMeta(input), footnote: 'a\nb\nc\nd' }, { theme: 'light', width: 600, height: 400 })
    expect(four.height - one.height).toBeGreaterThanOrEqual(3 * 16)
  })

  it('the data version changes with any value and not otherwise', () => {
    const load = (reports = FIXTURE_REPORTS) => {
      const s = fixtureSnapshot(reports)
      return combineParts([snapshotPart({ manifest: s.manifest, reports: s.reports, observations: s.observations, reportsFile: 'r', observationsFile: 'o' })])
    }
    const a = dataFingerprint(load())
    expect(a).toMatch(/^[0-9a-f]{8}$/)
    expect(dataFingerprint(load())).toBe(a)
    const changed = FIXTURE_REPORTS.map((r, i) => i === 0 ? { ...r, observations: r.observations.map((o, j) => j === 0 ? { ...o, value: o.value + 1 } : o) } : r)
    expect(dataFingerprint(load(changed))).not.toBe(a)
  })
})
