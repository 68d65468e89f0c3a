import type { ImportBatch } from './batch'

/** A loaded import as the "imported data" list shows it (without its reports). */
export interface ImportInfo {
  id: string
  file: string
  kind: ImportBatch['kind']
  encoding: ImportBatch['encoding']
  createdAt: string
  reportCount: number
  observationCount: number
  /** Reports it replaces (hidden while it is loaded). */
  replaces: string[]
  /** False when saving failed (quota, private window): gone after a reload. */
  persisted: boolean
}

export function infoOf(batch: ImportBatch, persisted: boolean): ImportInfo {
  return {
    id: batch.id,
    file: batch.file,
    kind: batch.kind,
    encoding: batch.encoding,
    createdAt: batch.createdAt,
    reportCount: batch.reports.length,
    observationCount: batch.reports.reduce((n, r) => n + r.observations.length, 0),
    replaces: batch.replaces,
    persisted,
  }
}
