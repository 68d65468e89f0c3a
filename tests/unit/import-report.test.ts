import { describe, expect, it } from 'vitest'
import { completeReport, importReportText, isFillValid, missingFields } from '../../src/import/report-import'
import { summarizeReport } from '../../src/import/summary'
import { fixture } from './import-fixtures'

const decode = (name: string) => new TextDecoder().decode(fixture(name))

describe('report text import', () => {
  it('says which of year and region the parser could not find', () => {
    const report = importReportText(decode('report-no-meta.txt'), 'report-no-meta.txt')
    expect(missingFields(report)).toEqual(['region', 'year'])
    expect(summarizeReport(report).missing).toEqual(['region', 'year'])
  })

  it('lets the user fill in region and year, with prefecture and province from the gazetteer', () => {
    const report = importReportText(decode('report-no-meta.txt'), 'report-no-meta.txt')
    expect(isFillValid(report, { region: '盐池县', year: null })).toBe(false)
    expect(isFillValid(report, { region: '不存在县', year: 2023 })).toBe(false)
    expect(isFillValid(report, { region: '盐池县', year: 1800 })).toBe(false)
    expect(isFillValid(report, { region: '盐池县', year: 2023 })).toBe(true)

    const filled = completeReport(report, { region: '盐池县', year: 2023 })
    expect(filled).toMatchObject({ region: '盐池县', prefecture: '吴忠市', province: '宁夏回族自治区', year: 2023 })
    expect(missingFields(filled)).toEqual([])
    expect(filled.checks.at(-1)).toMatchObject({ id: 'import.filled_in', severity: 'info' })
    expect(report.region).toBeNull()
  })

  it('never overrides what the parser found', () => {
    const base = importReportText(decode('report-no-meta.txt'), 'x.txt')
    const found = { ...base, region: '同心县', prefecture: '吴忠市', year: 2021 }
    expect(completeReport(found, { region: '盐池县', year: 2023 })).toMatchObject({ region: '同心县', year: 2021 })
  })

  it('summarises what was found: values and checks by severity', () => {
    const report = importReportText(decode('report-no-meta.txt'), 'x.txt')
    const withChecks = {
      ...report,
      checks: [
        { id: 'a', severity: 'error' as const, message: '' },
        { id: 'b', severity: 'warning' as const, message: '' },
        { id: 'c', severity: 'warning' as const, message: '' },
      ],
    }
    expect(summarizeReport(withChecks).checkCounts).toEqual({ error: 1, warning: 2, info: 0 })
    expect(summarizeReport(withChecks).observationCount).toBe(report.observations.length)
  })

  it('keeps the report text as written, markup included, for rendering as text', () => {
    const report = importReportText(decode('report-script.txt'), 'report-script.txt')
    expect(report.text).toContain('<img src=x onerror=')
    expect(report.text).toContain('javascript:window.xssRan')
  })

  it('passes the file name and uses the parser it is given', () => {
    const calls: string[] = []
    const report = importReportText('text', 'a.txt', (raw, options) => {
      calls.push(`${options.file}:${raw}`)
      return { id: 'x', title: null, region: null, prefecture: null, province: null, agency: null, agencyKind: null, year: 2020, format: null, published: null, sourceFormat: 'text', observations: [], checks: [], tables: [], text: 'shown' }
    })
    expect(calls).toEqual(['a.txt:text'])
    expect(report).toMatchObject({ id: 'x', file: 'a.txt', text: 'shown', year: 2020 })
  })
})
