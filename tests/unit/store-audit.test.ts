import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditColumns, columnsAuditInputs, datasetAuditInputs } from '../../src/audit/dataset-input'
import { runAudit } from '../../src/audit/index'
import { listAuditChecks } from '../../src/data/checks'
import { reportObservations } from '../../src/data/report-observations'
import { useAuditStore } from '../../src/stores/audit'
import { useDatasetStore } from '../../src/stores/dataset'
import { mountStores } from './store-app'
import { FILES, ROOT, servedAudit } from './store-audit-fixture'

describe('the audit store', () => {
  it('runs the audit over the loaded dataset once a view asks, fetching the prints then', async () => {
    const { files, ids: [y2022, y2023, y2024] } = servedAudit()
    const { run, fetcher } = await mountStores('/', files)
    const data = run(() => useDatasetStore())
    const audit = run(() => useAuditStore())
    await data.load('audit')
    expect(fetcher.calls.some(u => u.endsWith('prints.json'))).toBe(false)
    expect(audit.results).toEqual([])

    await audit.prepare()
    expect(audit.status).toBe('ready')
    const byId = (id: string) => audit.results.filter(r => r.id === id).map(r => r.reports)
    expect(byId('continuity.applications')).toEqual([[y2022, y2023]])
    expect(byId('similarity.previous_year')).toEqual([[y2023, y2024], [y2023, y2024]])
  })

  it('sends the worker the dataset\'s columns, which survive the copy and audit the same', async () => {
    const { files } = servedAudit()
    const { run } = await mountStores('/', files)
    const data = run(() => useDatasetStore())
    await data.load('audit')
    const ds = data.dataset!
    const columns = auditColumns(ds)
    // The observation columns are the dataset's own typed arrays (copied at memory speed), not value maps.
    expect(columns.obsValue).toBe(ds.obsValue)
    expect(columns.obsValue).toBeInstanceOf(Float64Array)
    // The report fields: a short list of distinct values and a code per report each.
    expect(columns.meta.region.values).toEqual(['盐池县'])
    expect([...columns.meta.region.codes]).toEqual([0, 0, 0])
    expect(columns.meta.year.values).toEqual(ds.reports.map(r => r.year))
    const prints = new Map()
    const here = runAudit(columnsAuditInputs(columns, prints))
    // What the worker receives: a structured clone of the request.
    const sent = structuredClone({ columns, prints })
    expect(runAudit(columnsAuditInputs(sent.columns, sent.prints))).toEqual(here)
    // And the same as from the dataset itself.
    expect(here).toEqual(runAudit(datasetAuditInputs(ds, prints)))
    expect(here.some(r => r.id === 'continuity.applications')).toBe(true)
  })

  it('keeps a sure estimate (≈), and measures one near the threshold again on the two texts', async () => {
    // 2024's section 五: the first 45 % of 2023's, then the 2025 fixture's own words.
    const path2024 = 'tests/fixtures/audit/breaks/yanchi-approval-2024.txt'
    const text2023 = readFileSync(join(ROOT, FILES[1]!), 'utf8')
    const own = readFileSync(join(ROOT, 'tests/fixtures/audit/breaks/yanchi-approval-2025.txt'), 'utf8')
    const five = (t: string) => t.slice(t.indexOf('五、存在的主要问题及改进情况') + 15, t.indexOf('六、其他需要报告的事项'))
    const partly = five(text2023).slice(0, Math.round(five(text2023).length * 0.45)) + five(own)
    const text2024 = readFileSync(join(ROOT, path2024), 'utf8').replace(five(readFileSync(join(ROOT, path2024), 'utf8')), `\n${partly}\n`)
    const { files } = servedAudit('audit', { [path2024]: text2024 })
    const { run, fetcher } = await mountStores('/', files)
    const data = run(() => useDatasetStore())
    const audit = run(() => useAuditStore())
    await data.load('audit')
    await audit.prepare()
    const shares = Object.fromEntries(audit.results.filter(r => r.id === 'similarity.previous_year').map(r => [r.params!.section, String(r.params!.share)]))
    // 六 (98 %) is sure from its estimate; 五 was measured on the texts: an exact share, no ≈.
    expect(shares['六']).toMatch(/^≈\d+$/)
    expect(shares['五']).toMatch(/^\d+$/)
    expect(Number(shares['五'])).toBeGreaterThanOrEqual(50)
    expect(Number(shares['五'])).toBeLessThan(70)
    expect(fetcher.calls.filter(u => u.includes('/evidence/'))).toHaveLength(2)
  })

  it('lists each result under this year\'s report with a link to every report it reads', async () => {
    const { files, ids } = servedAudit()
    const [y2022, y2023] = [ids[0]!, ids[1]!]
    const { run } = await mountStores('/', files)
    const data = run(() => useDatasetStore())
    const audit = run(() => useAuditStore())
    await data.load('audit')
    await audit.prepare()
    const ds = data.dataset!
    const rows = listAuditChecks(ds, new Uint8Array(ds.reports.length).fill(1), audit.results)
    const carry = rows.find(r => r.check === 'continuity.applications')!
    expect(carry.reportId).toBe(y2023)
    expect(carry.links!.map(l => [l.id, l.label])).toEqual([[y2022, '盐池县审批服务管理局 2022'], [y2023, '盐池县审批服务管理局 2023']])
    // Each link opens its report at the observation the rule compared, not at the top.
    for (const link of carry.links!) {
      const observations = reportObservations(ds, ds.reportById.get(link.id)!)
      expect(observations[Number(link.target.obs)]!.indicator).toBe('applications.carried_in')
    }
    const mask = new Uint8Array(ds.reports.length).fill(1)
    mask[ds.reportById.get(y2023)!] = 0
    expect(listAuditChecks(ds, mask, audit.results).some(r => r.check === 'continuity.applications')).toBe(false)
  })
})
