import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countMixedAgencyRegions } from '../../src/data/agency-mix'
import { aggregateRegionYear } from '../../src/data/aggregate'
import { combineParts } from '../../src/data/dataset'
import { EMPTY_FILTERS, selectReports } from '../../src/data/filters'
import { snapshotPart } from './snapshot-part'

const DIR = join(import.meta.dirname, '../../data/bundled')
const read = (f: string) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as unknown
const ds = combineParts([snapshotPart({ manifest: read('manifest.json'), reports: read('reports.json'), observations: read('observations.json'), reportsFile: 'reports.json', observationsFile: 'observations.json' } as Parameters<typeof snapshotPart>[0])])

function mixed(kinds: typeof EMPTY_FILTERS.kinds): number {
  const mask = selectReports(ds, { ...EMPTY_FILTERS, kinds }).mask
  return countMixedAgencyRegions(ds, aggregateRegionYear(ds, mask, 'licensing.decisions', 'sum'))
}

describe('counties whose yearly values come from different agencies', () => {
  it('盐池县: the county government\'s 2022 report and the approval bureau\'s 2023 report', () => {
    expect(mixed([])).toBe(1)
  })

  it('none once one agency kind is chosen', () => {
    expect(mixed(['approval-bureau'])).toBe(0)
  })
})
