import type { ChartStrings } from './strings'
import type { ChartMeta } from './types'
import { chartFileBase } from './filenames'
import { fill, withUnit } from './strings'

export interface ChartMetaInput {
  view: keyof ChartStrings['views']
  indicatorLabel: string
  unit: string
  /** Filters in force, as the app words them. */
  filterSummary: string
  /** Years shown (for the file name). */
  years: Iterable<number>
  /** Counties selected in the filters; null = none selected (all). */
  regions: readonly string[] | null
  strings: ChartStrings
  /** Which reports the numbers count (latest year in range, agency kinds), as the view states it. */
  rule?: string
  /** Synthetic data names no real source. */
  synthetic?: boolean
  /** Which data the chart is drawn from (dataset, reports, fingerprint). */
  dataVersion?: string
}

/** Title "指标（单位）· 视图", the filters, the footnote (rule, source, data version) and a file name that says what is inside. */
export function buildChartMeta(input: ChartMetaInput): ChartMeta {
  const viewName = input.strings.views[input.view]
  return {
    title: `${withUnit(input.strings, input.indicatorLabel, input.unit)} · ${viewName}`,
    filterSummary: input.filterSummary,
    footnote: [
      input.rule,
      input.synthetic ? input.strings.footnoteSynthetic : input.strings.footnote,
      input.dataVersion ? fill(input.strings.dataVersion, { version: input.dataVersion }) : '',
    ].filter(Boolean).join('\n'),
    exportedOn: input.strings.exportedOn,
    fileBase: chartFileBase({
      indicatorLabel: input.indicatorLabel,
      view: viewName,
      years: input.years,
      regions: input.regions,
      strings: input.strings,
    }),
  }
}

/** `meta` with its export date added to the footnote (YYYY-MM-DD, local time): called when a file is written. */
export function withExportDate(meta: ChartMeta, now: Date): ChartMeta {
  if (!meta.exportedOn)
    return meta
  const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
  return { ...meta, footnote: `${meta.footnote}\n${fill(meta.exportedOn, { date })}` }
}
