/**
 * The audit CLI (spec §6): parse the files together and print the results
 * across reports.
 *
 *   npm run --silent audit -- --json FILE…   a JSON array of { id, severity, message, reports, indicator?, values? }
 *   npm run --silent audit -- FILE…          one line per result, in --lang zh (default) or en
 *
 * Files are read as the parse CLI reads them (text, web page, PDF, .docx).
 * Exit status 0 unless an argument is wrong (2).
 */

import type { CliAuditResult } from '../src/schema/audit'
import { auditInput } from '../src/audit/input'
import { runAudit } from '../src/audit/index'
import { reportPrints } from '../src/audit/similarity/report-prints'
import { renderCheck } from '../src/catalog/checks'
import { CliAuditResultSchema } from '../src/schema/audit'
import { readReportFile } from './lib/read-report'

/** A wrong command line: message to stderr, exit status 2. */
class UsageError extends Error {}

const USAGE = `usage:
  npm run --silent audit -- --json FILE [FILE…]
  npm run --silent audit -- [--lang zh|en] FILE [FILE…]`

interface Args { json: boolean, lang: 'zh' | 'en', files: string[] }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, lang: 'zh', files: [] }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--json')
      args.json = true
    else if (a === '--lang') {
      const v = argv[++i]
      if (v !== 'zh' && v !== 'en')
        throw new UsageError('--lang takes zh or en.')
      args.lang = v
    }
    else if (a === '--help' || a === '-h')
      throw new UsageError('')
    else if (a.startsWith('--'))
      throw new UsageError(`unknown argument ${a}.`)
    else
      args.files.push(a)
  }
  if (args.files.length === 0)
    throw new UsageError('give at least one FILE.')
  return args
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const reports = []
  for (const f of args.files)
    reports.push(await readReportFile(f))
  const results = runAudit(reports.map(r => auditInput(r, reportPrints(r.text, { exact: true }))))
  if (args.json) {
    const out: CliAuditResult[] = results.map(({ id, severity, message, reports, indicator, values }) =>
      CliAuditResultSchema.parse({ id, severity, message, reports, indicator, values }))
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
    return
  }
  const files = new Map(reports.map(r => [r.id, r.file]))
  for (const r of results)
    process.stdout.write(`${r.severity}\t${r.id}\t${renderCheck(r, args.lang)}\t${r.reports.map(id => files.get(id) ?? id).join(' → ')}\n`)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    if (error.message)
      console.error(`audit: ${error.message}`)
    console.error(USAGE)
    process.exit(2)
  }
  console.error(error)
  process.exit(1)
})
