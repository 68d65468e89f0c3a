import type { DatasetPart } from '../data/dataset'
import type { ImportBatch } from './batch'
import { decodeColumns } from '../data/columns'
import { buildSnapshot } from '../data/build-snapshot'

/**
 * An import batch as a dataset part: the same columnar encoding as a
 * snapshot (so a million imported observations are typed arrays too), with
 * the evidence kept in memory since there is no file to fetch it from.
 */
export function batchToPart(batch: ImportBatch): Omit<DatasetPart, 'origin'> {
  const snapshot = buildSnapshot(batch.reports, { dataset: 'import', synthetic: false, description: batch.file, withEvidence: true })
  const { reports } = snapshot.reports
  return {
    id: batch.id,
    label: batch.file,
    reports,
    columns: decodeColumns(snapshot.observations, reports.length, batch.file),
    evidence: new Map(snapshot.evidence.map(e => [e.id, e])),
    replaces: batch.replaces,
  }
}
