import { describe, expect, it } from 'vitest'
import { INDICATORS } from '../../src/catalog/indicators'
import { MAX_VALUE } from '../../src/catalog/value-bounds'
import { toTidyCsv } from '../../src/export/tidy-csv'
import { isExactDecimal } from '../../src/import/exact-number'
import { rejectedRowsCsv } from '../../src/import/rejected-csv'
import { TIDY_COLUMNS } from '../../src/schema/tidy'
import { csv, parsed } from './import-fixtures'
import { mulberry32 } from '../../scripts/lib/synthetic-random'

/** Hostile values in a tidy CSV (issue 14 item 3): nothing changes silently, nothing non-finite gets in. */

const HEADER = TIDY_COLUMNS.join(',')
/** The value is the 9th column. */
const VALUE_COLUMN = TIDY_COLUMNS.indexOf('value') + 1
const META = (id: string) => `${id},盐池县,吴忠市,盐池县审批服务管理局,approval-bureau,2023,2021`

describe('values that cannot be represented exactly, or are not finite', () => {
  const data = parsed(csv(
    `${META('r1')},hall.cases,1e-400,件,false,text,x`,
    `${META('r1')},hall.staff,9007199254740993,人,false,text,x`,
    `${META('r2')},hall.cases,1e308,件,false,text,x`,
    `${META('r3')},hall.cases,1e308,件,false,text,x`,
    `${META('r4')},hall.cases,1e309,件,false,text,x`,
    `${META('r4')},hall.staff,0.1,人,false,text,x`,
    `${META('r4')},hall.items,12.50,项,false,text,x`,
  ))

  it('rejects them with line, column and what the number would have become', () => {
    expect(data.rejected.map(r => [r.line, r.problems.map(p => [p.column, p.code, p.value, p.params])])).toEqual([
      [2, [['value', 'inexact-number', '1e-400', { stored: '0' }]]],
      [3, [['value', 'inexact-number', '9007199254740993', { stored: '9007199254740992' }]]],
      [4, [['value', 'out-of-range', '1e308', { max: '9007199254740991' }]]],
      [5, [['value', 'out-of-range', '1e308', { max: '9007199254740991' }]]],
      [6, [['value', 'out-of-range', '1e309', { max: '9007199254740991' }]]],
    ])
  })

  it('keeps what is exact as written (0.1, 12.50)', () => {
    expect(data.accepted).toBe(2)
    expect(data.reports.flatMap(r => r.observations.map(o => o.value))).toEqual([0.1, 12.5])
  })

  it('lists the rejected rows in the download as today', () => {
    const text = rejectedRowsCsv(data.header, data.rejected, p => p.code, { line: 'line', column: 'column', reason: 'reason' })
    expect(text).toContain('2,value,inexact-number,r1,')
    expect(text).toContain(',1e308,')
  })
})

describe('doubtful values are imported but named', () => {
  const data = parsed(csv(
    `${META('r1')},hall.cases,-3,件,false,text,x`,
    `${META('r2')},hall.cases,-1,件,false,text,x`,
    `${META('r1')},online.rate,101,%,false,text,x`,
    `${META('r1')},hotline.received,1000000000000,件,false,text,x`,
    `${META('r1')},hotline.completed,40000000,件,false,text,x`,
  ))

  it('warns on negative counts and on values beyond the unit\'s bound, with line and column', () => {
    expect(data.accepted).toBe(5)
    expect(data.valueWarnings).toEqual([
      { kind: 'negative', indicator: 'hall.cases', unit: '件', bound: null, count: 2, firstLine: 2, column: VALUE_COLUMN, firstValue: '-3' },
      { kind: 'implausible', indicator: 'online.rate', unit: '%', bound: 100, count: 1, firstLine: 4, column: VALUE_COLUMN, firstValue: '101' },
      { kind: 'implausible', indicator: 'hotline.received', unit: '件', bound: 50_000_000, count: 1, firstLine: 5, column: VALUE_COLUMN, firstValue: '1000000000000' },
    ])
  })
})

const HOSTILE_VALUES = [
  '1e-400', '9007199254740993', '1e308', '1e309', '-1e309', '0x1F', '1,000', '１２３', '12%', '١٢٣', 'NaN', 'Infinity', '-0', '00012', '.5', '5.', '1e21',
  '9'.repeat(309), `0.${'0'.repeat(400)}1`, '1e-7', '-1e-7', '  42  ', '=1+1', '+5', '1e+5', '1E5', '2.2250738585072014e-308', '4.9e-324',
  '123456789012345678', '0.30000000000000004', '0.1', '-3', '101', '1e12', '', ' ', '"7"', '\u00A07', '7\u200B',
]
const HOSTILE_TEXT = ['=HYPERLINK("http://x")', '＝1+1', ' @SUM(A1)', '\t-2', '"quoted, with comma"', 'line\nbreak', '<script>alert(1)</script>', '\u0000nul', '盐池县', '']

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!
}

/** A CSV cell: quoted when it holds a comma, quote or line break. */
function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

describe('CSV import fuzz (fixed seed, 400 hostile rows)', () => {
  const random = mulberry32(20261201)
  const rows: string[][] = []
  for (let i = 0; i < 400; i++) {
    const indicator = pick(random, INDICATORS)
    rows.push([`r${i % 40}`, '盐池县', '吴忠市', '盐池县审批服务管理局', 'approval-bureau', '2023', '2021', indicator.id, pick(random, HOSTILE_VALUES), indicator.unit, pick(random, ['false', 'true', 'maybe']), pick(random, ['text', 'table', 'derived', 'guess']), pick(random, HOSTILE_TEXT)])
  }
  const text = [HEADER, ...rows.map(r => r.map(quote).join(','))].join('\r\n')
  const data = parsed(text)

  it('accounts for every row: accepted or rejected with a reason, at its line', () => {
    expect(data.rowCount).toBe(400)
    expect(data.accepted + data.rejected.length).toBe(400)
    expect(data.accepted).toBeGreaterThan(20)
    expect(data.rejected.length).toBeGreaterThan(100)
    for (const r of data.rejected) {
      expect(r.problems.length).toBeGreaterThan(0)
      expect(r.line).toBeGreaterThanOrEqual(2)
    }
  })

  it('accepts only finite values within the bound, exactly as the file states them', () => {
    for (const report of data.reports) {
      for (const o of report.observations) {
        expect(Number.isFinite(o.value)).toBe(true)
        expect(Math.abs(o.value)).toBeLessThanOrEqual(MAX_VALUE)
      }
    }
    // Every accepted value's cell is an exact decimal.
    const rejectedLines = new Set(data.rejected.map(r => r.line))
    // A quoted line break makes a row two physical lines: the line numbers count them.
    let line = 2
    for (const row of rows) {
      if (!rejectedLines.has(line))
        expect(isExactDecimal(row[8]!), JSON.stringify(row[8])).toBe(true)
      line += 1 + row.join('').split('\n').length - 1
    }
  })

  it('exports what it accepted and imports it back unchanged', () => {
    const sources = data.reports.flatMap(report => report.observations.map(observation => ({ report, observation })))
    const back = parsed(toTidyCsv(sources))
    expect(back.rejected).toEqual([])
    expect(back.reports.flatMap(r => r.observations)).toEqual(data.reports.flatMap(r => r.observations))
  })
})
