import { describe, expect, it } from 'vitest'
import { importTidyCsv } from '../../src/import/csv-import'
import { intakeBytes } from '../../src/import/intake'
import { processFile } from '../../src/import/process-file'
import { TIDY_COLUMNS } from '../../src/schema/tidy'
import { csv, fixture, parsed } from './import-fixtures'

const HEADER = TIDY_COLUMNS.join(',')
const YANCHI = 'r1,盐池县,吴忠市,盐池县审批服务管理局,approval-bureau,2023,2021'

describe('tidy CSV import', () => {
  it('imports 97 of 100 rows and lists the 3 bad ones by line, column and reason', () => {
    const result = processFile('bad.csv', fixture('tidy-100-3-bad.csv'))
    expect(result.kind).toBe('csv')
    if (result.kind !== 'csv')
      return
    const { csv: data } = result
    expect(data.rowCount).toBe(100)
    expect(data.accepted).toBe(97)
    expect(data.reports.reduce((n, r) => n + r.observations.length, 0)).toBe(97)
    expect(data.rejected.map(r => [
      r.line,
      r.problems.map(p => [p.column, p.code]),
    ])).toEqual([
      [
        12,
        [
          ['value', 'not-a-number'],
        ],
      ],
      [
        42,
        [
          ['indicator', 'unknown-indicator'],
        ],
      ],
      [
        72,
        [
          ['indicator', 'duplicate'],
        ],
      ],
    ])
    expect(data.rejected[2]!.problems[0]!.params).toEqual({ line: 2 })
    expect(data.rejected[0]!.cells[8]).toBe('12件')
  })

  it('imports a GBK file with the same values as its UTF-8 original', () => {
    const gbk = processFile('gbk.csv', fixture('tidy-gbk.csv'))
    const utf = processFile('utf.csv', fixture('tidy-small.csv'))
    expect(gbk.kind === 'csv' && utf.kind === 'csv').toBe(true)
    if (gbk.kind !== 'csv' || utf.kind !== 'csv')
      return
    expect(gbk.csv.rejected).toEqual([])
    const strip = (r: typeof gbk.csv.reports) => r.map(({ file: _, ...rest }) => rest)
    expect(strip(gbk.csv.reports)).toEqual(strip(utf.csv.reports))
    expect(gbk.csv.reports[0]).toMatchObject({ region: '盐池县', agency: '盐池县审批服务管理局', year: 2024 })
  })

  it('counts physical lines, so a quoted cell spanning lines shifts later line numbers', () => {
    const data = parsed(csv(
      `${YANCHI},hall.cases,5,件,false,text,"第一行\n第二行\n第三行"`,
      '',
      `${YANCHI},hall.cases,6,件,false,text,again`,
    ))
    expect(data.rejected.map(r => r.line)).toEqual([6])
    expect(data.reports[0]!.observations[0]!.evidence).toBe('第一行\n第二行\n第三行')
  })

  it('refuses a file with missing and unknown columns, naming them', () => {
    const result = importTidyCsv('report_id,region,indicator,value,comment\r\nr1,盐池县,hall.cases,5,x', { file: 't.csv' })
    expect(result.ok).toBe(false)
    if (result.ok)
      return
    expect(result.issues.map(i => i.code)).toEqual(['csv-missing-columns', 'csv-unknown-columns'])
    expect(result.issues[0]!.params.columns).toContain('evidence')
    expect(result.issues[1]!.params.columns).toBe('“comment”')
  })

  it('refuses a repeated column', () => {
    const result = importTidyCsv(`${HEADER},value\r\n`, { file: 't.csv' })
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'csv-duplicate-columns',
          params: { columns: '“value”' },
        },
      ],
    })
  })

  it('refuses a CSV that is not tidy at all, and one with a header but no rows', () => {
    expect(importTidyCsv('地区,年度,数值\r\n盐池县,2023,5', { file: 't.csv' })).toMatchObject({
      ok: false,
      issues: [
        { code: 'csv-not-tidy' },
      ],
    })
    expect(importTidyCsv(`${HEADER}\r\n\r\n`, { file: 't.csv' })).toMatchObject({
      ok: false,
      issues: [
        { code: 'csv-no-rows' },
      ],
    })
  })

  it('accepts columns in any order and trailing empty columns from Excel', () => {
    const reversed = [...TIDY_COLUMNS].reverse()
    const cells = 'evidence text,text,false,件,5,hall.cases,2021,2023,approval-bureau,盐池县审批服务管理局,吴忠市,盐池县,r1'
    const data = parsed(`${reversed.join(',')},,\r\n${cells},,`)
    expect(data.accepted).toBe(1)
    expect(data.reports[0]!.observations[0]).toMatchObject({ indicator: 'hall.cases', value: 5, evidence: 'evidence text' })
  })

  it('rejects an unknown indicator id', () => {
    const data = parsed(csv(`${YANCHI},hotline.calls,5,件,false,text,x`))
    expect(data.rejected[0]!.problems).toEqual([
      {
        column: 'indicator',
        code: 'unknown-indicator',
        value: 'hotline.calls',
        params: {},
      },
    ])
  })

  it('rejects non-numeric values instead of coercing them', () => {
    const data = parsed(csv(
      `${YANCHI},hall.cases,"1,200",件,false,text,x`,
      `${YANCHI},hall.staff,99.5%,人,false,text,x`,
      `${YANCHI},hall.items,,项,false,text,x`,
    ))
    expect(data.accepted).toBe(0)
    expect(data.rejected.map(r => r.problems[0]!.code)).toEqual(['not-a-number', 'not-a-number', 'required'])
  })

  it('rejects a duplicate observation and names the first one', () => {
    const data = parsed(csv(`${YANCHI},hall.cases,5,件,false,text,x`, `${YANCHI},hall.cases,5,件,false,text,x`))
    expect(data.accepted).toBe(1)
    expect(data.rejected[0]).toMatchObject({
      line: 3,
      problems: [
        {
          code: 'duplicate',
          params: { line: 2 },
        },
      ],
    })
  })

  it('rejects a row whose report metadata contradicts the report', () => {
    const data = parsed(csv(
      `${YANCHI},hall.cases,5,件,false,text,x`,
      'r1,盐池县,吴忠市,盐池县审批服务管理局,approval-bureau,2024,2021,hall.staff,5,人,false,text,x',
    ))
    expect(data.rejected[0]!.problems).toEqual([
      {
        column: 'year',
        code: 'inconsistent-report',
        value: '2024',
        params: { expected: '2023', line: 2 },
      },
    ])
  })

  it('rejects bad years, kinds, formats, sources and flags, listing every problem of the row', () => {
    const data = parsed(csv('r1,盐池县,吴忠市,某局,bureau,23,2020,hall.cases,5,件,yes,pdf,x'))
    expect(data.rejected[0]!.problems.map(p => [p.column, p.code])).toEqual([
      ['agency_kind', 'invalid-choice'],
      ['year', 'invalid-year'],
      ['format', 'invalid-choice'],
      ['approx', 'invalid-choice'],
      ['source', 'invalid-choice'],
    ])
  })

  it('rejects rows with too few or extra cells, and an unterminated quote', () => {
    const data = parsed(csv(`${YANCHI},hall.cases,5`, `${YANCHI},hall.cases,5,件,false,text,x,extra`, `${YANCHI},hall.staff,5,人,false,text,"open`))
    expect(data.rejected.map(r => r.problems[0]!.code)).toEqual(['field-count', 'field-count', 'unterminated-quote'])
  })

  it('keeps empty metadata cells absent (null), never zero or empty strings', () => {
    const data = parsed(csv('r9,,,,,,,hall.cases,5,件,false,text,'))
    expect(data.reports[0]).toMatchObject({
      region: null,
      prefecture: null,
      agency: null,
      agencyKind: null,
      year: null,
      format: null,
      province: null,
    })
  })

  it('restores neutralised formula cells so exports import back unchanged', () => {
    const data = parsed(csv(`${YANCHI},hall.cases,-3,件,false,text,'=SUM(A1)`, `${YANCHI},hall.staff,5,人,false,text,''@x`))
    expect(data.reports[0]!.observations.map(o => [o.value, o.evidence])).toEqual([
      [-3, '=SUM(A1)'],
      [5, '\'@x'],
    ])
  })

  it('warns, without dropping, when a unit differs from the catalog (条/篇 for posts are both fine)', () => {
    const data = parsed(csv(`${YANCHI},hall.cases,5,个,false,text,x`, `${YANCHI},newmedia.wechat_posts,5,条,false,text,x`))
    expect(data.accepted).toBe(2)
    expect(data.unitWarnings).toEqual([{ indicator: 'hall.cases', unit: '个', expected: '件', count: 1, firstLine: 2 }])
  })

  it('reports progress in rows and characters', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `r${i},盐池县,吴忠市,局,other,2023,2021,hall.cases,${i},件,false,text,x`)
    const text = csv(...rows)
    const seen: number[] = []
    importTidyCsv(text, {
      file: 't.csv',
      progressEvery: 10,
      onProgress: p => seen.push(p.rows),
    })
    expect(seen).toEqual([10, 20, 25])
  })

  it('decodes before parsing: a GBK file through intake reads the same header', () => {
    const intake = intakeBytes('gbk.csv', fixture('tidy-gbk.csv'))
    expect(intake.ok && intake.text.startsWith(HEADER)).toBe(true)
  })
})
