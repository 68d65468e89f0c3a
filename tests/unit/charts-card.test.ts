// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { buildCompareBarOption } from '../../src/charts/compare-bar'
import { buildCompareTable } from '../../src/charts/compare-table'
import { buildChartMeta } from '../../src/charts/meta'
import { CHART_CARD_LABELS_EN, CHART_STRINGS_ZH } from '../../src/i18n/chart-strings'
import ChartCard from '../../src/components/ChartCard.vue'
import { BASE, row } from './charts-fixtures'

// ECharts needs a real canvas; the card's own behaviour is what is tested here
// (the charts themselves are looked at in Chromium by scripts/charts-gallery.ts).
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    name: 'VChartStub',
    props: { option: { type: Object, default: undefined }, theme: { type: String, default: undefined }, autoresize: Boolean, updateOptions: { type: Object, default: undefined } },
    emits: ['finished', 'click'],
    setup(_props, { expose }) {
      expose({ getWidth: () => 600, getHeight: () => 400 })
      return () => h('div', { class: 'vchart-stub' })
    },
  }),
}))
vi.mock('../../src/charts/echarts', () => ({}))

/** The task after the next animation frame, when ChartCard hands its option to ECharts. */
const afterPaint = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve)))
/** The first option: ECharts is started a paint after the card's first, and drawn a paint later. */
const afterFirstPaints = async () => {
  await afterPaint()
  await nextTick()
  await afterPaint()
}

const ROWS = [row('盐池县', 1500, { approx: true }), row('同心县', null), row('利通区', 0)]

function mountCard(labels = {}) {
  return mount(ChartCard, {
    props: {
      option: buildCompareBarOption(ROWS, BASE),
      table: () => buildCompareTable(ROWS, BASE),
      meta: buildChartMeta({ view: 'compare', indicatorLabel: BASE.indicatorLabel, unit: '件', filterSummary: BASE.filterSummary, years: [2023], regions: null, strings: CHART_STRINGS_ZH }),
      labels,
    },
    attachTo: document.body,
  })
}

describe('ChartCard', () => {
  it('shows the title with unit and the filters in force', () => {
    const card = mountCard()
    expect(card.get('[data-testid="chart-card"]').text()).toContain('行政许可 本年处理决定数量（件） · 区县对比')
    expect(card.text()).toContain('2023年 · 吴忠市 · 审批服务管理局')
    card.unmount()
  })

  it('reports rendering/ready and counts renders on the chart element', async () => {
    const card = mountCard()
    const state = () => card.get('.chart-card__chart')
    expect(state().attributes('data-chart-state')).toBe('rendering')
    await afterFirstPaints()
    const chart = card.findComponent({ name: 'VChartStub' })
    chart.vm.$emit('finished')
    await nextTick()
    expect(state().attributes('data-chart-state')).toBe('ready')
    expect(state().attributes('data-render-count')).toBe('1')
    await card.setProps({ option: buildCompareBarOption(ROWS.slice(0, 1), BASE) })
    expect(state().attributes('data-chart-state')).toBe('rendering')
    await afterPaint()
    chart.vm.$emit('finished')
    await nextTick()
    expect(state().attributes('data-chart-state')).toBe('ready')
    expect(state().attributes('data-render-count')).toBe('2')
    card.unmount()
  })

  it('marks the chart busy at once and hands ECharts a new option only after a paint', async () => {
    const card = mountCard()
    const body = card.get('.chart-card__body')
    // The first render paints the card (busy) before ECharts is started.
    expect(card.findComponent({ name: 'VChartStub' }).exists()).toBe(false)
    expect(body.attributes('aria-busy')).toBe('true')
    // A paint later ECharts is started without an option (it reads the layout
    // the paint has just done), and a paint after that it gets the option.
    await afterPaint()
    await nextTick()
    const chart = card.findComponent({ name: 'VChartStub' })
    expect(chart.exists()).toBe(true)
    expect(chart.props('option')).toBeUndefined()
    await afterPaint()
    expect(chart.props('option')).toMatchObject({ series: expect.any(Array) })
    chart.vm.$emit('finished')
    await nextTick()
    expect(body.attributes('aria-busy')).toBe('false')
    const first = chart.props('option')
    await card.setProps({ option: buildCompareBarOption(ROWS.slice(0, 1), BASE) })
    expect(body.attributes('aria-busy')).toBe('true')
    expect(chart.props('option')).toBe(first)
    // A render of the old option finishing meanwhile does not clear the mark.
    chart.vm.$emit('finished')
    await nextTick()
    expect(body.attributes('aria-busy')).toBe('true')
    expect(card.get('.chart-card__chart').attributes('data-render-count')).toBe('1')
    await afterPaint()
    expect(chart.props('option')).not.toBe(first)
    chart.vm.$emit('finished')
    await nextTick()
    expect(body.attributes('aria-busy')).toBe('false')
    card.unmount()
  })

  it('passes chart clicks up as chart-click with the ECharts params', async () => {
    const card = mountCard()
    const params = { componentType: 'series', data: { datum: { region: '盐池县' } } }
    await afterFirstPaints()
    card.findComponent({ name: 'VChartStub' }).vm.$emit('click', params)
    expect(card.emitted('chart-click')?.[0]).toEqual([params])
    card.unmount()
  })

  it('toggles to a table with the same numbers: ≈ for approximate, — for absent', async () => {
    const card = mountCard()
    const toggle = card.get('[data-testid="chart-table-toggle"]')
    expect(toggle.text()).toBe('表格')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.text()).toBe('图表')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    const table = card.get('[role="region"]')
    const cells = table.findAll('tbody tr').map(tr => tr.findAll('td').map(td => td.text()))
    expect(cells.map(r => [r[1], r[4]])).toEqual([['盐池县', '≈1,500'], ['利通区', '0'], ['同心县', '—']])
    // The ≈ flag column is for the CSV; on screen it is folded into the value.
    expect(table.text()).not.toContain('约数（≈）')
    card.unmount()
  })

  it('uses the labels the app passes', () => {
    const card = mountCard(CHART_CARD_LABELS_EN)
    expect(card.get('[data-testid="chart-table-toggle"]').text()).toBe('Table')
    expect(card.get('[data-testid="chart-export"]').text()).toBe('Export')
    card.unmount()
  })
})
