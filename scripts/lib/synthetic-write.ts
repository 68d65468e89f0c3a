import type { SnapshotParts } from '../../src/export/snapshot'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { evidenceFileName } from '../../src/export/snapshot'
import { stringifyColumns, stringifyPretty } from './json'

/** Evidence files written at once: enough to keep the disk busy, few enough file handles. */
const CONCURRENCY = 64

export interface WrittenBytes {
  reports: number
  observations: number
  evidence: number
}

/**
 * Write a snapshot to `folder` (replacing it). Files go to a temporary
 * sibling first and are swapped in at the end, so a server never serves a
 * half-written dataset. Compact JSON: these files are never committed.
 */
export async function writeSnapshot(folder: string, snapshot: SnapshotParts): Promise<WrittenBytes> {
  const tmp = `${folder}.tmp-${process.pid}`
  await rm(tmp, { recursive: true, force: true })
  await mkdir(tmp, { recursive: true })
  if (snapshot.manifest.files.evidence !== null)
    await mkdir(join(tmp, snapshot.manifest.files.evidence), { recursive: true })
  const reports = JSON.stringify(snapshot.reports)
  const observations = stringifyColumns({ ...snapshot.observations })
  await writeFile(join(tmp, 'manifest.json'), stringifyPretty(snapshot.manifest))
  await writeFile(join(tmp, 'reports.json'), reports)
  await writeFile(join(tmp, 'observations.json'), observations)
  let evidence = 0
  for (let i = 0; i < snapshot.evidence.length; i += CONCURRENCY) {
    await Promise.all(snapshot.evidence.slice(i, i + CONCURRENCY).map((e) => {
      const json = JSON.stringify(e)
      evidence += Buffer.byteLength(json)
      return writeFile(join(tmp, 'evidence', evidenceFileName(e.id)), json)
    }))
  }
  await rm(folder, { recursive: true, force: true })
  await rename(tmp, folder)
  return { reports: Buffer.byteLength(reports), observations: Buffer.byteLength(observations), evidence }
}
