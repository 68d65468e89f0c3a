import type { BaseChartOptions, CompareRow, ValueCell } from './types'
import { escapeHtml, formatSources, formatValue } from './format'
import { agencyList, fill } from './strings'

/**
 * Tooltip HTML shared by the builders. ECharts renders a formatter's
 * string as HTML, so every piece of data is escaped here and nothing else
 * builds markup.
 */

/** A coloured dot like ECharts' own series marker. */
export function marker(color: string): string {
  return `<span style="display:inline-block;margin-right:6px;width:9px;height:9px;border-radius:50%;background:${escapeHtml(color)}"></span>`
}

/** "依据：盐池县审批服务管理局 2023 年报告": the agencies behind a value and its year; '' when absent or unknown. */
export function basisText(cell: Pick<ValueCell, 'value' | 'agencies'>, year: number | undefined, opts: Pick<BaseChartOptions, 'strings' | 'locale'>): string {
  if (cell.value === null || !cell.agencies?.length)
    return ''
  return fill(opts.strings.basis, { agencies: agencyList(cell.agencies, opts.locale), year: year ?? '' })
}

/**
 * A compare row's other years in range, which the view did not take (it
 * shows the latest): "盐池县人民政府 2022：14,356 件". So a reviewer sees
 * why a county's larger, older figure is not the bar.
 */
export function notTakenLines(row: CompareRow, opts: BaseChartOptions): string[] {
  const notTaken = row.notTaken?.() ?? []
  if (notTaken.length === 0)
    return []
  return [
    `<span style="opacity:.75">${escapeHtml(opts.strings.notTaken)}</span>`,
    ...notTaken.map(o => `<span style="opacity:.75">${escapeHtml(`${agencyList(o.agencies, opts.locale)} ${o.year}${opts.strings.colon}${formatValue(o.value, { approx: o.approx, unit: opts.unit, locale: opts.locale })}`)}</span>`),
  ]
}

/** A muted second line: source and number of reports. */
export function provenance(cell: ValueCell, opts: BaseChartOptions): string {
  if (cell.value === null)
    return ''
  const parts = [`${escapeHtml(opts.strings.source)}${escapeHtml(opts.strings.colon)}${escapeHtml(formatSources(cell.sources, opts.strings))}`]
  if (cell.reportIds.length > 1)
    parts.push(escapeHtml(fill(opts.strings.reports, { n: cell.reportIds.length })))
  if (cell.imported)
    parts.push(`<b>${escapeHtml(opts.strings.imported)}</b>`)
  const flag = cell.flagged ? `<div style="font-weight:600">${escapeHtml(opts.strings.flagged)}</div>` : ''
  return `${flag}<div style="opacity:.75;font-size:12px">${parts.join(' · ')}</div>`
}

/** Heading, value with unit (≈ when hedged, "no data" when absent), the agencies and year behind it, and provenance. */
export function cellTooltip(heading: string, cell: ValueCell & { year?: number }, opts: BaseChartOptions, extra: string[] = []): string {
  const value = formatValue(cell.value, { approx: cell.approx, unit: opts.unit, absent: cell.noReport ? opts.strings.noReport : opts.strings.noData, locale: opts.locale })
  const approxNote = cell.value !== null && cell.approx
    ? ` <span style="opacity:.75">(${escapeHtml(opts.strings.approx)})</span>`
    : ''
  const basis = basisText(cell, cell.year, opts)
  return [
    `<div style="font-weight:600;margin-bottom:2px">${escapeHtml(heading)}</div>`,
    `<div>${escapeHtml(opts.indicatorLabel)}${escapeHtml(opts.strings.colon)}<b>${escapeHtml(value)}</b>${approxNote}</div>`,
    basis ? `<div>${escapeHtml(basis)}</div>` : '',
    ...extra.map(line => `<div>${line}</div>`),
    provenance(cell, opts),
  ].join('')
}
