import { z } from './zod'
import { AgencyKindSchema, FormatSchema, SourceSchema } from './report'

/** The report metadata columns of the tidy CSV: every row of one report_id must agree on them. */
export const TIDY_META_COLUMNS = [
  'region',
  'prefecture',
  'agency',
  'agency_kind',
  'year',
  'format',
] as const

/** The tidy CSV of spec §7: one row per observation. */
export const TIDY_COLUMNS = [
  'report_id',
  ...TIDY_META_COLUMNS,
  'indicator',
  'value',
  'unit',
  'approx',
  'source',
  'evidence',
] as const
export type TidyColumn = (typeof TIDY_COLUMNS)[number]

/** A cell as PapaParse hands it over: always a string (no dynamic typing). */
const cell = z.string()

/** Empty cell → null; anything else must be what the column holds. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(v => (v === '' ? null : v), schema.nullable())
}

const integer = z.string().trim().regex(/^-?\d+$/, 'not an integer').transform(Number)
// `+ 0` turns -0 into 0: the CSV writes both as 0.
const number = z.string().trim().regex(/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i, 'not a number').transform(v => Number(v) + 0)
const bool = z.string().trim().toLowerCase().pipe(z.enum(['true', 'false', '1', '0'])).transform(v => v === 'true' || v === '1')

/** One CSV row as read, validated and converted. */
export const TidyRowSchema = z.object({
  report_id: cell.trim().min(1, 'report_id is empty'),
  region: optional(cell),
  prefecture: optional(cell),
  agency: optional(cell),
  agency_kind: optional(AgencyKindSchema),
  year: optional(integer.pipe(z.number().int().min(1990).max(2100))),
  format: optional(FormatSchema),
  indicator: cell.trim().min(1, 'indicator is empty'),
  // Range and exactness are checked by the import (src/import/csv-value.ts), which says which.
  value: number,
  unit: cell,
  approx: bool,
  source: SourceSchema,
  evidence: cell,
})
export type TidyRow = z.infer<typeof TidyRowSchema>
