import type { Source } from '../schema/report'

/**
 * The UI strings builders draw into charts. Builders never call vue-i18n:
 * the app passes one of these (src/i18n/chart-strings.ts has the Chinese
 * and English ones). `{name}` marks a placeholder filled by `fill`.
 */
export interface ChartStrings {
  value: string
  median: string
  noData: string
  /** A county with no report in the selection (a kind of absent value). */
  noReport: string
  /** Map: a county the filters leave out. */
  filteredOut: string
  /** Legend / tooltip name of hedged values. */
  approx: string
  source: string
  /** Marks a value that includes reports imported in the browser. */
  imported: string
  /** Tooltip / table mark of a value a failed check concerns (starts with ⚠). */
  flagged: string
  /** Legend / note of the median without flagged values. */
  medianUnflagged: string
  sources: Record<Source, string>
  /** "{n} reports". */
  reports: string
  /** Table column: number of reports behind a value. */
  reportCount: string
  yoy: string
  /** Unit of a year-on-year change of a rate. */
  percentagePoints: string
  year: string
  region: string
  rank: string
  /** Bar / legend name of the summary of counties not shown: "{n} other counties (median)". */
  rest: string
  /** Tooltip line of that summary: "range {min}–{max}". */
  restRange: string
  /** Note under a chart that shows only some counties. */
  shownOfTotal: string
  /** Note for counties with no value that are not listed. */
  absentCount: string
  /** Map note: counties in the data that the map does not draw (other provinces). */
  offMap: string
  /** Trend note: hollow markers are approximate values. */
  approxHollow: string
  /** Note when only the top series / rows are drawn. */
  topShown: string
  /** Trend note: the coloured lines are the top ones by latest value, the rest grey. */
  emphasisTop: string
  /** Trend note: the coloured lines are the counties chosen in the filters. */
  emphasisChosen: string
  /** Trend tooltip line summarising the grey lines at the hovered year. */
  mutedRange: string
  /** Trend note: counties with a single stated year (a dot, no line). */
  singlePoints: string
  /** Trend message when no county has two years: no trend to draw. */
  onePointEach: string
  /** Series name of the all-counties median line in trends. */
  medianOfAll: string
  footnote: string
  /** The footnote of a synthetic dataset: it names no real source. */
  footnoteSynthetic: string
  /** Footer line: "数据版本：{version}". */
  dataVersion: string
  /** Footer line filled when the file is written: "导出日期：{date}". */
  exportedOn: string
  /** Tooltip line naming the reports behind a value: "依据：{agencies} {year} 年报告". */
  basis: string
  /** Tooltip heading of a county's values the view did not take: older years in range. */
  notTaken: string
  /** Table column: the agencies whose reports give the value. */
  agency: string
  /** CSV column: the ids of those reports. */
  reportIds: string
  allRegions: string
  /** "{first} and {n} more": names in file names and titles. */
  regionsMore: string
  views: Record<'compare' | 'map' | 'trend' | 'heatmap', string>
  /** A label with its unit: "数值（件）", "Value (件)". */
  withUnit: string
  /** Between clauses of notes and screen-reader descriptions. */
  separator: string
  /** Between a tooltip line's label and its value: "行政许可：5,147 件", "Licensing decisions: 5,147 cases". */
  colon: string
}

/** A `{name}` placeholder. */
const PLACEHOLDER = /\{(\w+)\}/g

/** Fill `{name}` placeholders; unknown names stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => key in values
    ? String(values[key])
    : whole)
}

/** "数值（件）"; the bare label when there is no unit. */
export function withUnit(strings: Pick<ChartStrings, 'withUnit'>, label: string, unit: string): string {
  return unit ? fill(strings.withUnit, { label, unit }) : label
}

/**
 * The first `max` distinct items joined by `separator`, and the rest
 * counted by `more(list, rest)` ("甲、乙、丙等（另 2 个）").
 */
export function listFirst(items: readonly string[], max: number, separator: string, more: (list: string, rest: number) => string): string {
  const distinct = [...new Set(items)]
  const list = distinct.slice(0, max).join(separator)
  return distinct.length > max ? more(list, distinct.length - max) : list
}

/** The distinct agencies behind a value, listed in the UI language ("甲、乙" / "A, B"). */
export function agencyList(agencies: readonly string[], locale?: string): string {
  return listFirst(agencies, Infinity, locale === 'en' ? ', ' : '、', list => list)
}

/** Toolbar labels of ChartCard (the app passes its translation). */
export interface ChartCardLabels {
  /** Toggle to the table. */
  table: string
  /** Toggle back to the chart. */
  chart: string
  export: string
  png: string
  svg: string
  csv: string
  exportFailed: string
  /** Accessible name of the toolbar. */
  toolbar: string
}
