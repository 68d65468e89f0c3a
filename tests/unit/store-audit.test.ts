import type { SourcedReport } from '../../src/schema/snapshot'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SNAPSHOT_PRINTS } from '../../src/audit/similarity/codec'
import { buildSnapshot } from '../../src/data/build-snapshot'
import { listAuditChecks } from '../../src/data/checks'
import { parseReport } from '../../src/parser'
import { ReportSchema } from '../../src/schema/report'
import { evidenceFileName } from '../../src/schema/snapshot'
import { useAuditStore } from '../../src/stores/audit'
import { useDatasetStore } from '../../src/stores/dataset'
import { mountStores, PAGE } from './store-app'

const ROOT = join(import.meta.dirname, '../..')
const FILES = ['breaks/yanchi-approval-2022.txt', 'breaks/yanchi-approval-2023.txt', 'breaks/yanchi-approval-2024.txt'].map(f => `tests/fixtures/audit/${f}`)

function sourced(path: string, raw = readFileSync(join(ROOT, path), 'utf8')): SourcedReport {
  const { text, ...report } = parseReport(raw)
  return { ...ReportSchema.parse(report), file: path, text }
}

/** Three years of one agency (tests/fixtures/audit/README.md) served as a dataset with prints and evidence; `texts` replaces a file's text. */
function served(name = 'audit', texts: Record<string, string> = {}) {
  const reports = FILES.map(f => sourced(f, texts[f]))
  const s = buildSnapshot(reports, { dataset: name, synthetic: false, description: 'audit fixtures', withEvidence: true, prints: SNAPSHOT_PRINTS })
  const base = `${PAGE}data/${name}/`
  const files = new Map<string, unknown>([
    [`${base}manifest.json`, s.manifest],
    [`${base}reports.json`, s.reports],
    [`${base}observations.json`, s.observations],
    [`${base}prints.json`, s.prints],
  ])
  for (const e of s.evidence)
    files.set(`${base}evidence/${encodeURIComponent(evidenceFileName(e.id))}`, e)
  return { files, ids: reports.map(r => r.id) }
}

describe('the audit store', () => {
  it('runs the audit over the loaded dataset once a view asks, fetching the prints then', async () => {
    const { files, ids: [y2022, y2023, y2024] } = served()
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

  it('keeps a sure estimate (≈), and measures one near the threshold again on the two texts', async () => {
    // 2024's section 五: the first 45 % of 2023's, then the 2025 fixture's own words.
    const path2024 = 'tests/fixtures/audit/breaks/yanchi-approval-2024.txt'
    const text2023 = readFileSync(join(ROOT, FILES[1]!), 'utf8')
    const own = readFileSync(join(ROOT, 'tests/fixtures/audit/breaks/yanchi-approval-2025.txt'), 'utf8')
    const five = (t: string) => t.slice(t.indexOf('五、存在的主要问题及改进情况') + 15, t.indexOf('六、其他需要报告的事项'))
    const partly = five(text2023).slice(0, Math.round(five(text2023).length * 0.45)) + five(own)
    const text2024 = readFileSync(join(ROOT, path2024), 'utf8').replace(five(readFileSync(join(ROOT, path2024), 'utf8')), `\n${partly}\n`)
    const { files } = served('audit', { [path2024]: text2024 })
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
    const { files, ids } = served()
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
    expect(carry.links).toEqual([{ id: y2022, label: '盐池县审批服务管理局 2022' }, { id: y2023, label: '盐池县审批服务管理局 2023' }])
    const mask = new Uint8Array(ds.reports.length).fill(1)
    mask[ds.reportById.get(y2023)!] = 0
    expect(listAuditChecks(ds, mask, audit.results).some(r => r.check === 'continuity.applications')).toBe(false)
  })
})
