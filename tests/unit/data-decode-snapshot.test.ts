import type { SnapshotFileBytes } from '../../src/data/fetch-files'
import { describe, expect, it } from 'vitest'
import { decodeSnapshot, decodeSnapshotFile } from '../../src/data/decode-snapshot'
import { loadedSnapshot, snapshotFileJobs } from '../../src/data/loaded-snapshot'
import { fixtureSnapshot } from './data-fixture'

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer

function files(change: { manifest?: object } = {}): SnapshotFileBytes {
  const s = fixtureSnapshot()
  const folder = 'https://example.test/data/fixture/'
  return {
    folder,
    manifestUrl: `${folder}manifest.json`,
    manifest: { ...s.manifest, ...change.manifest },
    reportsUrl: `${folder}reports.json`,
    reports: bytes(s.reports),
    observationsUrl: `${folder}observations.json`,
    observations: bytes(s.observations),
  }
}

describe('decoding a snapshot file by file (a worker each at scale)', () => {
  it('gives the snapshot that decoding both files together gives', () => {
    const whole = decodeSnapshot(files())
    const [reports, observations] = snapshotFileJobs(files()).map(decodeSnapshotFile)
    expect(reports!.file).toBe('reports')
    expect(observations!.file).toBe('observations')
    const apart = loadedSnapshot(reports as never, observations as never)
    expect(apart.manifest).toEqual(whole.manifest)
    expect(apart.printsUrl).toBe(whole.printsUrl)
    expect(apart.part.reports).toEqual(whole.part.reports)
    expect([...apart.part.columns.value]).toEqual([...whole.part.columns.value])
    expect([...apart.part.columns.reportOffsets]).toEqual([...whole.part.columns.reportOffsets])
  })

  it('checks the observations against the manifest\'s report count on their own, naming their file', () => {
    const [, observations] = snapshotFileJobs(files({ manifest: { reportCount: 5 } }))
    expect(() => decodeSnapshotFile(observations)).toThrow(expect.objectContaining({ file: 'https://example.test/data/fixture/observations.json' }))
  })
})
