import type { Encoding } from '../readers/decode'
import { z } from '../schema/zod'
import { ReportSchema } from '../schema/report'

/** Bump when the stored shape changes; older batches are then migrated or refused, never misread. */
export const BATCH_VERSION = 1

export const SourcedReportSchema = ReportSchema.extend({
  file: z.string().nullable(),
  text: z.string(),
})

/**
 * One import: the reports of one file, as the user accepted them. Stored in
 * IndexedDB as is, and removable as a whole ("remove this import").
 */
export const ImportBatchSchema = z.object({
  version: z.literal(BATCH_VERSION),
  id: z.string().min(1),
  /** ISO time of the import; batches apply in this order. */
  createdAt: z.string(),
  /** The file the reports came from. */
  file: z.string(),
  kind: z.enum(['report', 'csv']),
  /** The text's encoding; null for a PDF or .docx (no text encoding) and a page that does not declare one. */
  encoding: z.enum([
    'utf-8',
    'utf-16le',
    'utf-16be',
    'gb18030',
  ]).nullable(),
  /** Ids of reports loaded before this import that it replaces (hidden while it exists). */
  replaces: z.array(z.string()),
  reports: z.array(SourcedReportSchema),
})
export type ImportBatch = z.infer<typeof ImportBatchSchema>

/** Random enough for ids in one browser profile; sortable by time for reading. */
export function newBatchId(now: Date): string {
  const random = Math.random().toString(36).slice(2, 8)
  return `import-${now.getTime().toString(36)}-${random}`
}

export interface NewBatch {
  file: string
  kind: 'report' | 'csv'
  encoding: Encoding | null
  replaces: string[]
  reports: ImportBatch['reports']
}

export function createBatch(input: NewBatch, now = new Date()): ImportBatch {
  return {
    version: BATCH_VERSION,
    id: newBatchId(now),
    createdAt: now.toISOString(),
    ...input,
  }
}
