import type { DatasetPart } from '../../src/data/dataset'
import { describe, expect, it } from 'vitest'
import { isReactive } from 'vue'
import { snapshotPart } from './snapshot-part'
import { useDatasetStore } from '../../src/stores/dataset'
import { fixtureSnapshot } from './data-fixture'
import { fixtureFiles, mountStores, PAGE } from './store-app'

describe('dataset store', () => {
  it('loads and validates a dataset into typed arrays, without deep reactivity', async () => {
    const { run } = await mountStores()
    const data = run(() => useDatasetStore())
    await data.load('fixture')
    expect(data.status).toBe('ready')
    expect(data.dataset!.reports).toHaveLength(6)
    expect(data.dataset!.obsValue).toBeInstanceOf(Float64Array)
    expect(isReactive(data.dataset)).toBe(false)
    expect(isReactive(data.dataset!.reports)).toBe(false)
  })

  it('names the missing file instead of failing silently', async () => {
    const { run } = await mountStores()
    const data = run(() => useDatasetStore())
    await data.load('nope')
    expect(data.status).toBe('error')
    expect(data.error!.file).toBe(`${PAGE}data/nope/manifest.json`)
    expect(data.error!.detail).toMatch(/HTML page|404/)
  })

  it('says which field of which file is malformed', async () => {
    const files = fixtureFiles()
    const url = `${PAGE}data/fixture/reports.json`
    const reports = structuredClone(files.get(url)) as { reports: { year: unknown }[] }
    reports.reports[1]!.year = 'last year'
    files.set(url, reports)
    const { run } = await mountStores('/', files)
    const data = run(() => useDatasetStore())
    await data.load('fixture')
    expect(data.status).toBe('error')
    expect(data.error!.file).toBe(url)
    expect(data.error!.detail).toMatch(/^reports\.1\.year/)
  })

  it('refuses a manifest that points outside the dataset folder', async () => {
    const files = fixtureFiles()
    const url = `${PAGE}data/fixture/manifest.json`
    const manifest = files.get(url) as { files: { reports: string } }
    files.set(url, { ...manifest, files: { ...manifest.files, reports: '../other/reports.json' } })
    const { run } = await mountStores('/', files)
    const data = run(() => useDatasetStore())
    await data.load('fixture')
    expect(data.error!.detail).toMatch(/outside the dataset folder/)
  })

  it('appends an import marked as imported, keeps it across a reload of the dataset, and removes it', async () => {
    const { run } = await mountStores()
    const data = run(() => useDatasetStore())
    await data.load('fixture')
    const s = fixtureSnapshot([importedReport()])
    const part: Omit<DatasetPart, 'origin'> = { ...snapshotPart({ manifest: s.manifest, reports: s.reports, observations: s.observations, reportsFile: 'r', observationsFile: 'o' }), id: 'import-1', label: 'upload.csv' }
    data.addImport(part)
    const ds = data.dataset!
    const r = ds.reportById.get('tongxin-2023')!
    expect(ds.reports).toHaveLength(7)
    expect(ds.parts[ds.reportPart[r]!]!.origin).toBe('imported')

    await data.load('fixture', { force: true })
    expect(data.dataset!.reportById.has('tongxin-2023')).toBe(true)

    data.removeImport('import-1')
    expect(data.dataset!.reports).toHaveLength(6)
    expect(data.dataset!.reportById.has('tongxin-2023')).toBe(false)
  })

  it('fetches a report\'s evidence once and only when asked', async () => {
    const { run, fetcher } = await mountStores()
    const data = run(() => useDatasetStore())
    await data.load('fixture')
    expect(fetcher.calls.some(u => u.includes('/evidence/'))).toBe(false)
    const first = await data.evidence('yanchi-bureau-2023')
    const again = await data.evidence('yanchi-bureau-2023')
    expect(first!.observations[0]!.evidence).toContain('5147')
    expect(again).toBe(first)
    expect(fetcher.calls.filter(u => u.includes('/evidence/'))).toHaveLength(1)
    expect(await data.evidence('no-such-report')).toBeNull()
  })
})

function importedReport() {
  return {
    id: 'tongxin-2023',
    title: null,
    region: '同心县',
    prefecture: '吴忠市',
    province: '宁夏回族自治区',
    agency: '同心县审批服务管理局',
    agencyKind: 'approval-bureau' as const,
    year: 2023,
    format: '2021' as const,
    published: null,
    sourceFormat: 'text' as const,
    observations: [{ indicator: 'licensing.decisions', value: 2100, unit: '件', approx: false, source: 'table' as const, evidence: '行政许可 2100', location: null }],
    checks: [],
    tables: [],
    file: 'upload.csv',
    text: '',
  }
}
