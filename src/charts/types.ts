import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption,
  DataZoomComponentOption,
  GraphicComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import type { Source } from '../schema/report'
import type { ChartStrings } from './strings'
import type { Theme } from '../data/query'

/**
 * Data shapes the option builders take. Views turn the store's selection
 * into these; builders never see the store. A value a report does not state
 * is `null` (absent), never 0.
 */

/** The option type of every builder: only the ECharts parts `echarts.ts` registers. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | HeatmapSeriesOption
  | MapSeriesOption
  | AriaComponentOption
  | DataZoomComponentOption
  | GraphicComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>

/** One number as the reports give it (possibly summed over several reports). */
export interface ValueCell {
  /** null = no report states it (drawn as a gap, never as 0). */
  value: number | null
  /** At least one contributing number was hedged (余, 约, 近, 以上 …). */
  approx: boolean
  /** Where the number came from; several when reports differ. */
  sources: readonly Source[]
  /** The reports behind the number: one id lets a click open the report. */
  reportIds: readonly string[]
  /** Some of those reports were imported in the browser (not the loaded dataset). */
  imported?: boolean
  /** The agency of each report behind the number (aligned with `reportIds`), for tooltips and tables. */
  agencies?: readonly string[]
  /**
   * Absent because the county has no report at all in the selection (无报告),
   * not because its reports leave the indicator out (无数据).
   */
  noReport?: boolean
  /** A failed check not ignored concerns this value in one of those reports (src/charts/flags.ts). */
  flagged?: boolean
}

/** A county's value from a year the view did not take (an older year than the one shown). */
export interface NotTakenValue {
  year: number
  value: number
  approx: boolean
  agencies: readonly string[]
}

/** 区县对比 / map: one indicator for one year (or period) per county. */
export interface CompareRow extends ValueCell {
  /** County-level unit as the gazetteer and the map name it, e.g. 盐池县. */
  region: string
  /** What to show (the region name, or its English name). */
  label: string
  /** The statistical year the value comes from (the latest in range); absent rows have none. */
  year?: number
  /** The county's values of other years in range, latest first: what the view did not take, and why (tooltip). Described when called; absent when there are none. */
  notTaken?: () => readonly NotTakenValue[]
}

export interface TrendPoint extends ValueCell {
  year: number
}

/** 年度趋势: one line per county. */
export interface TrendSeries {
  region: string
  label: string
  /** Any order; years without a point are gaps. */
  points: readonly TrendPoint[]
}

/** 热力图: one cell per county × year; missing cells are absent. */
export interface HeatmapCell extends ValueCell {
  region: string
  /** Display name; defaults to `region`. */
  label?: string
  year: number
}

/**
 * What every data item carries besides its value, so a click handler can
 * narrow filters or open the report (read it back with `readChartDatum`).
 */
export interface ChartDatum {
  /** `value` a stated number; `absent` no report states it; `rest` a summary of counties not shown; `median` a reference series. */
  kind: 'value' | 'absent' | 'rest' | 'median'
  region?: string
  year?: number
  /** The indicator value (null when absent); ECharts' own `value` may be an [x, y, v] tuple. */
  amount: number | null
  approx: boolean
  sources: readonly Source[]
  reportIds: readonly string[]
  /** The value is flagged by a check (labels draw ⚠). */
  flagged?: boolean
}

/** Options every builder takes. */
export interface BaseChartOptions {
  /** Translated indicator label, e.g. 行政许可 本年处理决定数量. */
  indicatorLabel: string
  /** Unit the values are in: 件, 条, %, 万元 … */
  unit: string
  /** Filters in force, e.g. "2023年 · 吴忠市 · 审批服务管理局"; used in aria text. */
  filterSummary: string
  /** Translated UI strings (see `strings.ts`). */
  strings: ChartStrings
  theme: Theme
  /** BCP 47 locale for number formatting; default zh-CN. */
  locale?: string
}

/** Export metadata ChartCard needs (architecture.md "UI contracts"). */
export interface ChartMeta {
  /** States indicator and unit, e.g. 行政许可 本年处理决定数量（件）· 区县对比. */
  title: string
  /** The filters in force, drawn under the title in exports. */
  filterSummary: string
  /** Drawn at the foot of exported images and CSVs, one line each: the rule behind the numbers, the source, the data version. */
  footnote: string
  /** Footer line with a `{date}` placeholder, filled when the file is written (`withExportDate`). */
  exportedOn?: string
  /** File name without extension, already safe on Windows. */
  fileBase: string
}

/** A column of a chart's table; extra fields beyond the contract's {key, label} are optional. */
export interface ChartTableColumn {
  key: string
  label: string
  /** Right-aligned and number-formatted; null shows as "—". */
  numeric?: boolean
  /** Key of a cell that is "≈" when this row's value is approximate; the screen table prefixes ≈. */
  approxKey?: string
  /** In the CSV only (e.g. the approx flags the screen table folds into the value). */
  csvOnly?: boolean
}

export type ChartTableCell = string | number | null

/** The same numbers as the chart, for the table toggle and the CSV export. */
export interface ChartTable {
  columns: ChartTableColumn[]
  rows: Record<string, ChartTableCell>[]
}
