import type { DatasetPart } from '../data/dataset'
import type { ImportBatch } from './batch'
import { decodeColumns } from '../data/columns'
import { SNAPSHOT_PRINTS } from '../audit/similarity/codec'
import { buildSnapshot } from '../data/build-snapshot'

/**
 * An import batch as a dataset part: the same columnar encoding as a
 * snapshot (so a million imported observations are typed arrays too), with
 * the evidence and the audit's section prints kept in memory since there
 * is no file to fetch them from.
 */
export function batchToPart(batch: ImportBatch): Omit<DatasetPart, 'origin'> {
  const snapshot = buildSnapshot(batch.reports, { dataset: 'import', synthetic: false, description: batch.file, withEvidence: true, prints: SNAPSHOT_PRINTS })
  const { reports } = snapshot.reports
  return {
    id: batch.id,
    label: batch.file,
    reports,
    columns: decodeColumns(snapshot.observations, reports.length, batch.file),
    evidence: new Map(snapshot.evidence.map(e => [e.id, e])),
    prints: snapshot.prints ?? undefined,
    replaces: batch.replaces,
  }
}
