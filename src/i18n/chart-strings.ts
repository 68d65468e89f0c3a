import type { ChartCardLabels, ChartStrings } from '../charts/strings'
import { en } from './en'
import { zhCN } from './zh-CN'

/**
 * The text chart builders draw (titles, legends, tooltips, notes, file
 * names) and ChartCard's toolbar, in both UI languages. Builders take these
 * as options: they never call vue-i18n (docs/charts.md).
 */

export const CHART_STRINGS_ZH: ChartStrings = {
  value: '数值',
  median: '中位数',
  noData: '无数据',
  noReport: '无报告',
  filteredOut: '不在筛选范围内',
  approx: '约数（≈）',
  source: '来源',
  imported: '含导入数据',
  flagged: '⚠ 核查发现问题（未忽略）',
  medianUnflagged: '中位数（不含⚠值）',
  sources: zhCN.source,
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
  basis: '依据：{agencies} {year} 年报告',
  notTaken: '未计入（只取最近一年）：',
  agency: '机构',
  reportIds: '报告编号',
  allRegions: '全部区县',
  regionsMore: '{first}等{n}个区县',
  views: {
    compare: '区县对比',
    map: '地图',
    trend: '年度趋势',
    heatmap: '热力图',
  },
  withUnit: '{label}（{unit}）',
  separator: '；',
}

export const CHART_STRINGS_EN: ChartStrings = {
  value: 'Value',
  median: 'Median',
  noData: 'No data',
  noReport: 'No report',
  filteredOut: 'Filtered out',
  approx: 'Approximate (≈)',
  source: 'Source',
  imported: 'includes imported data',
  flagged: '⚠ flagged by a check (not ignored)',
  medianUnflagged: 'median (⚠ values left out)',
  sources: en.source,
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
  basis: 'From: {agencies}, {year} report',
  notTaken: 'Not counted (only the latest year is taken):',
  agency: 'Agency',
  reportIds: 'Report ids',
  allRegions: 'All counties',
  regionsMore: '{first} and {n} more',
  views: {
    compare: 'County comparison',
    map: 'Map',
    trend: 'Trends',
    heatmap: 'Heatmap',
  },
  withUnit: '{label} ({unit})',
  separator: '; ',
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
