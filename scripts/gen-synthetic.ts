/**
 * Synthetic datasets for benchmarks and demos (docs/scale.md).
 *
 *   npm run gen:synthetic -- --reports N        N reports (about 34 observations each)
 *   npm run gen:synthetic -- --observations N   as many reports as give about N observations
 *
 * Options: --seed S (default 1), --name NAME (default synthetic-<size>, which
 * must start with "synthetic-"), --out DIR (default data), --evidence /
 * --no-evidence (default: evidence files up to 5,000 reports; beyond, they
 * cost 11 kB of disk per report, which every `vite build` copies into dist/),
 * --prints / --no-prints (the audit's section prints, docs/audit.md; default
 * up to 5,000 reports, the scale the app audits in the page).
 * Writes DIR/NAME/ in the snapshot format of docs/architecture.md with
 * `synthetic: true`; the app opens it with `?dataset=NAME`. Deterministic:
 * the same arguments give the same bytes.
 */

import { existsSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { join, resolve } from 'node:path'
import { SNAPSHOT_PRINTS } from '../src/audit/similarity/codec'
import { buildSnapshot } from '../src/data/build-snapshot'
import { DatasetNameSchema } from '../src/schema/snapshot'
import { MEAN_OBSERVATIONS, syntheticReports } from './lib/synthetic-dataset'
import { writeSnapshot } from './lib/write-snapshot'

class UsageError extends Error {}

const USAGE = `usage: npm run gen:synthetic -- (--reports N | --observations N) [--seed S] [--name synthetic-NAME] [--out DIR] [--evidence | --no-evidence] [--prints | --no-prints]`

/** Counts written as 10000, 10k, 1m, 1.5m. */
const COUNT = /^(\d+(?:\.\d+)?)([km]?)$/i

/** Up to this many reports, evidence files are written unless --no-evidence. */
const EVIDENCE_LIMIT = 5000

interface Args { reports: number, seed: number, name: string, out: string, evidence: boolean, prints: boolean }

function parseCount(flag: string, v: string | undefined): number {
  const m = v === undefined ? null : COUNT.exec(v)
  const n = m ? Number(m[1]) * ({ '': 1, 'k': 1e3, 'm': 1e6 }[m[2]!.toLowerCase()] ?? 1) : Number.NaN
  if (!Number.isFinite(n) || n < 1 || n > 5e7)
    throw new UsageError(`${flag} needs a positive count (e.g. 250, 10k, 1m).`)
  return Math.round(n)
}

/** 10000 → "10k", 1000000 → "1m"; other counts as they are. */
function sizeLabel(observations: number): string {
  if (observations >= 1e6 && observations % 1e6 === 0)
    return `${observations / 1e6}m`
  if (observations >= 1e3 && observations % 1e3 === 0)
    return `${observations / 1e3}k`
  return String(observations)
}

function parseArgs(argv: readonly string[]): Args {
  let reports: number | null = null
  let observations: number | null = null
  let name: string | null = null
  let evidence: boolean | null = null
  let prints: boolean | null = null
  const args = { seed: 1, out: 'data' }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = () => {
      const v = argv[++i]
      if (v === undefined)
        throw new UsageError(`${a} needs a value.`)
      return v
    }
    if (a === '--reports')
      reports = parseCount(a, value())
    else if (a === '--observations')
      observations = parseCount(a, value())
    else if (a === '--seed')
      args.seed = parseCount(a, value())
    else if (a === '--name')
      name = value()
    else if (a === '--out')
      args.out = value()
    else if (a === '--evidence' || a === '--no-evidence')
      evidence = a === '--evidence'
    else if (a === '--prints' || a === '--no-prints')
      prints = a === '--prints'
    else
      throw new UsageError(a === '--help' || a === '-h' ? '' : `unknown argument ${a}.`)
  }
  if ((reports === null) === (observations === null))
    throw new UsageError('give either --reports N or --observations N.')
  const n = reports ?? Math.max(1, Math.round(observations! / MEAN_OBSERVATIONS))
  name ??= `synthetic-${observations !== null ? sizeLabel(observations) : `${n}r`}`
  if (!name.startsWith('synthetic-') || !DatasetNameSchema.safeParse(name).success)
    throw new UsageError(`--name must start with "synthetic-" and use only a-z, 0-9 and "-" (got "${name}").`)
  return { reports: n, name, evidence: evidence ?? n <= EVIDENCE_LIMIT, prints: prints ?? n <= EVIDENCE_LIMIT, ...args }
}

/** Refuse to overwrite a folder that holds real data. */
function assertSyntheticFolder(folder: string): void {
  const manifest = join(folder, 'manifest.json')
  if (!existsSync(manifest))
    return
  const synthetic = (JSON.parse(readFileSync(manifest, 'utf8')) as { synthetic?: unknown }).synthetic
  if (synthetic !== true)
    throw new UsageError(`${folder} holds a dataset that is not synthetic; refusing to overwrite it.`)
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const folder = join(args.out, args.name)
  assertSyntheticFolder(folder)
  const start = performance.now()
  const reports = syntheticReports(args.reports, args.seed)
  const generated = performance.now()
  const observations = reports.reduce((n, r) => n + r.observations.length, 0)
  const counties = new Set(reports.map(r => r.region)).size
  const snapshot = buildSnapshot(reports, {
    dataset: args.name,
    synthetic: true,
    description: `合成数据（非真实报告）：${reports.length} 份报告、${observations} 条观测、${counties} 个虚构区县，2015–2024 年；npm run gen:synthetic 生成（seed ${args.seed}）。Synthetic data, not real reports.`,
    withEvidence: args.evidence,
    ...(args.prints ? { prints: SNAPSHOT_PRINTS } : {}),
  })
  const built = performance.now()
  const bytes = await writeSnapshot(folder, snapshot, { pretty: false })
  const written = performance.now()
  console.error(`${args.name}: ${reports.length} reports, ${observations} observations, ${counties} counties → ${resolve(folder)}`)
  console.error(`  reports.json ${(bytes.reports / 1e6).toFixed(1)} MB, observations.json ${(bytes.observations / 1e6).toFixed(1)} MB, evidence ${(bytes.evidence / 1e6).toFixed(1)} MB in ${snapshot.evidence.length} files`)
  console.error(`  generate ${((generated - start) / 1000).toFixed(1)} s, buildSnapshot ${((built - generated) / 1000).toFixed(1)} s, write ${((written - built) / 1000).toFixed(1)} s`)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    if (error.message)
      console.error(`gen:synthetic: ${error.message}`)
    console.error(USAGE)
    process.exit(2)
  }
  console.error(error)
  process.exit(1)
})
