import type { EvidenceFile, Manifest, ObservationColumns, PrintsFile, PrintSections, ReportEntry, SourcedReport } from '../schema/snapshot'
import { reportMeta, SOURCES } from '../schema/report'
import { SNAPSHOT_FORMAT } from '../schema/snapshot'
import { dictionary } from './dictionary'

export interface SnapshotOptions {
  /** Dataset name: the folder under data/ and the `?dataset=` value. */
  dataset: string
  synthetic: boolean
  description: string
  /** Whether per-report evidence files are written. */
  withEvidence: boolean
  /**
   * The 内容雷同 prints of a report's sections and the method's tag
   * (src/audit/similarity/codec.ts): the caller brings them, so this layer
   * needs no audit code. Without them the dataset has no prints file.
   */
  prints?: { method: string, of: (report: SourcedReport) => PrintSections }
}

export interface SnapshotParts {
  manifest: Manifest
  reports: { reports: ReportEntry[] }
  observations: ObservationColumns
  /** One per report, keyed by report id; empty when withEvidence is false. */
  evidence: EvidenceFile[]
  /** Section prints for the audit, or null when none were asked for. */
  prints: PrintsFile | null
}

/** Stable report order: prefecture, region, year, agency, id. */
export function compareReports(a: ReportEntry | SourcedReport, b: ReportEntry | SourcedReport): number {
  const key = (r: ReportEntry | SourcedReport) => [r.prefecture ?? '\uFFFF', r.region ?? '\uFFFF', String(r.year ?? 9999), r.agency ?? '\uFFFF', r.id]
  const ka = key(a)
  const kb = key(b)
  for (let i = 0; i < ka.length; i++) {
    const c = ka[i]! < kb[i]! ? -1 : ka[i]! > kb[i]! ? 1 : 0
    if (c !== 0)
      return c
  }
  return 0
}

/**
 * Turn parsed reports into the files the app loads: report metadata as rows,
 * observations as dictionary-encoded columns grouped by report, evidence per
 * report. Deterministic: the same reports give the same bytes.
 */
export function buildSnapshot(input: readonly SourcedReport[], options: SnapshotOptions): SnapshotParts {
  const reports = [...input].sort(compareReports)
  const indicators = dictionary()
  const units = dictionary()

  const columns: ObservationColumns = {
    count: 0,
    indicators: indicators.list,
    units: units.list,
    reportOffsets: [0],
    indicator: [],
    value: [],
    unit: [],
    approx: [],
    source: [],
  }
  const entries: ReportEntry[] = []
  const evidence: EvidenceFile[] = []
  const prints: PrintsFile | null = options.prints ? { method: options.prints.method, reports: [] } : null

  for (const r of reports) {
    entries.push({ ...reportMeta(r), file: r.file, checks: r.checks })
    for (const o of r.observations) {
      columns.indicator.push(indicators.code(o.indicator))
      columns.value.push(o.value)
      columns.unit.push(units.code(o.unit))
      columns.approx.push(o.approx ? 1 : 0)
      columns.source.push(SOURCES.indexOf(o.source))
    }
    columns.reportOffsets.push(columns.indicator.length)
    const sections = options.prints?.of(r)
    if (prints && sections && Object.keys(sections).length > 0)
      prints.reports.push({ id: r.id, sections })
    if (options.withEvidence) {
      evidence.push({
        id: r.id,
        text: r.text,
        observations: r.observations.map(o => ({
          indicator: o.indicator,
          evidence: o.evidence,
          line: o.location?.line ?? null,
          endLine: o.location?.endLine ?? null,
        })),
        tables: r.tables,
      })
    }
  }
  columns.count = columns.indicator.length

  const manifest: Manifest = {
    format: SNAPSHOT_FORMAT,
    dataset: options.dataset,
    synthetic: options.synthetic,
    description: options.description,
    reportCount: entries.length,
    observationCount: columns.count,
    files: {
      reports: 'reports.json',
      observations: 'observations.json',
      evidence: options.withEvidence ? 'evidence/' : null,
      prints: prints ? 'prints.json' : null,
    },
  }
  return { manifest, reports: { reports: entries }, observations: columns, evidence, prints }
}
