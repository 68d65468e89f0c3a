/**
 * The distribution of 内容雷同 shares over a set of report files, to choose
 * and check the threshold of docs/audit.md:
 *
 *   npx tsx scripts/similarity-shares.ts FILE…
 *
 * For every pair of files and every section 一, 五, 六 both have, the share
 * of each one's text found in the other (exact, 5-character shingles,
 * digits folded), labelled by whether the two are the same agency one year
 * apart. Prints one line per pair and section, then quantiles per label.
 */
import { agencyKey } from '../src/audit/agency'
import { overlap, shareOf } from '../src/audit/similarity/compare'
import { PRINT_SECTIONS } from '../src/audit/similarity/prints'
import { reportPrints } from '../src/audit/similarity/report-prints'
import { readReportFile } from './lib/read-report'

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}

async function main(): Promise<void> {
  const files = process.argv.slice(2)
  const reports = await Promise.all(files.map(async (f) => {
    const r = await readReportFile(f)
    return { file: r.file, key: agencyKey(r), year: r.year, prints: reportPrints(r.text, { exact: true }) }
  }))
  const shares: Record<string, number[]> = { 'same agency, next year': [], 'other agency': [], 'same agency, other years': [] }
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const a = reports[i]!
      const b = reports[j]!
      const same = a.key !== null && a.key === b.key
      const label = !same ? 'other agency' : a.year !== null && b.year !== null && Math.abs(a.year - b.year) === 1 ? 'same agency, next year' : 'same agency, other years'
      for (const section of PRINT_SECTIONS) {
        const pa = a.prints[section]
        const pb = b.prints[section]
        if (!pa || !pb)
          continue
        const o = overlap(pa, pb)
        const [sa, sb] = [shareOf(pa, o), shareOf(pb, o)]
        shares[label]!.push(Math.max(sa, sb))
        console.log(`${label}\t${section}\t${a.file} (${a.year})\t${b.file} (${b.year})\t${(sa * 100).toFixed(1)}%\t${(sb * 100).toFixed(1)}%`)
      }
    }
  }
  for (const [label, list] of Object.entries(shares)) {
    if (list.length === 0)
      continue
    const s = [...list].sort((x, y) => x - y)
    console.log(`${label}: ${s.length} section pairs; larger share median ${(quantile(s, 0.5) * 100).toFixed(1)}%, 90th ${(quantile(s, 0.9) * 100).toFixed(1)}%, max ${(s[s.length - 1]! * 100).toFixed(1)}%`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
