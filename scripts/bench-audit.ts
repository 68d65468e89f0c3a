/**
 * The audit over a province's worth of synthetic reports (3,000 by
 * default): how long the section prints take to compute from the texts,
 * how long the whole audit takes (the CLI's exact shares, and the app's
 * estimates from the signatures alone), how much memory it holds, and how
 * the estimates and the LSH candidates compare with exact measurement.
 * One thread, after a warm-up round on a smaller set.
 */
import type { AuditReport } from '../src/audit/types'
import type { AuditResult } from '../src/schema/audit'
import type { SourcedReport } from '../src/schema/snapshot'
import { performance } from 'node:perf_hooks'
import { agencyKey } from '../src/audit/agency'
import { runAudit } from '../src/audit/index'
import { auditInput } from '../src/audit/input'
import { SIMILARITY } from '../src/audit/rules/similarity'
import { estimatedOverlap, overlap, shareOf } from '../src/audit/similarity/compare'
import { candidatePairs } from '../src/audit/similarity/lsh'
import { PRINT_SECTIONS } from '../src/audit/similarity/prints'
import { reportPrints } from '../src/audit/similarity/report-prints'
import { syntheticReports } from './lib/synthetic-dataset'
import { habitOf } from './lib/synthetic-prose'

/** Kind part of a synthetic id (synthetic-0042-2023-gov), in SYNTHETIC_KINDS order. */
const KIND_SHORT = ['gov', 'approval', 'center']

export interface AuditBench {
  reports: number
  /** Every report's section prints with exact shingle sets (CLI) and without (preparse, app). */
  printsExact: Timing
  prints: Timing
  /** runAudit with exact sets (CLI) and with signatures only (app). */
  auditExact: Timing
  audit: Timing
  /** Heap held by the audit inputs with exact sets, and with signatures only (MB). */
  heapExactMb: number
  heapMb: number
  peakRssMb: number
  /** 内容雷同 results of the app (estimates) that the CLI (exact) does not give, and the reverse. */
  appOnly: number
  cliOnly: number
  results: Record<string, number>
  /** Exact shares of consecutive-year pairs, by the agency's copying habit. */
  previousYear: Record<string, number[]>
  /** Exact larger share of every same-year peer pair in one year and section. */
  peerShares: number[]
  /** Pairs at or above the threshold found by LSH, of all such pairs (brute force, one year). */
  lshRecall: { found: number, of: number, candidates: number, pairs: number }
  /** |estimate − exact| over the measured pairs. */
  estimateError: { mean: number, p95: number, max: number, disagreements: number, pairs: number }
}

/** Wall-clock and CPU seconds of `run` (CPU time is what one free core would take; the machine is shared). */
interface Timing { wall: number, cpu: number }

function time(run: () => void): Timing {
  const start = performance.now()
  const cpu = process.cpuUsage()
  run()
  const used = process.cpuUsage(cpu)
  return { wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 }
}

function heapMb(): number {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 1e6
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
}

