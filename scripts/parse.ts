/**
 * The preparse CLI (spec §6).
 *
 *   npm run parse                         data/raw/* → data/bundled/ (the snapshot the app loads)
 *   npm run --silent parse -- --json F…   parse just those files, print a JSON array to stdout
 *
 * Options for the first form: --raw DIR (default data/raw), --out DIR
 * (default data/bundled). Exit status 0 unless an argument is wrong (2).
 */

import type { SourcedReport } from '../src/schema/snapshot'
import type { CliReport } from '../src/schema/report'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { SNAPSHOT_PRINTS } from '../src/audit/similarity/codec'
import { z } from '../src/schema/zod'
import { buildSnapshot } from '../src/data/build-snapshot'
import { toTidyCsv } from '../src/export/tidy-csv'
import { formatByName } from '../src/readers/formats'
import { CliReportSchema, reportMeta, ReportSchema } from '../src/schema/report'
import { EvidenceFileSchema, ManifestSchema, ObservationColumnsSchema, PrintsFileSchema, ReportsFileSchema } from '../src/schema/snapshot'
import { readReportFile } from './lib/read-report'
import { writeSnapshot } from './lib/write-snapshot'

/** A wrong command line: message to stderr, exit status 2. */
class UsageError extends Error {}

const USAGE = `usage:
  npm run parse [-- --raw DIR --out DIR]
  npm run --silent parse -- --json FILE [FILE…]`

interface Args { json: string[] | null, raw: string, out: string }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: null, raw: 'data/raw', out: 'data/bundled' }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--json') {
      args.json = argv.slice(i + 1)
      if (args.json.length === 0)
        throw new UsageError('--json needs at least one FILE.')
      if (args.json.some(f => f.startsWith('--')))
        throw new UsageError('--json takes only file names after it.')
      break
    }
    if (a === '--raw' || a === '--out') {
      const v = argv[++i]
      if (!v)
        throw new UsageError(`${a} needs a directory.`)
      args[a === '--raw' ? 'raw' : 'out'] = v
      continue
    }
    if (a === '--help' || a === '-h')
      throw new UsageError('')
    throw new UsageError(`unknown argument ${a}.`)
  }
  return args
}

function toCliReport(r: Awaited<ReturnType<typeof readReportFile>>): CliReport {
  return CliReportSchema.parse({
    file: r.file,
    ...reportMeta(r),
    observations: r.observations.map(({ indicator, value, unit, approx, source, evidence }) => ({ indicator, value, unit, approx, source, evidence })),
    checks: r.checks,
  })
}

async function printJson(files: readonly string[]): Promise<void> {
  const reports = []
  for (const f of files)
    reports.push(toCliReport(await readReportFile(f)))
  process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`)
}

async function preparse(rawDir: string, outDir: string): Promise<void> {
  let names: string[]
  try {
    names = (await readdir(rawDir)).filter(n => formatByName(n) !== null).sort()
  }
  catch {
    throw new UsageError(`cannot read the report folder ${rawDir}.`)
  }
  const reports: SourcedReport[] = []
  for (const name of names) {
    const r = await readReportFile(join(rawDir, name))
    const { file, text, ...report } = r
    reports.push({ ...ReportSchema.parse(report), file, text })
  }
  const snapshot = buildSnapshot(reports, {
    dataset: 'bundled',
    synthetic: false,
    description: `${reports.length} 份真实年报 · ${reports.length} real annual reports (data/raw)`,
    withEvidence: true,
    prints: SNAPSHOT_PRINTS,
  })

  // Validate what the app will load with the same schemas the app uses.
  ManifestSchema.parse(snapshot.manifest)
  ReportsFileSchema.parse(snapshot.reports)
  ObservationColumnsSchema.parse(snapshot.observations)
  z.array(EvidenceFileSchema).parse(snapshot.evidence)
  PrintsFileSchema.parse(snapshot.prints)

  const byId = new Map(reports.map(r => [r.id, r]))
  const csv = toTidyCsv(snapshot.reports.reports.flatMap(entry =>
    byId.get(entry.id)!.observations.map(observation => ({ report: entry, observation }))))
  await writeSnapshot(outDir, snapshot, { pretty: true, extraFiles: { 'observations.csv': csv } })

  const failed = reports.filter(r => r.checks.some(c => c.severity === 'error'))
  console.error(`parsed ${reports.length} report(s), ${snapshot.manifest.observationCount} observations → ${resolve(outDir)}`)
  if (failed.length > 0)
    console.error(`  ${failed.length} report(s) have error checks: ${failed.map(r => r.file).join(', ')}`)
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  if (args.json)
    await printJson(args.json)
  else
    await preparse(args.raw, args.out)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    if (error.message)
      console.error(`parse: ${error.message}`)
    console.error(USAGE)
    process.exit(2)
  }
  console.error(error)
  process.exit(1)
})
