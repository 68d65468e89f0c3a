import type { Report } from './report'
import { z } from './zod'
import { CheckSchema, ParsedTableSchema, ReportMetaSchema, SOURCES } from './report'

/**
 * The preparsed dataset the app loads (see docs/data-layout.md). Observations
 * are columnar and grouped by report, so a million of them parse as a few
 * flat arrays; evidence texts live apart, one file per report, fetched when a
 * report is opened.
 */

export const SNAPSHOT_FORMAT = 'disclosure-snapshot/1'

/** Dataset names are path segments: keep them boring. */
export const DatasetNameSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/)

export const ManifestSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  dataset: DatasetNameSchema,
  /** Synthetic data is labelled as such wherever it appears. */
  synthetic: z.boolean(),
  description: z.string(),
  reportCount: z.number().int().nonnegative(),
  observationCount: z.number().int().nonnegative(),
  files: z.object({
    reports: z.string(),
    observations: z.string(),
    /** Folder of per-report evidence files, or null when the dataset has none. */
    evidence: z.string().nullable(),
    /** The 内容雷同 prints of every report's sections (PrintsFileSchema), or null; older datasets have none. */
    prints: z.string().nullable().default(null),
  }),
})
export type Manifest = z.infer<typeof ManifestSchema>

export const ReportEntrySchema = ReportMetaSchema.extend({
  /** Source file name, when the report came from one. */
  file: z.string().nullable(),
  checks: z.array(CheckSchema),
})
export type ReportEntry = z.infer<typeof ReportEntrySchema>

export const ReportsFileSchema = z.object({
  reports: z.array(ReportEntrySchema),
})
export type ReportsFile = z.infer<typeof ReportsFileSchema>

/** A column of small non-negative integers (dictionary codes). */
const codes = z.array(z.number().int().nonnegative())

export const ObservationColumnsSchema = z.object({
  count: z.number().int().nonnegative(),
  /** Dictionary of indicator ids; `indicator[i]` indexes it. */
  indicators: z.array(z.string()),
  /** Dictionary of units; `unit[i]` indexes it. */
  units: z.array(z.string()),
  /** Observations of report r are [reportOffsets[r], reportOffsets[r+1]). */
  reportOffsets: codes,
  indicator: codes,
  value: z.array(z.number()),
  unit: codes,
  /** 1 where the text hedges (余, 约, 近 …). */
  approx: z.array(z.union([z.literal(0), z.literal(1)])),
  /** Index into SOURCES: 0 table, 1 text, 2 derived. */
  source: z.array(z.number().int().min(0).max(SOURCES.length - 1)),
})
export type ObservationColumns = z.infer<typeof ObservationColumnsSchema>

/** Per-report detail, loaded lazily: evidence aligned with the report's observations. */
export const EvidenceFileSchema = z.object({
  id: z.string(),
  /** The report text as shown (markdown markers removed), for highlighting. */
  text: z.string(),
  observations: z.array(z.object({
    indicator: z.string(),
    evidence: z.string(),
    line: z.number().int().positive().nullable(),
    endLine: z.number().int().positive().nullable(),
  })),
  tables: z.array(ParsedTableSchema),
})
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>

/** A parsed report with what the snapshot keeps beside it: the snapshot builder's input. */
export interface SourcedReport extends Report {
  /** File the report was read from, if any. */
  file: string | null
  /** The displayed report text, kept for the evidence file. */
  text: string
}

/** File name of a report's evidence file inside the evidence folder. */
export function evidenceFileName(reportId: string): string {
  return `${encodeURIComponent(reportId)}.json`
}

/**
 * What 内容雷同 keeps of a section's text (docs/audit.md), so the app audits a
 * dataset without fetching every report's evidence: the compared length,
 * the distinct shingle count, the MinHash signature and the number tokens,
 * each a base64 string of little-endian 16-bit values.
 */
export const SectionPrintEntrySchema = z.object({
  chars: z.number().int().nonnegative(),
  size: z.number().int().positive(),
  signature: z.string(),
  numbers: z.string(),
})
export type SectionPrintEntry = z.infer<typeof SectionPrintEntrySchema>

export const PrintSectionsSchema = z.object({
  一: SectionPrintEntrySchema.optional(),
  五: SectionPrintEntrySchema.optional(),
  六: SectionPrintEntrySchema.optional(),
})
export type PrintSections = z.infer<typeof PrintSectionsSchema>

export const PrintsFileSchema = z.object({
  /** How the prints were made (src/audit/similarity/codec.ts PRINTS_METHOD): prints of another method are not compared. */
  method: z.string(),
  /** Reports with at least one section long enough to compare, in the snapshot's order. */
  reports: z.array(z.object({ id: z.string(), sections: PrintSectionsSchema })),
})
export type PrintsFile = z.infer<typeof PrintsFileSchema>
