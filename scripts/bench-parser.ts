/**
 * Parser throughput on one core: the bundled reports repeated to at least
 * 1,000 reports, parsed in this (single) thread, after a warm-up.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseReport } from '../src/parser/index'

const REPORTS = 2000
const ROUNDS = 5

export interface ParserBench {
  reports: number
  megabytes: number
  /** Wall-clock seconds (median round). */
  medianSeconds: number
  /** CPU seconds this thread spent (median round): unaffected by other processes. */
  medianCpuSeconds: number
  reportsPerSecond: number
  megabytesPerSecond: number
  reportsPerCpuSecond: number
}

export function benchParser(rawDir = 'data/raw'): ParserBench {
  const texts = readdirSync(rawDir).filter(f => /\.(?:txt|md)$/.test(f)).sort().map(f => readFileSync(join(rawDir, f), 'utf8'))
  const batch = Array.from({ length: REPORTS }, (_, i) => texts[i % texts.length]!)
  const bytes = batch.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0)

  let sink = 0
  for (let i = 0; i < 200; i++)
    sink += parseReport(batch[i]!).observations.length
  const times: number[] = []
  const cpu: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    for (const text of batch)
      sink += parseReport(text).observations.length
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1e6)
    times.push((performance.now() - start) / 1000)
  }
  if (sink === 0)
    throw new Error('the parser found nothing: benchmark is meaningless')
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const medianSeconds = median(times)
  const medianCpuSeconds = median(cpu)
  return {
    reports: REPORTS,
    megabytes: bytes / 1e6,
    medianSeconds,
    medianCpuSeconds,
    reportsPerSecond: REPORTS / medianSeconds,
    megabytesPerSecond: bytes / 1e6 / medianSeconds,
    reportsPerCpuSecond: REPORTS / medianCpuSeconds,
  }
}

export function printParserBench(b: ParserBench): void {
  console.log('Parser throughput (one core, median of %d rounds)', ROUNDS)
  console.log('  reports parsed   %d (%s MB of text)', b.reports, b.megabytes.toFixed(1))
  console.log('  wall time        %s s  → %s reports/s, %s MB/s', b.medianSeconds.toFixed(3), b.reportsPerSecond.toFixed(0), b.megabytesPerSecond.toFixed(2))
  console.log('  CPU time         %s s  → %s reports per CPU-second (what one free core does)', b.medianCpuSeconds.toFixed(3), b.reportsPerCpuSecond.toFixed(0))
}
