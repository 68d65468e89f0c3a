import type { SourcedReport } from '../../src/schema/snapshot'
import type { EvidenceFile } from '../../src/schema/snapshot'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { combineParts } from '../../src/data/dataset'
import { toTidyCsv } from '../../src/export/tidy-csv'
import { createBatch } from '../../src/import/batch'
import { datasetTidySources } from '../../src/import/dataset-csv'
import { processFile } from '../../src/import/process-file'
import { batchToPart } from '../../src/import/to-part'
import { parseReport } from '../../src/parser'

const RAW = join(import.meta.dirname, '../../data/raw')

const bundled: SourcedReport[] = readdirSync(RAW).filter(f => f.endsWith('.txt')).sort().map((file) => {
  const { text, ...report } = parseReport(readFileSync(join(RAW, file), 'utf8'), { file })
  return { ...report, file, text }
})

function partOf(reports: SourcedReport[], origin: 'bundled' | 'imported', replaces: string[] = []) {
  const batch = createBatch({ file: 'f', kind: 'csv', encoding: 'utf-8', replaces, reports })
  return { ...batchToPart(batch), origin }
}

/** The CSV-carried view of reports, by id. */
function carried(reports: readonly SourcedReport[]) {
  return [...reports]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(r => ({
      id: r.id,
      region: r.region,
      prefecture: r.prefecture,
      agency: r.agency,
      agencyKind: r.agencyKind,
      year: r.year,
      format: r.format,
      observations: r.observations.map(({ location: _, ...o }) => o),
    }))
}

const imported: SourcedReport = {
  ...bundled[0]!,
  id: 'imported-yanchi-2024',
  year: 2024,
  file: 'x.csv',
  observations: [{ indicator: 'hall.cases', value: 5000, unit: '件', approx: true, source: 'text', evidence: '=年办件量5000余件', location: null }],
}

describe('the loaded dataset with imports', () => {
  it('hides a replaced report while the replacing import is loaded', () => {
    const original = bundled[0]!
    const replacement = { ...original, id: 'replacement', file: 'new.txt' }
    const base = partOf(bundled, 'bundled')
    const withReplace = combineParts([base, partOf([replacement], 'imported', [original.id])])
    expect(withReplace.reportById.has(original.id)).toBe(false)
    expect(withReplace.reportById.has('replacement')).toBe(true)
    expect(withReplace.reports).toHaveLength(bundled.length)
    // Removing the import brings the original back.
    expect(combineParts([base]).reportById.has(original.id)).toBe(true)
  })

  it('a replacing import with the same id wins over the report it replaces', () => {
    const newer = { ...bundled[1]!, observations: bundled[1]!.observations.slice(0, 1) }
    const ds = combineParts([partOf(bundled, 'bundled'), partOf([newer], 'imported', [newer.id])])
    const r = ds.reportById.get(newer.id)!
    expect(ds.parts[ds.reportPart[r]!]!.origin).toBe('imported')
    expect(ds.reportOffsets[r + 1]! - ds.reportOffsets[r]!).toBe(1)
  })

  it('exports bundled and imported data as tidy CSV that imports back to the same data', () => {
    const parts = [partOf(bundled, 'bundled'), partOf([imported], 'imported')]
    const ds = combineParts(parts)
    const evidence = new Map<string, EvidenceFile>()
    for (const part of parts) {
      for (const [id, file] of part.evidence ?? [])
        evidence.set(id, file)
    }
    const bytes = new TextEncoder().encode(toTidyCsv(datasetTidySources(ds, evidence)))
    const back = processFile('all.csv', bytes)
    expect(back.kind).toBe('csv')
    if (back.kind !== 'csv')
      return
    expect(back.csv.rejected).toEqual([])
    expect(carried(back.csv.reports)).toEqual(carried([...bundled, imported]))
  })
})
