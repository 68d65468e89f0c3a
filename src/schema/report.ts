import { z } from './zod'

/**
 * The report model of spec §2–§5. Every type that crosses a boundary (parser
 * output, preparsed files, imports) is z.infer of a schema in this folder.
 */

export const AGENCY_KINDS = ['approval-bureau', 'service-center', 'county-government', 'other'] as const
export const AgencyKindSchema = z.enum(AGENCY_KINDS)
export type AgencyKind = z.infer<typeof AgencyKindSchema>

export const FORMATS = ['2019', '2021'] as const
export const FormatSchema = z.enum(FORMATS)
export type Format = z.infer<typeof FormatSchema>

export const SOURCES = ['table', 'text', 'derived'] as const
export const SourceSchema = z.enum(SOURCES)
export type Source = z.infer<typeof SourceSchema>

/** What a report file was, as published (spec §2 `sourceFormat`). */
export const SOURCE_FORMATS = ['text', 'html', 'pdf', 'docx'] as const
export const SourceFormatSchema = z.enum(SOURCE_FORMATS)
export type SourceFormat = z.infer<typeof SourceFormatSchema>

/** An ISO calendar date, 2024-01-22. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const SEVERITIES = ['error', 'warning', 'info'] as const
export const SeveritySchema = z.enum(SEVERITIES)
export type Severity = z.infer<typeof SeveritySchema>

export const ObservationSchema = z.object({
  indicator: z.string().min(1),
  value: z.number().finite(),
  unit: z.string(),
  approx: z.boolean(),
  source: SourceSchema,
  evidence: z.string(),
})
export type Observation = z.infer<typeof ObservationSchema>

/** Values filling a check's message templates (src/catalog/checks.ts). */
export const CheckParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]))
export type CheckParams = z.infer<typeof CheckParamsSchema>

export const CheckSchema = z.object({
  id: z.string().min(1),
  severity: SeveritySchema,
  /** The English message (CLI, logs); the UI renders the templates of `id`/`variant` with `params`. */
  message: z.string(),
  /** Which of the id's templates says this case (e.g. table.shape: short_rows). */
  variant: z.string().optional(),
  params: CheckParamsSchema.optional(),
  /** The indicator the check concerns, when one. */
  indicator: z.string().optional(),
  /** The 1-based line of the report text the check concerns (a table row, a sentence). */
  line: z.number().int().positive().optional(),
})
export type Check = z.infer<typeof CheckSchema>

/** Metadata of one report; a field the parser could not find is null. */
export const ReportMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  region: z.string().nullable(),
  prefecture: z.string().nullable(),
  province: z.string().nullable(),
  agency: z.string().nullable(),
  agencyKind: AgencyKindSchema.nullable(),
  year: z.number().int().nullable(),
  format: FormatSchema.nullable(),
  /** The publication date where the document states it (page 发布时间, signature date); else null. */
  published: IsoDateSchema.nullable().default(null),
  /** What the file was; null for reports that came as tidy-CSV rows. */
  sourceFormat: SourceFormatSchema.nullable().default(null),
})
export type ReportMeta = z.infer<typeof ReportMetaSchema>

/** A report's metadata fields only, in the contract's order. */
export function reportMeta(r: ReportMeta): ReportMeta {
  return { id: r.id, title: r.title, region: r.region, prefecture: r.prefecture, province: r.province, agency: r.agency, agencyKind: r.agencyKind, year: r.year, format: r.format, published: r.published, sourceFormat: r.sourceFormat }
}

/** Where an observation sits in the source text (1-based lines), for highlighting. */
export const LocationSchema = z.object({
  line: z.number().int().positive(),
  /** Last line, when the evidence spans several (a table category's sub-rows). */
  endLine: z.number().int().positive(),
})
export type Location = z.infer<typeof LocationSchema>

/** One of the report's tables (sections 二–四) as the parser read it. */
export const ParsedTableSchema = z.object({
  section: z.enum(['二', '三', '四']),
  caption: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.object({
    label: z.string(),
    /** null = blank or lost in conversion (absent, not 0). */
    cells: z.array(z.number().nullable()),
    /** Cells the parser inferred rather than read (e.g. a lost 总计). */
    inferred: z.array(z.boolean()).optional(),
    line: z.number().int().positive().nullable(),
  })),
})
export type ParsedTable = z.infer<typeof ParsedTableSchema>

export const ReportSchema = ReportMetaSchema.extend({
  observations: z.array(ObservationSchema.extend({ location: LocationSchema.nullable() })),
  checks: z.array(CheckSchema),
  tables: z.array(ParsedTableSchema),
})
/** Parser output: the report, its observations with locations, checks and tables. */
export type Report = z.infer<typeof ReportSchema>
export type LocatedObservation = Report['observations'][number]

/** The `--json` output of spec §6: exactly the contract's keys. */
export const CliReportSchema = z.object({
  file: z.string(),
  ...ReportMetaSchema.shape,
  observations: z.array(ObservationSchema),
  checks: z.array(CheckSchema.pick({ id: true, severity: true, message: true })),
})
export type CliReport = z.infer<typeof CliReportSchema>
