import type { Source } from '../schema/report'

/**
 * The UI strings builders draw into charts. Builders never call vue-i18n:
 * the app passes one of these (or its own translation). `{name}` marks a
 * placeholder filled by `fill`.
 */
export interface ChartStrings {
  value: string
  median: string
  noData: string
  /** Legend / tooltip name of hedged values. */
  approx: string
  source: string
  /** Marks a value that includes reports imported in the browser. */
  imported: string
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
  /** Series name of the all-counties median line in trends. */
  medianOfAll: string
  footnote: string
  allRegions: string
  /** "{first} and {n} more": names in file names and titles. */
  regionsMore: string
  views: Record<'compare' | 'map' | 'trend' | 'heatmap' | 'overview', string>
  /** A label with its unit: "数值（件）", "Value (件)". */
  withUnit: string
  /** Between clauses of notes and screen-reader descriptions. */
  separator: string
}

export const CHART_STRINGS_ZH: ChartStrings = {
  value: '数值',
  median: '中位数',
  noData: '无数据',
  approx: '约数（≈）',
  source: '来源',
  imported: '含导入数据',
  sources: { table: '表格', text: '正文', derived: '推算' },
  reports: '{n} 份报告',
  reportCount: '报告数',
  yoy: '同比',
  percentagePoints: '个百分点',
  year: '年份',
  region: '区县',
  rank: '排名',
  rest: '其余 {n} 个区县（中位数）',
  restRange: '范围 {min} – {max}',
  shownOfTotal: '显示前 {top} 名和后 {bottom} 名，共 {total} 个区县',
  absentCount: '另有 {n} 个区县无数据',
  offMap: '另有 {n} 个区县不在本地图范围内（见条形图与表格）',
  approxHollow: '空心点表示约数',
  topShown: '按最近一年数值显示前 {n} 个区县，共 {total} 个',
  medianOfAll: '全部区县中位数',
  footnote: '数据来源：各区县政府信息公开工作年度报告；≈ 表示约数；— 表示报告未载明',
  allRegions: '全部区县',
  regionsMore: '{first}等{n}个区县',
  views: {
    compare: '区县对比',
    map: '地图',
    trend: '年度趋势',
    heatmap: '热力图',
    overview: '总览',
  },
  withUnit: '{label}（{unit}）',
  separator: '；',
}

export const CHART_STRINGS_EN: ChartStrings = {
  value: 'Value',
  median: 'Median',
  noData: 'No data',
  approx: 'Approximate (≈)',
  source: 'Source',
  imported: 'includes imported data',
  sources: { table: 'table', text: 'text', derived: 'derived' },
  reports: '{n} reports',
  reportCount: 'Reports',
  yoy: 'YoY',
  percentagePoints: 'pp',
  year: 'Year',
  region: 'County',
  rank: 'Rank',
  rest: '{n} other counties (median)',
  restRange: 'range {min} – {max}',
  shownOfTotal: 'Top {top} and bottom {bottom} of {total} counties shown',
  absentCount: '{n} more counties without data',
  offMap: '{n} more counties are outside this map (see the bars and the table)',
  approxHollow: 'Hollow markers: approximate',
  topShown: 'Top {n} of {total} counties by latest value',
  medianOfAll: 'Median of all counties',
  footnote: 'Source: county government information disclosure annual reports; ≈ approximate; — not stated',
  allRegions: 'All counties',
  regionsMore: '{first} and {n} more',
  views: {
    compare: 'County comparison',
    map: 'Map',
    trend: 'Trends',
    heatmap: 'Heatmap',
    overview: 'Overview',
  },
  withUnit: '{label} ({unit})',
  separator: '; ',
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

export const CHART_CARD_LABELS_ZH: ChartCardLabels = {
  table: '表格',
  chart: '图表',
  export: '导出',
  png: 'PNG 图片（2 倍清晰度）',
  svg: 'SVG 矢量图',
  csv: 'CSV 数据',
  exportFailed: '导出失败：',
  toolbar: '图表操作',
}

export const CHART_CARD_LABELS_EN: ChartCardLabels = {
  table: 'Table',
  chart: 'Chart',
  export: 'Export',
  png: 'PNG image (2×)',
  svg: 'SVG vector',
  csv: 'CSV data',
  exportFailed: 'Export failed: ',
  toolbar: 'Chart actions',
}