export function benchAudit(count = 3000, seed = 1): AuditBench {
  const reports: SourcedReport[] = syntheticReports(count, seed)
  // Warm-up: the JIT compiles the hot loops on a tenth of the work.
  runAudit(reports.slice(0, count / 10).map(r => auditInput(r, reportPrints(r.text, { exact: true }))))

  const h0 = heapMb()
  let exact: AuditReport[] = []
  const printsExact = time(() => {
    exact = reports.map(r => auditInput(r, reportPrints(r.text, { exact: true })))
  })
  const heapExactMb = heapMb() - h0
  let estimated: AuditReport[] = []
  const prints = time(() => {
    estimated = reports.map(r => auditInput(r, reportPrints(r.text)))
  })
  const heapSignaturesMb = heapMb() - h0 - heapExactMb
  let resultsExact: AuditResult[] = []
  let resultsEstimated: AuditResult[] = []
  const auditExact = time(() => {
    resultsExact = runAudit(exact)
  })
  const audit = time(() => {
    resultsEstimated = runAudit(estimated)
  })
  const similar = (list: AuditResult[]) => new Set(list.filter(r => r.id.startsWith('similarity.')).map(r => `${r.id}/${r.params?.section}/${r.reports.join('/')}`))
  const [cliFlags, appFlags] = [similar(resultsExact), similar(resultsEstimated)]

  const results: Record<string, number> = {}
  for (const r of resultsExact) {
    const key = r.variant ? `${r.id}/${r.variant}` : r.id
    results[key] = (results[key] ?? 0) + 1
  }
  const exactHeld = exact

  // Consecutive-year shares by habit, and the estimate against the exact share.
  const previousYear: Record<string, number[]> = {}
  const errors: number[] = []
  let disagreements = 0
  const byKey = new Map<string, AuditReport>()
  for (const r of exactHeld)
    byKey.set(`${agencyKey(r)}\u0000${r.year}`, r)
  for (const r of exactHeld) {
    const prev = byKey.get(`${agencyKey(r)}\u0000${r.year! - 1}`)
    if (!prev)
      continue
    const [, county, , kind] = r.id.split('-')
    const habit = habitOf(seed, Number(county), KIND_SHORT.indexOf(kind!))
    for (const section of PRINT_SECTIONS) {
      const a = r.prints?.[section]
      const b = prev.prints?.[section]
      if (!a || !b)
        continue
      const s = shareOf(a, overlap(a, b))
      const e = shareOf(a, estimatedOverlap(a, b))
      const label = habit.sections.has(section) ? habit.habit : 'writes'
      ;(previousYear[label] ??= []).push(s)
      errors.push(Math.abs(e - s))
      if ((s >= SIMILARITY.threshold) !== (e >= SIMILARITY.threshold))
        disagreements++
    }
  }

  // Peers: every pair of one year and section, measured exactly, against the LSH candidates.
  const year = 2022
  const entries = exactHeld.filter(r => r.year === year && r.prints?.['五']).map(r => ({ key: agencyKey(r), print: r.prints!['五']! }))
  const candidates = new Set(candidatePairs(entries.map(e => e.print.signature)).map(([i, j]) => `${i}/${j}`))
  const peerShares: number[] = []
  let of = 0
  let found = 0
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i]!
      const b = entries[j]!
      if (a.key === b.key)
        continue
      const small = a.print.size <= b.print.size ? a.print : b.print
      const s = shareOf(small, overlap(a.print, b.print))
      peerShares.push(s)
      if (s >= SIMILARITY.threshold) {
        of++
        if (candidates.has(`${i}/${j}`))
          found++
      }
    }
  }

  return {
    reports: count,
    printsExact,
    prints,
    auditExact,
    audit,
    heapExactMb,
    heapMb: heapSignaturesMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    appOnly: [...appFlags].filter(k => !cliFlags.has(k)).length,
    cliOnly: [...cliFlags].filter(k => !appFlags.has(k)).length,
    results,
    previousYear,
    peerShares,
    lshRecall: { found, of, candidates: candidates.size, pairs: entries.length * (entries.length - 1) / 2 },
    estimateError: { mean: errors.reduce((a, b) => a + b, 0) / Math.max(1, errors.length), p95: quantile(errors, 0.95), max: Math.max(0, ...errors), disagreements, pairs: errors.length },
  }
}

function distribution(xs: readonly number[]): string {
  const pc = (q: number) => `${(quantile(xs, q) * 100).toFixed(0)}%`
  return `${xs.length} pairs: median ${pc(0.5)}, 90th ${pc(0.9)}, 99th ${pc(0.99)}, max ${pc(1)}; ≥ ${SIMILARITY.threshold * 100}%: ${xs.filter(x => x >= SIMILARITY.threshold).length}`
}

export function printAuditBench(b: AuditBench): void {
  console.log('Audit over %d synthetic reports (one thread)', b.reports)
  const t = (x: Timing) => `${x.wall.toFixed(2)} s (CPU ${x.cpu.toFixed(2)} s)`
  console.log('  section prints   %s with exact shingle sets (CLI); %s signatures only (preparse)', t(b.printsExact), t(b.prints))
  console.log('  whole audit      %s exact (CLI); %s from signatures (app)', t(b.auditExact), t(b.audit))
  console.log('  memory           audit inputs %s MB with exact sets, %s MB with signatures only; peak RSS %s MB', b.heapExactMb.toFixed(1), b.heapMb.toFixed(1), b.peakRssMb.toFixed(0))
  console.log('  app vs CLI       内容雷同 results only the app gives: %d, only the CLI gives: %d', b.appOnly, b.cliOnly)
  console.log('  results          %s', Object.entries(b.results).map(([k, n]) => `${k} ${n}`).join(', '))
  for (const [habit, shares] of Object.entries(b.previousYear))
    console.log('  previous year, %s: %s', habit.padEnd(16), distribution(shares))
  console.log('  peers (2022, 五):  %s', distribution(b.peerShares))
  console.log('  LSH              %d of %d peer pairs at or above the threshold found; %d candidates of %d pairs', b.lshRecall.found, b.lshRecall.of, b.lshRecall.candidates, b.lshRecall.pairs)
  console.log('  estimate error   mean %s, 95th %s, max %s points; %d of %d pairs flagged differently', (b.estimateError.mean * 100).toFixed(1), (b.estimateError.p95 * 100).toFixed(1), (b.estimateError.max * 100).toFixed(1), b.estimateError.disagreements, b.estimateError.pairs)
}
