import { describe, expect, it } from 'vitest'
import { renderCheck } from '../../src/catalog/checks'
import { applyCorrection, correctedFields, invalidFields, isCorrectionComplete } from '../../src/import/corrections'
import { importReportText, missingFields } from '../../src/import/report-import'
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
    expect(isCorrectionComplete(report, { region: '盐池县', year: null })).toBe(false)
    expect(isCorrectionComplete(report, { region: '不存在县', year: 2023 })).toBe(false)
    expect(isCorrectionComplete(report, { region: '盐池县', year: 1800 })).toBe(false)
    expect(isCorrectionComplete(report, { region: '盐池县', year: 2023 })).toBe(true)

    const filled = applyCorrection(report, { region: '盐池县', year: 2023 })
    expect(filled).toMatchObject({ region: '盐池县', prefecture: '吴忠市', province: '宁夏回族自治区', year: 2023 })
    expect(missingFields(filled)).toEqual([])
    const notes = filled.checks.filter(c => c.id === 'import.corrected')
    expect(notes.map(c => [c.variant, c.severity, c.params])).toEqual([
      ['region', 'info', { old: '—', new: '盐池县' }],
      ['year', 'info', { old: '—', new: 2023 }],
    ])
    expect(report.region).toBeNull()
    expect(report.checks.some(c => c.id === 'import.corrected')).toBe(false)
  })

  it('corrects what the parser found, and says what it was (old → new)', () => {
    const base = importReportText(decode('report-yanchi-2024.txt'), 'x.txt')
    expect(base).toMatchObject({ region: '盐池县', year: 2024, agencyKind: 'approval-bureau' })
    const corrected = applyCorrection(base, { year: 2023, region: '同心县', agency: '同心县 人民政府' })
    expect(corrected).toMatchObject({ region: '同心县', prefecture: '吴忠市', year: 2023, agency: '同心县人民政府', agencyKind: 'county-government' })
    const year = corrected.checks.find(c => c.id === 'import.corrected' && c.variant === 'year')!
    expect(renderCheck(year, 'zh')).toBe('统计年度由审核人在导入时更正：2024 → 2023。')
    expect(renderCheck(year, 'en')).toBe('Year corrected by the reviewer at import: 2024 → 2023.')
    // The kind that followed the agency's new name is recorded too, named in each language.
    const kind = corrected.checks.find(c => c.variant === 'agency_kind')!
    expect(renderCheck(kind, 'zh')).toBe('机构类型由审核人在导入时更正：审批服务管理局 → 县（区、市）政府。')
    expect(renderCheck(kind, 'en')).toBe('Agency kind corrected by the reviewer at import: Approval services bureau → County government.')
    expect(correctedFields(base, { year: 2023, region: '同心县', agency: '同心县 人民政府' })).toEqual(['year', 'region', 'agency', 'agencyKind'])
    // Observations are the report's own: a correction touches metadata only.
    expect(corrected.observations).toBe(base.observations)
  })

  it('changes nothing for a value equal to what the parser read, or a field left empty', () => {
    const base = importReportText(decode('report-yanchi-2024.txt'), 'x.txt')
    const same = applyCorrection(base, { year: 2024, region: '盐池县', agency: '  ', agencyKind: null })
    expect(same.checks).toEqual(base.checks)
    expect(correctedFields(base, { year: 2024 })).toEqual([])
  })

  it('keeps a chosen agency kind over the one the new name suggests', () => {
    const base = importReportText(decode('report-yanchi-2024.txt'), 'x.txt')
    expect(applyCorrection(base, { agency: '盐池县人民政府', agencyKind: 'other' }).agencyKind).toBe('other')
    expect(applyCorrection(base, { agencyKind: 'service-center' })).toMatchObject({ agency: base.agency, agencyKind: 'service-center' })
  })

  it('refuses a year out of range and a county outside the gazetteer', () => {
    expect(invalidFields({ year: 2007 })).toEqual(['year'])
    expect(invalidFields({ year: 2023.5 })).toEqual(['year'])
    expect(invalidFields({ region: '不存在县' })).toEqual(['region'])
    expect(invalidFields({ year: 2023, region: '盐池县' })).toEqual([])
    const base = importReportText(decode('report-yanchi-2024.txt'), 'x.txt')
    expect(isCorrectionComplete(base, { year: 1999 })).toBe(false)
    expect(() => applyCorrection(base, { year: 1999 })).toThrow()
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
      calls.push(`${options.file}:${options.sourceFormat}:${raw}`)
      return { id: 'x', title: null, region: null, prefecture: null, province: null, agency: null, agencyKind: null, year: 2020, format: null, published: null, sourceFormat: 'text', observations: [], checks: [], tables: [], text: 'shown' }
    })
    expect(calls).toEqual(['a.txt:text:text'])
    expect(report).toMatchObject({ id: 'x', file: 'a.txt', text: 'shown', year: 2020 })
  })
})
