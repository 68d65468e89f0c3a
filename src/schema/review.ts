import { z } from './zod'

/**
 * A reviewer's status of one check (docs/audit.md, "Review"): 待核实
 * (pending, the default of a check nobody has looked at), 已核实 (verified:
 * the reviewer confirmed the problem), 已忽略 (ignored: not a problem; the
 * value is then no longer marked as flagged).
 */
export const REVIEW_STATUSES = ['pending', 'verified', 'ignored'] as const
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES)
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>

/** Longest note kept (a paragraph, not a document). */
export const MAX_NOTE = 2000

/** One review as kept in IndexedDB and in the export files. */
export const ReviewRecordSchema = z.object({
  /** The check's stable key (src/data/check-key.ts). */
  key: z.string().min(1).max(600),
  status: ReviewStatusSchema,
  note: z.string().max(MAX_NOTE).default(''),
  /** When the status or note last changed (ISO 8601). */
  updated: z.iso.datetime({ offset: true }),
})
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>

/** The JSON export's tag: a file without it is not a review file. */
export const REVIEW_FORMAT = 'disclosure-dashboard-review/1'

/** The JSON export: records are validated one by one on import, so one bad record does not lose the others. */
export const ReviewFileSchema = z.object({
  format: z.literal(REVIEW_FORMAT),
  records: z.array(z.unknown()),
})
