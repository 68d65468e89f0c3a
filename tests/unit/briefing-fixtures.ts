import type { BriefingReport } from '../../src/audit/briefing'
import type { Check } from '../../src/schema/report'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { auditInput } from '../../src/audit/input'
import { parseReport } from '../../src/parser'

/**
 * Real-shaped reports for the briefing: the five seeds parsed from data/raw
 * (中宁县 2019, 灵武市 2021, 盐池县 2022 and 2023, 沙坡头区 2023) and 洪泽区人民政府
 * 2023 and 2024 from the corpus goldens (values read by eye from the PDFs),
 * with publication dates set so that 2024 is late and 2023 on time.
 */

const ROOT = join(import.meta.dirname, '../..')

export function seedReports(): BriefingReport[] {
  const dir = join(ROOT, 'data/raw')
  return readdirSync(dir).sort().map((name) => {
    const report = parseReport(readFileSync(join(dir, name), 'utf8'), { file: name })
    return { ...auditInput(report), checks: report.checks }
  })
}

interface Golden {
  meta: { region: string, prefecture: string, province: string | null, agency: string, agencyKind: BriefingReport['agencyKind'], year: number, format: BriefingReport['format'] }
  values: Record<string, { value: number, source: string }>
}

export function hongze(year: 2023 | 2024, published: string | null, checks: Check[] = []): BriefingReport {
  const golden = JSON.parse(readFileSync(join(ROOT, `tests/fixtures/golden-corpus/hongze-${year}.json`), 'utf8')) as Golden
  const values = new Map<string, number>()
  for (const [id, v] of Object.entries(golden.values)) {
    if (v.source !== 'derived')
      values.set(id, v.value)
  }
  const { region, prefecture, province, agency, agencyKind, format } = golden.meta
  return { id: `hongze-${year}`, region, prefecture, province, agency, agencyKind, year, format, published, values, checks }
}
