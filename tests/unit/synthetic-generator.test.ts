import type { SourcedReport } from '../../src/schema/snapshot'
import { describe, expect, it } from 'vitest'
import { z } from '../../src/schema/zod'
import { countiesFor, NATIONAL_COUNTIES, syntheticReports } from '../../scripts/lib/synthetic-dataset'
import { PROVINCES } from '../../src/catalog/gazetteer'
import { findIndicator } from '../../src/catalog/indicators'
import { snapshotPart } from './snapshot-part'
import { buildSnapshot } from '../../src/data/build-snapshot'
import { EvidenceFileSchema, ManifestSchema, ObservationColumnsSchema, ReportsFileSchema } from '../../src/schema/snapshot'

/** Check ids of spec §5. */
const SPEC_CHECKS = new Set(['applications.balance', 'applications.row_total', 'applications.closed_total', 'review.total', 'litigation.total', 'rate.mismatch', 'table.shape', 'table.missing_total', 'section.missing', 'value.suspicious_zero'])

const REPORTS = syntheticReports(1500, 7)

function value(r: SourcedReport, indicator: string): number | undefined {
  return r.observations.find(o => o.indicator === indicator)?.value
}

function snapshot(reports: SourcedReport[]) {
  return buildSnapshot(reports, { dataset: 'synthetic-test', synthetic: true, description: 'test', withEvidence: true })
}

describe('synthetic dataset generator', () => {
  it('gives the same reports for the same seed and different ones for another seed', () => {
    const again = syntheticReports(1500, 7)
    expect(JSON.stringify(again)).toBe(JSON.stringify(REPORTS))
    expect(JSON.stringify(syntheticReports(1500, 8))).not.toBe(JSON.stringify(REPORTS))
  })

  it('writes exactly the requested number of reports, each id once', () => {
    expect(REPORTS).toHaveLength(1500)
    expect(new Set(REPORTS.map(r => r.id)).size).toBe(1500)
  })

  it('writes files the app loads: snapshot schemas and the app\'s own decoder accept them', () => {
    const s = snapshot(REPORTS)
    expect(() => ManifestSchema.parse(s.manifest)).not.toThrow()
    expect(() => ReportsFileSchema.parse(s.reports)).not.toThrow()
    expect(() => ObservationColumnsSchema.parse(s.observations)).not.toThrow()
    expect(() => z.array(EvidenceFileSchema).parse(s.evidence)).not.toThrow()
    const part = snapshotPart({ manifest: s.manifest, reports: s.reports, observations: s.observations, reportsFile: 'reports.json', observationsFile: 'observations.json' })
    expect(part.columns.count).toBe(REPORTS.reduce((n, r) => n + r.observations.length, 0))
  })

  it('labels every report as synthetic and never uses a real gazetteer place name', () => {
    const real = new Set(PROVINCES.flatMap(p => [p.name, ...p.prefectures.flatMap(f => [f.name, ...f.counties.map(c => c.name)])]))
    for (const r of REPORTS) {
      expect(r.id).toMatch(/^synthetic-/)
      expect(r.title).toContain('合成数据')
      expect(r.text).toContain('合成数据')
      expect(real.has(r.region!)).toBe(false)
      expect(real.has(r.prefecture!)).toBe(false)
    }
  })

  it('uses only catalog indicators with their catalog units, and only the spec\'s check ids', () => {
    for (const r of REPORTS) {
      for (const o of r.observations)
        expect(o.unit).toBe(findIndicator(o.indicator)?.unit)
      for (const c of r.checks)
        expect(SPEC_CHECKS.has(c.id), c.id).toBe(true)
    }
  })

  it('has realistic gaps: missing county-years, indicators a report does not state, about 34 observations per report', () => {
    const perReport = REPORTS.map(r => r.observations.length)
    const mean = perReport.reduce((a, b) => a + b, 0) / perReport.length
    expect(mean).toBeGreaterThan(28)
    expect(mean).toBeLessThan(42)
    expect(Math.min(...perReport)).toBeLessThan(Math.max(...perReport))
    const hotline = REPORTS.filter(r => value(r, 'hotline.received') !== undefined).length
    expect(hotline).toBeGreaterThan(REPORTS.length * 0.5)
    expect(hotline).toBeLessThan(REPORTS.length)
    // Some county-years have no report at all.
    const counties = new Set(REPORTS.map(r => r.region)).size
    const countyYears = new Set(REPORTS.map(r => `${r.region}/${r.year}`)).size
    expect(countyYears).toBeLessThan(counties * 10)
  })

  it('states hedged numbers as approximate, and derives some rates', () => {
    const all = REPORTS.flatMap(r => r.observations)
    const approx = all.filter(o => o.approx)
    expect(approx.length).toBeGreaterThan(all.length * 0.02)
    expect(approx.some(o => /[余约近多]|以上/.test(o.evidence))).toBe(true)
    expect(all.some(o => o.source === 'derived' && o.indicator === 'hotline.completion_rate')).toBe(true)
  })

  it('plants failed checks, and the numbers agree with them', () => {
    let balanced = 0
    let unbalanced = 0
    for (const r of REPORTS) {
      const [fresh, carriedIn, closed, carriedOut] = ['applications.new', 'applications.carried_in', 'applications.closed', 'applications.carried_out'].map(id => value(r, id))
      if (fresh === undefined)
        continue
      const holds = fresh + carriedIn! === closed! + carriedOut!
      if (r.checks.some(c => c.id === 'applications.balance')) {
        expect(holds).toBe(false)
        unbalanced++
      }
      else {
        expect(holds).toBe(true)
        balanced++
      }
    }
    expect(unbalanced).toBeGreaterThan(0)
    expect(balanced).toBeGreaterThan(unbalanced)
    const outcomes = ['granted', 'partially_granted', 'denied', 'unavailable', 'not_processed', 'other'].map(k => `applications.${k}`)
    for (const r of REPORTS) {
      const closed = value(r, 'applications.closed')
      if (closed === undefined)
        continue
      const sum = outcomes.reduce((a, id) => a + value(r, id)!, 0)
      expect(sum === closed, r.id).toBe(!r.checks.some(c => c.id === 'applications.closed_total'))
    }
    const zero = REPORTS.filter(r => r.checks.some(c => c.id === 'value.suspicious_zero'))
    expect(zero.length).toBeGreaterThan(0)
    for (const r of zero) {
      expect(value(r, 'licensing.decisions')).toBe(0)
      expect(value(r, 'hall.cases')).toBeGreaterThanOrEqual(1000)
    }
    const severities = new Set(REPORTS.flatMap(r => r.checks.map(c => c.severity)))
    expect([...severities].sort()).toEqual(['error', 'info', 'warning'])
  })

  it('points every observation at the line of the text it came from', () => {
    for (const r of REPORTS.slice(0, 200)) {
      const lines = r.text.split('\n')
      for (const o of r.observations)
        expect(lines[o.location!.line - 1]).toBe(o.evidence)
    }
  })

  it('grows to national scale: about 2,800 counties at a million observations', () => {
    expect(countiesFor(29_000)).toBe(NATIONAL_COUNTIES)
    expect(countiesFor(290)).toBeLessThan(40)
    expect(countiesFor(100_000)).toBeGreaterThan(NATIONAL_COUNTIES)
  })
})
