import type { BaseChartOptions, ValueCell } from './types'
import { escapeHtml, formatSources, formatValue } from './format'
import { fill } from './strings'

/**
 * Tooltip HTML shared by the builders. ECharts renders a formatter's
 * string as HTML, so every piece of data is escaped here and nothing else
 * builds markup.
 */

/** A coloured dot like ECharts' own series marker. */
export function marker(color: string): string {
  return `<span style="display:inline-block;margin-right:6px;width:9px;height:9px;border-radius:50%;background:${escapeHtml(color)}"></span>`
}

/** A muted second line: source and number of reports. */
export function provenance(cell: ValueCell, opts: BaseChartOptions): string {
  if (cell.value === null)
    return ''
  const parts = [`${escapeHtml(opts.strings.source)}：${escapeHtml(formatSources(cell.sources, opts.strings))}`]
  if (cell.reportIds.length > 1)
    parts.push(escapeHtml(fill(opts.strings.reports, { n: cell.reportIds.length })))
  if (cell.imported)
    parts.push(`<b>${escapeHtml(opts.strings.imported)}</b>`)
  return `<div style="opacity:.75;font-size:12px">${parts.join(' · ')}</div>`
}

/** Heading, value with unit (≈ when hedged, "no data" when absent) and provenance. */
export function cellTooltip(heading: string, cell: ValueCell, opts: BaseChartOptions, extra: string[] = []): string {
  const value = formatValue(cell.value, { approx: cell.approx, unit: opts.unit, absent: opts.strings.noData, locale: opts.locale })
  const approxNote = cell.value !== null && cell.approx
    ? ` <span style="opacity:.75">(${escapeHtml(opts.strings.approx)})</span>`
    : ''
  return [
    `<div style="font-weight:600;margin-bottom:2px">${escapeHtml(heading)}</div>`,
    `<div>${escapeHtml(opts.indicatorLabel)}：<b>${escapeHtml(value)}</b>${approxNote}</div>`,
    ...extra.map(line => `<div>${line}</div>`),
    provenance(cell, opts),
  ].join('')
}
