import type { Source } from '../schema/report'
import type { ChartStrings } from './strings'

const formatters = new Map<string, Intl.NumberFormat>()

/** Grouped digits, at most two decimals: 12345.678 → "12,345.68". */
export function formatNumber(n: number, locale = 'zh-CN'): string {
  let f = formatters.get(locale)
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
    formatters.set(locale, f)
  }
  return f.format(n)
}

/** "≈1,500 件", "99.5%", or the no-data text for an absent value. */
export function formatValue(value: number | null, approx: boolean, unit: string, strings: Pick<ChartStrings, 'noData'>, locale?: string): string {
  if (value === null)
    return strings.noData
  const n = `${approx ? '≈' : ''}${formatNumber(value, locale)}`
  if (!unit)
    return n
  return unit === '%'
    ? `${n}%`
    : `${n} ${unit}`
}

/** Short form for bar labels and heatmap cells: "≈1,500", "—" when absent. */
export function formatShort(value: number | null, approx: boolean, locale?: string): string {
  if (value === null)
    return '—'
  return `${approx ? '≈' : ''}${formatNumber(value, locale)}`
}

/**
 * Year-on-year change. Counts change by a percentage of last year's value;
 * rates (unit %) by percentage points, since "+2% of 98%" misleads.
 * null when either year is absent or last year was 0.
 */
export function yoyChange(current: number | null, previous: number | null, unit: string): number | null {
  if (current === null || previous === null)
    return null
  if (unit === '%')
    return current - previous
  if (previous === 0)
    return null
  return ((current - previous) / Math.abs(previous)) * 100
}

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
