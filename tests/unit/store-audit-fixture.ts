import type { SourcedReport } from '../../src/schema/snapshot'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SNAPSHOT_PRINTS } from '../../src/audit/similarity/codec'
import { buildSnapshot } from '../../src/data/build-snapshot'
import { parseReport } from '../../src/parser'
import { ReportSchema } from '../../src/schema/report'
import { evidenceFileName } from '../../src/schema/snapshot'
import { PAGE } from './store-app'

export const ROOT = join(import.meta.dirname, '../..')
export const FILES = ['breaks/yanchi-approval-2022.txt', 'breaks/yanchi-approval-2023.txt', 'breaks/yanchi-approval-2024.txt'].map(f => `tests/fixtures/audit/${f}`)

function sourced(path: string, raw = readFileSync(join(ROOT, path), 'utf8')): SourcedReport {
  const { text, ...report } = parseReport(raw)
  return { ...ReportSchema.parse(report), file: path, text }
}

/** Three years of one agency (tests/fixtures/audit/README.md) served as a dataset with prints and evidence; `texts` replaces a file's text. */
export function servedAudit(name = 'audit', texts: Record<string, string> = {}) {
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
