import type { Source } from '../schema/report'
import type { ChartStrings } from './strings'

/** Every position in an integer's digits where a thousands separator goes. */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g
/** Trailing zeros of a fixed-point fraction (and the point if nothing is left). */
const TRAILING_ZEROS = /\.?0+$/

/** The UI languages, which both write numbers as 1,234.5. */
const APP_LOCALES: ReadonlySet<string> = new Set(['zh-CN', 'en'])
const formatters = new Map<string, Intl.NumberFormat>()

/**
 * Grouped digits, at most two decimals: 12345.678 → "12,345.68". For the
 * app's two languages this is done by hand: creating an Intl.NumberFormat
 * costs over 100 ms on a throttled phone, on the landing view's critical
 * path (the KPI cards). Other locales go through Intl.
 */
export function formatNumber(n: number, locale = 'zh-CN'): string {
  if (APP_LOCALES.has(locale)) {
    const abs = Math.abs(n)
    const fixed = Number.isInteger(abs) ? String(abs) : abs.toFixed(2).replace(TRAILING_ZEROS, '')
    const [int = '', frac] = fixed.split('.')
    return `${n < 0 ? '-' : ''}${int.replace(THOUSANDS, ',')}${frac ? `.${frac}` : ''}`
  }
  let f = formatters.get(locale)
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
    formatters.set(locale, f)
  }
  return f.format(n)
}

export interface FormatValueOptions {
  /** A hedged value (约, 余 …): shown with ≈. */
  approx?: boolean
  /** Appended after a space, except %. */
  unit?: string
  /** What an absent value reads as; default "—" (absent is never shown as 0). */
  absent?: string
  locale?: string
}

/** "≈1,500 件", "99.5%", or the absent text when no report states the value. */
export function formatValue(value: number | null, options: FormatValueOptions = {}): string {
  if (value === null)
    return options.absent ?? '—'
  const n = `${options.approx ? '≈' : ''}${formatNumber(value, options.locale)}`
  if (!options.unit)
    return n
  return options.unit === '%'
    ? `${n}%`
    : `${n} ${options.unit}`
}

export { yoyChange } from '../data/yoy'

/** "+12.5%", "−3.0 个百分点", or "—". */
export function formatYoy(change: number | null, unit: string, strings: Pick<ChartStrings, 'percentagePoints'>, locale?: string): string {
  if (change === null)
    return '—'
  const sign = change > 0
    ? '+'
    : change < 0
      ? '−'
      : '±'
  const magnitude = formatNumber(Math.round(Math.abs(change) * 10) / 10, locale)
  return unit === '%'
    ? `${sign}${magnitude} ${strings.percentagePoints}`
    : `${sign}${magnitude}%`
}

/** "表格、正文". */
/** A table's source cell, marked when the value includes imported reports. */
export function withImported(source: string, cell: { imported?: boolean }, strings: { imported: string }): string {
  return cell.imported ? `${source} · ${strings.imported}` : source
}

export function formatSources(sources: readonly Source[], strings: Pick<ChartStrings, 'sources'>, separator = '、'): string {
  return sources.map(s => strings.sources[s]).join(separator)
}

/** Characters HTML gives meaning to. */
const HTML_SPECIAL = /[&<>"']/g
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\'': '&#39;',
}

/**
 * ECharts renders tooltip formatter output as HTML. Every piece of data
 * (region names, labels, which may come from an imported file) goes
 * through here so it is only ever shown as text.
 */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, c => HTML_ENTITIES[c] ?? c)
}
