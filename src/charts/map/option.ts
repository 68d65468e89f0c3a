import type { MapSeriesOption } from 'echarts/charts'
import type { BaseChartOptions, ChartDatum, ChartOption, CompareRow } from '../types'
import { NINGXIA_REGIONS } from '../../catalog/place-names'
import { datumOf } from '../datum'
import { escapeHtml, formatNumber, formatValue } from '../format'
import { NINGXIA_MAP } from './ningxia'
import { rankDescending } from '../rank'
import { medianOfSorted } from '../../data/median'
import { fill, withUnit } from '../strings'
import { scaleRange, sequentialScale } from '../scale'
import { filteredOutSwatch, noDataSwatch } from '../swatch'
import { chartTheme, noDataDecal } from '../theme'
import { flagLabel } from '../flags'
import { cellTooltip, notTakenLines } from '../tooltip'

export interface MapOptions extends BaseChartOptions {
  /** Registered map name; default Ningxia's county map (`ensureNingxiaMap` must have run). */
  mapName?: string
  /** Region names drawn on the map; default on (ECharts hides overlapping ones). */
  showLabels?: boolean
  /**
   * Name drawn on a county, e.g. its English name. Default: the feature
   * name. Row labels are not used: views may append the year to them.
   */
  regionLabel?: (region: string) => string
  /**
   * Region names the map draws; rows for other places are left out and
   * counted in a note. Default for the default map: Ningxia's counties.
   */
  regions?: ReadonlySet<string>
}

/**
 * One shared object: ECharts caches a canvas pattern per decal object, so a
 * fresh object per county cost a canvas (and a getContext) on every render.
 */
const NO_HATCH = { symbol: 'none' }

interface MapItem {
  name: string
  value: number | null
  datum: ChartDatum
  itemStyle?: Record<string, unknown>
}

/**
 * Choropleth of one indicator per county on a viridis scale. Counties in
 * `rows` with no stated value stay grey and hatched outside the scale
 * ("无数据", or "无报告" when the county has no report at all, in the
 * tooltip and in the legend), never the colour of 0. Counties of the map
 * missing from `rows` are outside the filters: drawn in the page colour
 * with a dashed outline and their own legend entry ("不在筛选范围内"), so a
 * reviewer tells "filtered out" from "no report". Feature names are county
 * names (盐池县), matched to `region`.
 */
export function buildMapOption(allRows: readonly CompareRow[], opts: MapOptions): ChartOption {
  const theme = chartTheme(opts.theme)
  const { strings, locale } = opts
  // Only what the map can draw: at national scale the other provinces' counties
  // would otherwise each cost a data item (and skew the colour scale).
  const onMap = opts.regions ?? (opts.mapName === undefined || opts.mapName === NINGXIA_MAP ? NINGXIA_REGIONS : null)
  const rows = onMap ? allRows.filter(r => onMap.has(r.region)) : allRows
  const offMap = allRows.length - rows.length
  const { present, absent } = rankDescending(rows, r => r.region)
  const byName = new Map(rows.map(r => [r.region, r]))
  const filteredOut = onMap ? [...onMap].filter(region => !byName.has(region)) : []
  const outside = new Set(filteredOut)
  const { min, max } = scaleRange(present.map(r => r.value!), opts.unit)

  const data: MapItem[] = rows.map((r) => {
    const item: MapItem = { name: r.region, value: r.value, datum: datumOf(r.value === null ? 'absent' : 'value', r, { region: r.region }) }
    // The series default is hatched "no data"; a stated value drops the hatching.
    if (r.value !== null)
      item.itemStyle = r.flagged ? { decal: NO_HATCH, borderColor: theme.flag, borderWidth: 2 } : { decal: NO_HATCH }
    return item
  })
  for (const region of filteredOut)
    data.push({ name: region, value: null, datum: datumOf('absent', { value: null, approx: false, sources: [], reportIds: [] }, { region }), itemStyle: { areaColor: theme.background, decal: NO_HATCH, borderColor: theme.axisLine, borderType: 'dashed' } })
  const noDataLabel = absent.some(r => r.noReport) ? `${strings.noData} / ${strings.noReport}` : strings.noData

  const series: MapSeriesOption = {
    type: 'map',
    map: opts.mapName ?? NINGXIA_MAP,
    name: opts.indicatorLabel,
    top: 12,
    bottom: 12,
    left: 8,
    right: 8,
    roam: false,
    selectedMode: false,
    // ECharts reads a null value as empty (NaN), its own 'no data'; the types only admit '-'.
    data: data as MapSeriesOption['data'],
    itemStyle: { areaColor: theme.noData, decal: noDataDecal(theme), borderColor: theme.background, borderWidth: 1 },
    label: { show: opts.showLabels ?? true, formatter: (p: { name?: string }) => flagLabel(opts.regionLabel?.(p.name ?? '') ?? p.name ?? '', byName.get(p.name ?? '')?.flagged), fontSize: 10, color: theme.text, textBorderColor: theme.background, textBorderWidth: 2 },
    labelLayout: { hideOverlap: true },
    emphasis: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: theme.reference, borderColor: theme.text } },
  }

  return {
    aria: { enabled: true, label: { enabled: true, description: describe(present, absent, filteredOut.length, opts) } },
    animation: false,
    visualMap: [sequentialScale(theme, { min, max, unit: opts.unit, locale }, { left: 8, bottom: filteredOut.length > 0 ? 58 : 36, itemHeight: 120 })],
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const name = (params as { name?: string }).name ?? ''
        if (outside.has(name))
          return `<div style="font-weight:600;margin-bottom:2px">${escapeHtml(opts.regionLabel?.(name) ?? name)}</div><div>${escapeHtml(strings.filteredOut)}</div>`
        const row = byName.get(name) ?? { region: name, label: name, value: null, approx: false, sources: [], reportIds: [] }
        return cellTooltip(row.label, row, opts, notTakenLines(row, opts))
      },
    },
    graphic: [
      noDataSwatch(theme, noDataLabel, { left: 8, bottom: 10 }),
      ...(filteredOut.length > 0 ? [filteredOutSwatch(theme, strings.filteredOut, { left: 8, bottom: 30 })] : []),
      ...(offMap > 0 ? [{ type: 'text' as const, left: 8, top: 4, silent: true, style: { text: fill(strings.offMap, { n: formatNumber(offMap, locale) }), fill: theme.subtext, fontSize: 12 } }] : []),
    ],
    series: [series],
  }
}

function describe(present: readonly CompareRow[], absent: readonly CompareRow[], filteredOut: number, opts: MapOptions): string {
  const { strings, locale } = opts
  const median = medianOfSorted(present.map(r => r.value!).reverse())
  const parts = [`${withUnit(strings, opts.indicatorLabel, opts.unit)} ${strings.views.map}`, opts.filterSummary]
  const first = present[0]
  if (first)
    parts.push(`${first.label} ${formatValue(first.value, { approx: first.approx, locale })}`)
  if (median !== null)
    parts.push(`${strings.median} ${formatValue(median, { locale })}`)
  if (absent.length > 0)
    parts.push(`${strings.noData} ${absent.map(r => r.label).join('、')}`)
  if (filteredOut > 0)
    parts.push(`${strings.filteredOut} ${formatNumber(filteredOut, locale)}`)
  return parts.filter(Boolean).join(strings.separator)
}
