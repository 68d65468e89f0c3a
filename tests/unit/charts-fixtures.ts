import type { BaseChartOptions, CompareRow } from '../../src/charts/types'
import { CHART_STRINGS_ZH } from '../../src/i18n/chart-strings'

/** Shared plain-data inputs for the chart builder tests. */

export const BASE: BaseChartOptions = {
  indicatorLabel: '行政许可 本年处理决定数量',
  unit: '件',
  filterSummary: '2023年 · 吴忠市 · 审批服务管理局',
  strings: CHART_STRINGS_ZH,
  theme: 'light',
}

export function row(region: string, value: number | null, extra: Partial<CompareRow> = {}): CompareRow {
  return { region, label: region, value, approx: false, sources: value === null ? [] : ['table'], reportIds: value === null ? [] : [`r-${region}`], ...extra }
}

/** n synthetic counties with distinct values n-1 … 0 (some absent when `absentEvery` is set). */
export function manyRows(n: number, absentEvery = 0): CompareRow[] {
  return Array.from({ length: n }, (_, i) => row(`县${i}`, absentEvery && i % absentEvery === 0 ? null : n - i))
}
