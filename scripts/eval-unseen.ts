/**
 * Recall and precision of the parser on held-out real reports.
 *
 *   npx tsx scripts/eval-unseen.ts DIR [--verbose] [--only PREFIX]
 *
 * DIR holds the report files named in tests/fixtures/unseen/truth.json (the
 * values a careful reader finds in each, with the report's source address).
 * The reports themselves are not kept in the repository: fetch them from the
 * addresses given; reports missing from DIR are skipped (a set at a time). A parser value is right when it equals the reader's, wrong
 * when it differs or the reader found no such value; `unscored` indicators
 * (a value the text does not settle) count neither way. Results are in
 * docs/parser.md, "Unseen reports".
 */

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseReport } from '../src/parser/index'

interface TruthEntry { source: string, values: Record<string, number>, unscored?: string[], textValues?: string[] }
interface Tally { found: number, right: number, wrong: number, missed: number }

const TABLE_PREFIXES = ['regulations.', 'normative_docs.', 'licensing.', 'penalty.', 'coercion.', 'fees.', 'applications.', 'review.', 'litigation.']
const isTableKind = (id: string) => TABLE_PREFIXES.some(p => id.startsWith(p))

function empty(): Tally {
  return { found: 0, right: 0, wrong: 0, missed: 0 }
}

function add(t: Tally, u: Tally): void {
  t.found += u.found
  t.right += u.right
  t.wrong += u.wrong
  t.missed += u.missed
}

const [dir, ...flags] = process.argv.slice(2)
if (!dir) {
  console.error('usage: npx tsx scripts/eval-unseen.ts DIR [--verbose] [--only PREFIX]')
  process.exit(2)
}
const verbose = flags.includes('--verbose')
const only = flags.includes('--only') ? flags[flags.indexOf('--only') + 1] ?? '' : ''
const truth = JSON.parse(readFileSync(join(import.meta.dirname, '../tests/fixtures/unseen/truth.json'), 'utf8')) as { reports: Record<string, TruthEntry> }

const totals = { table: empty(), text: empty() }
const absent: string[] = []
const pct = (a: number, b: number) => (b === 0 ? '—' : `${(100 * a / b).toFixed(0)} %`)
for (const [file, entry] of Object.entries(truth.reports)) {
  if (!file.startsWith(only))
    continue
  if (!existsSync(join(dir, file))) {
    absent.push(file)
    continue
  }
  const report = parseReport(readFileSync(join(dir, file), 'utf8'), { file })
  const got = new Map(report.observations.filter(o => o.source !== 'derived').map(o => [o.indicator, o.value]))
  const tally = { table: empty(), text: empty() }
  const isTable = (id: string) => isTableKind(id) && !entry.textValues?.includes(id)
  const notes: string[] = []
  for (const [id, value] of Object.entries(entry.values)) {
    const t = tally[isTable(id) ? 'table' : 'text']
    t.found++
    const v = got.get(id)
    if (v === undefined) {
      t.missed++
      notes.push(`  missed ${id} = ${value}`)
    }
    else if (v === value) {
      t.right++
    }
    else {
      t.wrong++
      notes.push(`  WRONG ${id}: ${v} (reader: ${value})`)
    }
  }
  for (const [id, v] of got) {
    if (id in entry.values || entry.unscored?.includes(id))
      continue
    tally[isTable(id) ? 'table' : 'text'].wrong++
    notes.push(`  WRONG ${id}: ${v} (reader: not stated)`)
  }
  add(totals.table, tally.table)
  add(totals.text, tally.text)
  const line = (t: Tally) => `${t.right}/${t.found} right, ${t.wrong} wrong`
  console.log(`${file}: table ${line(tally.table)}; text ${line(tally.text)}`)
  if (verbose) {
    for (const n of notes)
      console.log(n)
    for (const c of report.checks.filter(c => c.severity !== 'info' || c.id.startsWith('text.')))
      console.log(`  check ${c.id}${c.variant ? `/${c.variant}` : ''}: ${c.message.slice(0, 160)}`)
  }
}
if (absent.length > 0)
  console.log(`not in ${dir} (not scored): ${absent.length} reports`)
for (const [name, t] of Object.entries(totals))
  console.log(`${name}: reader ${t.found}, parser right ${t.right}, wrong ${t.wrong}, missed ${t.missed} — recall ${pct(t.right, t.found)}, precision ${pct(t.right, t.right + t.wrong)}`)
