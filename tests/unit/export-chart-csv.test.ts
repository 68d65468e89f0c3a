import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildCompareTable } from '../../src/charts/compare-table'
import { CHART_STRINGS_ZH } from '../../src/i18n/chart-strings'
import { chartTableToCsv } from '../../src/export/chart-csv'
import { row } from './charts-fixtures'

const ROWS = [
  row('盐池县', 1500, { approx: true, sources: ['text'] }),
  row('同心县', null),
  row('=HYPERLINK("http://x")', 0),
  row('利通区', 99.5),
]

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
}

describe('chart CSV', () => {
  const table = buildCompareTable(ROWS, { unit: '件', strings: CHART_STRINGS_ZH })
  const csv = chartTableToCsv(table)

  it('starts with a BOM so Excel reads the Chinese', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(parse(csv)[0]).toEqual(['排名', '区县', '年份', '机构', '数值（件）', '约数（≈）', '来源', '⚠', '报告数', '报告编号'])
  })

  it('holds the same numbers as the table: raw, ≈ in its own column, absent empty (not 0)', () => {
    const rows = parse(csv).slice(1)
    expect(rows.map(r => [r[1], r[4], r[5]])).toEqual([
      ['盐池县', '1500', '≈'],
      ['利通区', '99.5', ''],
      ['\'=HYPERLINK("http://x")', '0', ''],
      ['同心县', '', ''],
    ])
    expect(rows.map(r => r[0])).toEqual(['1', '2', '3', ''])
    for (const [i, r] of rows.entries())
      expect(r[4]).toBe(table.rows[i]!.value === null ? '' : String(table.rows[i]!.value))
  })

  it('neutralises spreadsheet formulas', () => {
    expect(csv).toContain('\'=HYPERLINK')
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m)
  })

  it('writes a computed number at the precision its inputs were stated in, without float noise', () => {
    // The median of 95.43 and 96.55, a sum of 0.1 and 0.2, 1.1万 read as 1.1 × 10000.
    const noisy = buildCompareTable([
      row('盐池县', (95.43 + 96.55) / 2),
      row('同心县', 0.1 + 0.2),
      row('利通区', 1.1 * 10000),
      row('灵武市', -12.5),
    ], { unit: '%', strings: CHART_STRINGS_ZH })
    const values = parse(chartTableToCsv(noisy)).slice(1).map(r => r[4])
    expect(values).toEqual(['11000', '95.99', '0.3', '-12.5'])
  })
})
