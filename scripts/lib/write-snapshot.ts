import type { SnapshotParts } from '../../src/data/build-snapshot'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { evidenceFileName } from '../../src/schema/snapshot'
import { stringifyColumns, stringifyPretty } from './json'

/** Evidence files written at once: enough to keep the disk busy, few enough file handles. */
const CONCURRENCY = 64

export interface WriteOptions {
  /**
   * Indented reports and evidence, for a committed dataset (readable diffs);
   * compact JSON for generated ones that are never committed.
   */
  pretty: boolean
  /** Further files of the dataset by name (e.g. the tidy CSV), written beside the snapshot. */
  extraFiles?: Readonly<Record<string, string>>
}

export interface WrittenBytes {
  reports: number
  observations: number
  evidence: number
}

/**
 * Write a snapshot to `folder` (replacing it): the one writer of the
 * preparse CLI and the synthetic generator. Files go to a temporary sibling
 * first and are swapped in at the end, so a server never serves a
 * half-written dataset.
 */
export async function writeSnapshot(folder: string, snapshot: SnapshotParts, options: WriteOptions): Promise<WrittenBytes> {
  const json = options.pretty ? stringifyPretty : (value: unknown) => JSON.stringify(value)
  const tmp = `${folder}.tmp-${process.pid}`
  await rm(tmp, { recursive: true, force: true })
  await mkdir(tmp, { recursive: true })
  const evidenceDir = snapshot.manifest.files.evidence
  if (evidenceDir !== null)
    await mkdir(join(tmp, evidenceDir), { recursive: true })
  const reports = json(snapshot.reports)
  const observations = stringifyColumns({ ...snapshot.observations })
  await writeFile(join(tmp, 'manifest.json'), stringifyPretty(snapshot.manifest))
  await writeFile(join(tmp, snapshot.manifest.files.reports), reports)
  await writeFile(join(tmp, snapshot.manifest.files.observations), observations)
  if (snapshot.prints && snapshot.manifest.files.prints)
    await writeFile(join(tmp, snapshot.manifest.files.prints), json(snapshot.prints))
  for (const [name, text] of Object.entries(options.extraFiles ?? {}))
    await writeFile(join(tmp, name), text)
  let evidence = 0
  for (let i = 0; i < snapshot.evidence.length; i += CONCURRENCY) {
    await Promise.all(snapshot.evidence.slice(i, i + CONCURRENCY).map((e) => {
      const text = json(e)
      evidence += Buffer.byteLength(text)
      return writeFile(join(tmp, evidenceDir ?? 'evidence', evidenceFileName(e.id)), text)
    }))
  }
  await rm(folder, { recursive: true, force: true })
  await rename(tmp, folder)
  return { reports: Buffer.byteLength(reports), observations: Buffer.byteLength(observations), evidence }
}
