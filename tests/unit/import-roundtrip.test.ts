import type { SourcedReport } from '../../src/schema/snapshot'
import type { TidySource } from '../../src/export/tidy-csv'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toTidyCsv } from '../../src/export/tidy-csv'
import { processFile } from '../../src/import/process-file'
import { parseReport } from '../../src/parser'

const RAW = join(import.meta.dirname, '../../data/raw')

function sources(reports: readonly SourcedReport[]): TidySource[] {
  return reports.flatMap(report => report.observations.map(observation => ({ report, observation })))
}

/** What the tidy CSV carries (spec §7): metadata columns and every observation field but the location. */
function carried(reports: readonly SourcedReport[]) {
  return reports
    .filter(r => r.observations.length > 0)
    .map(r => ({
      id: r.id,
      region: r.region,
      prefecture: r.prefecture,
      agency: r.agency,
      agencyKind: r.agencyKind,
      year: r.year,
      format: r.format,
      observations: r.observations.map(({ location: _, ...o }) => o),
    }))
}

function reimport(reports: readonly SourcedReport[]) {
  const bytes = new TextEncoder().encode(toTidyCsv(sources(reports)))
  const result = processFile('export.csv', bytes)
  if (result.kind !== 'csv')
    throw new Error(`export did not import: ${JSON.stringify(result)}`)
  return result.csv
}

const tricky: SourcedReport = {
  id: 'tricky,"id"',
  title: null,
  region: '盐池县',
  prefecture: '吴忠市',
  province: '宁夏回族自治区',
  agency: '盐池县 "审批" 服务管理局, 办公室',
  agencyKind: 'approval-bureau',
  year: 2024,
  format: '2019',
  published: null,
  sourceFormat: null,
  observations: [
    { indicator: 'hall.cases', value: 0.1 + 0.2, unit: '件', approx: true, source: 'text', evidence: '=1+2 formula', location: null },
    { indicator: 'hall.staff', value: -3, unit: '人', approx: false, source: 'derived', evidence: '-3 people, "quoted"', location: null },
    { indicator: 'hall.items', value: 1.5e7, unit: '项', approx: false, source: 'table', evidence: '\tleading tab\r\nand a CRLF', location: null },
    { indicator: 'hall.departments', value: 0, unit: '家', approx: false, source: 'table', evidence: '@mention', location: null },
    { indicator: 'online.rate', value: 99.5, unit: '%', approx: false, source: 'text', evidence: ' padded ', location: null },
    { indicator: 'hotline.received', value: 12, unit: '件', approx: false, source: 'text', evidence: '\'=already quoted', location: null },
    { indicator: 'hotline.completed', value: 9007199254740991, unit: '件', approx: false, source: 'text', evidence: '+86 电话', location: null },
    { indicator: 'newmedia.posts', value: 7, unit: '篇', approx: false, source: 'text', evidence: '', location: null },
  ],
  checks: [],
  tables: [],
  file: null,
  text: '',
}

const unknownMeta: SourcedReport = {
  ...tricky,
  id: 'no-meta',
  region: null,
  prefecture: null,
  province: null,
  agency: null,
  agencyKind: null,
  year: null,
  format: null,
  observations: [{ indicator: 'policy.interpretations', value: 4, unit: '件', approx: false, source: 'text', evidence: 'x', location: null }],
}

describe('tidy CSV round trip', () => {
  it('exports awkward values and imports them back exactly', () => {
    const back = reimport([tricky, unknownMeta])
    expect(back.rejected).toEqual([])
    expect(carried(back.reports)).toEqual(carried([tricky, unknownMeta]))
    expect(back.reports[0]!.province).toBe('宁夏回族自治区')
  })

  it('exports the parsed real reports and imports them back exactly', () => {
    const files = readdirSync(RAW).filter(f => f.endsWith('.txt')).sort()
    const reports = files.map((file) => {
      const { text, ...report } = parseReport(readFileSync(join(RAW, file), 'utf8'), { file })
      return { ...report, file, text }
    })
    const back = reimport(reports)
    expect(back.rejected).toEqual([])
    expect(back.accepted).toBe(reports.reduce((n, r) => n + r.observations.length, 0))
    expect(back.accepted).toBeGreaterThan(100)
    expect(back.unitWarnings).toEqual([])
    expect(carried(back.reports)).toEqual(carried(reports))
  })
})
