import type { MapSeriesOption } from 'echarts/charts'
import type { BaseChartOptions, ChartDatum, ChartOption, CompareRow } from './types'
import { datumOf } from './datum'
import { formatShort } from './format'
import { NINGXIA_MAP } from './map/ningxia'
import { rankDescending } from './rank'
import { medianOfSorted } from './stats'
import { withUnit } from './strings'
import { noDataSwatch } from './swatch'
import { chartTheme, noDataDecal } from './theme'
import { cellTooltip } from './tooltip'

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
}

interface MapItem {
  name: string
  value: number | null
  datum: ChartDatum
  itemStyle?: Record<string, unknown>
}

/**
 * Choropleth of one indicator per county on a viridis scale. Counties with
 * no stated value, and counties missing from `rows`, stay grey and hatched
 * outside the scale ("无数据" in the tooltip and in the legend), never the
 * colour of 0. Feature names are county names (盐池县), matched to `region`.
 */
export function buildMapOption(rows: readonly CompareRow[], opts: MapOptions): ChartOption {
  const theme = chartTheme(opts.theme)
  const { strings, locale } = opts
  const { present, absent } = rankDescending(rows, r => r.region)
  const byName = new Map(rows.map(r => [r.region, r]))
  let min = present.at(-1)?.value ?? 0
  let max = present[0]?.value ?? 1
  if (min === max) {
    min = Math.min(0, min)
    max = Math.max(max, min + 1)
  }

  const data: MapItem[] = rows.map((r) => {
    const item: MapItem = { name: r.region, value: r.value, datum: datumOf(r.value === null ? 'absent' : 'value', r, { region: r.region }) }
    // The series default is hatched "no data"; a stated value drops the hatching.
    if (r.value !== null)
      item.itemStyle = { decal: { symbol: 'none' } }
    return item
  })

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
    label: { show: opts.showLabels ?? true, formatter: (p: { name?: string }) => opts.regionLabel?.(p.name ?? '') ?? p.name ?? '', fontSize: 10, color: theme.text, textBorderColor: theme.background, textBorderWidth: 2 },
    labelLayout: { hideOverlap: true },
    emphasis: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: theme.reference, borderColor: theme.text } },
  }

  return {
    aria: { enabled: true, label: { enabled: true, description: describe(present, absent, opts) } },
    animation: false,
    visualMap: [{
      type: 'continuous',
      seriesIndex: 0,
      min,
      max,
      calculable: false,
      left: 8,
      bottom: 36,
      itemWidth: 12,
      itemHeight: 120,
      text: [`${formatShort(max, false, locale)} ${opts.unit}`, formatShort(min, false, locale)],
      textGap: 6,
      inRange: { color: [...theme.sequential] },
      outOfRange: { color: [theme.splitLine] },
      formatter: (v: unknown) => formatShort(Number(v), false, locale),
    }],
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const name = (params as { name?: string }).name ?? ''
        const row = byName.get(name) ?? { region: name, label: name, value: null, approx: false, sources: [], reportIds: [] }
        return cellTooltip(row.label, row, opts)
      },
    },
    graphic: [noDataSwatch(theme, strings.noData, { left: 8, bottom: 10 })],
    series: [series],
  }
}

function describe(present: readonly CompareRow[], absent: readonly CompareRow[], opts: MapOptions): string {
  const { strings, locale } = opts
  const median = medianOfSorted(present.map(r => r.value!).reverse())
  const parts = [`${withUnit(strings, opts.indicatorLabel, opts.unit)} ${strings.views.map}`, opts.filterSummary]
  const first = present[0]
  if (first)
    parts.push(`${first.label} ${formatShort(first.value, first.approx, locale)}`)
  if (median !== null)
    parts.push(`${strings.median} ${formatShort(median, false, locale)}`)
  if (absent.length > 0)
    parts.push(`${strings.noData} ${absent.map(r => r.label).join('、')}`)
  return parts.filter(Boolean).join(strings.separator)
}
