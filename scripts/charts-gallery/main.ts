import type { Theme } from '../../src/data/query'
import type { ChartMeta, ChartOption, ChartTable } from '../../src/charts/types'
import type { ChartStrings } from '../../src/charts/strings'
import type { ChartExportItem } from '../../src/export/export-all'
import { darkTheme, NConfigProvider } from 'naive-ui'
import { computed, createApp, defineComponent, h, onMounted, ref } from 'vue'
import { buildCompareBarOption } from '../../src/charts/compare-bar'
import { buildCompareTable } from '../../src/charts/compare-table'
import { echarts } from '../../src/charts/echarts'
import { buildHeatmapOption } from '../../src/charts/heatmap'
import { buildMapOption } from '../../src/charts/map/option'
import { ensureNingxiaMap } from '../../src/charts/map/ningxia'
import { buildChartMeta } from '../../src/charts/meta'
import { CHART_CARD_LABELS_EN, CHART_STRINGS_EN, CHART_STRINGS_ZH } from '../../src/i18n/chart-strings'
import { CHART_THEMES } from '../../src/charts/theme'
import { buildTrendOption } from '../../src/charts/trend'
import { buildHeatmapTable, buildRegionYearTable } from '../../src/charts/year-table'
import ChartCard from '../../src/components/ChartCard.vue'
import { compareRows, heatCells, nationalCounties, sampleSeries } from './data'

/**
 * Every chart type in ChartCards, for looking at them (scripts/charts-gallery.ts).
 * Query: theme=light|dark, national, lang=en, chart=<id>, mode=yoy.
 */
const query = new URLSearchParams(location.search)
const theme = (query.get('theme') ?? 'light') as Theme
const national = query.has('national')
const en = query.get('lang') === 'en'
const only = query.get('chart')
const strings = en ? CHART_STRINGS_EN : CHART_STRINGS_ZH
const series = national ? sampleSeries(nationalCounties(), 11) : sampleSeries()
const rows = compareRows(series)
const base = {
  indicatorLabel: en ? 'Licensing decisions' : '行政许可 本年处理决定数量',
  unit: '件',
  filterSummary: en ? '2023 · all prefectures · approval bureaus' : '2023年 · 全部地市 · 审批服务管理局',
  strings,
  theme,
  locale: en ? 'en' : 'zh-CN',
}
const mode = query.get('mode') === 'yoy' ? 'yoy' : 'value'

function meta(view: keyof ChartStrings['views'], years: number[]): ChartMeta {
  return buildChartMeta({ view, indicatorLabel: base.indicatorLabel, unit: base.unit, filterSummary: base.filterSummary, years, regions: null, strings })
}

interface Card { id: string, option: ChartOption, table: ChartTable, meta: ChartMeta, height: string }

const Gallery = defineComponent(() => {
  const mapReady = ref(false)
  const clicks = ref<string[]>([])
  onMounted(async () => {
    await ensureNingxiaMap(echarts)
    mapReady.value = true
  })
  const cards = computed<Card[]>(() => [
    { id: 'compare', option: buildCompareBarOption(rows, base), table: buildCompareTable(rows, base), meta: meta('compare', [2023]), height: national ? '620px' : '520px' },
    ...(mapReady.value && !national ? [{ id: 'map', option: buildMapOption(rows, base), table: buildCompareTable(rows, base), meta: meta('map', [2023]), height: '520px' }] : []),
    { id: 'trend', option: buildTrendOption(series, { ...base, mode }), table: buildRegionYearTable(series, { ...base, mode }), meta: meta('trend', [2019, 2023]), height: '460px' },
    { id: 'heatmap', option: buildHeatmapOption(heatCells(series), base), table: buildHeatmapTable(heatCells(series), base), meta: meta('heatmap', [2019, 2023]), height: national ? '620px' : '560px' },
  ].filter(c => !only || c.id === only))
  const t = CHART_THEMES[theme]
  const cardRefs = new Map<string, { exportItem: () => ChartExportItem }>()
  return () => h(NConfigProvider, { theme: theme === 'dark' ? darkTheme : null }, () => h('main', {
    style: { background: t.background, color: t.text, padding: '16px', display: 'grid', gridTemplateColumns: only ? '1fr' : 'repeat(auto-fit, minmax(420px, 1fr))', gap: '16px', minHeight: '100vh', boxSizing: 'border-box' },
  }, [
    h('div', { style: { gridColumn: '1 / -1' } }, [
      h('button', {
        'data-testid': 'chart-export-all',
        'onClick': async () => {
          const { exportAllCharts } = await import('../../src/export/export-all')
          await exportAllCharts([...cardRefs.values()].map(c => c.exportItem()), `${strings.views.compare}_2023`)
        },
      }, en ? 'Export all charts' : '导出本页全部图表'),
    ]),
    ...cards.value.map(card => h('div', { 'key': card.id, 'data-gallery': card.id }, [
      h(ChartCard, {
        ref: (el: unknown) => el ? cardRefs.set(card.id, el as { exportItem: () => ChartExportItem }) : cardRefs.delete(card.id),
        option: card.option,
        table: () => card.table,
        meta: card.meta,
        theme,
        labels: en ? CHART_CARD_LABELS_EN : undefined,
        height: card.height,
        locale: base.locale,
        onChartClick: (p: { data?: unknown, value?: unknown }) => clicks.value.push(JSON.stringify((p.data as { datum?: unknown } | undefined)?.datum ?? p.value)),
      }),
    ])),
    h('pre', { 'data-testid': 'clicks', 'style': { gridColumn: '1 / -1', fontSize: '11px' } }, clicks.value.join('\n')),
  ]))
})

createApp(Gallery).mount('#app')
