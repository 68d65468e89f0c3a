import type { Check, LocatedObservation, ParsedTable, Source } from '../../src/schema/report'
import type { Random } from './synthetic-random'
import { findIndicator } from '../../src/catalog/indicators'
import { chance, pick } from './synthetic-random'

/**
 * A synthetic report being written: its text line by line, and each
 * observation pointing at the line it came from (so the report view can
 * highlight it, as for a parsed report).
 */
export class ReportDraft {
  readonly lines: string[] = []
  readonly observations: LocatedObservation[] = []
  readonly tables: ParsedTable[] = []
  readonly checks: Check[] = []

  /** Append a line; returns its 1-based number. */
  line(text: string): number {
    this.lines.push(text)
    return this.lines.length
  }

  observe(indicator: string, value: number, line: number, options: { approx?: boolean, source?: Source } = {}): void {
    this.observations.push({
      indicator,
      value,
      unit: findIndicator(indicator)?.unit ?? '',
      approx: options.approx ?? false,
      source: options.source ?? 'table',
      evidence: this.lines[line - 1]!,
      location: { line, endLine: line },
    })
  }

  check(id: string, severity: Check['severity'], message: string): void {
    this.checks.push({ id, severity, message })
  }
}

/** A number as a sentence states it, and the value that statement gives. */
export interface Phrase {
  value: number
  text: string
  approx: boolean
}

/**
 * How a report writes a count: exactly ("3521件") or hedged the ways the
 * real reports do ("1.5万余条", "约3500件", "近5000人次", "3000多件").
 */
export function phrase(rand: Random, exact: number, unit: string, hedgeRate: number): Phrase {
  if (exact < 100 || !chance(rand, hedgeRate))
    return { value: exact, text: `${exact}${unit}`, approx: false }
  const style = pick(rand, ['余', '约', '近', '多'] as const)
  if (exact >= 10000) {
    const wan = Math.max(1, Math.round(exact / 1000) / 10)
    const value = Math.round(wan * 10000)
    return { value, text: hedged(style, `${wan}万`, unit), approx: true }
  }
  const step = 10 ** (Math.floor(Math.log10(exact)) - 1)
  const value = Math.floor(exact / step) * step
  return { value, text: hedged(style, String(value), unit), approx: true }
}

function hedged(style: '余' | '约' | '近' | '多', number: string, unit: string): string {
  if (style === '约' || style === '近')
    return `${style}${number}${unit}`
  return `${number}${style}${unit}`
}

/** A rate as stated, two decimals at most; "99%以上" style hedges are approximate. */
export function ratePhrase(rand: Random, rate: number, hedgeRate: number): Phrase {
  if (chance(rand, hedgeRate)) {
    const value = Math.floor(rate)
    return { value, text: `${value}%以上`, approx: true }
  }
  const value = round2(rate)
  return { value, text: `${value}%`, approx: false }
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100
}
