import type { ChartStrings } from './strings'
import type { ChartMeta } from './types'
import { chartFileBase } from './filenames'
import { withUnit } from './strings'

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
}

/** Title "指标（单位）· 视图", the filters, the footnote and a file name that says what is inside. */
export function buildChartMeta(input: ChartMetaInput): ChartMeta {
  const viewName = input.strings.views[input.view]
  return {
    title: `${withUnit(input.strings, input.indicatorLabel, input.unit)} · ${viewName}`,
    filterSummary: input.filterSummary,
    footnote: input.strings.footnote,
    fileBase: chartFileBase({
      indicatorLabel: input.indicatorLabel,
      view: viewName,
      years: input.years,
      regions: input.regions,
      strings: input.strings,
    }),
  }
}
