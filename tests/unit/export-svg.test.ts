import type { ChartMeta, ChartOption } from '../../src/charts/types'
import { DOMParser } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import { buildCompareBarOption } from '../../src/charts/compare-bar'
import { buildHeatmapOption } from '../../src/charts/heatmap'
import { buildChartMeta } from '../../src/charts/meta'
import { buildTrendOption } from '../../src/charts/trend'
import { renderChartSvg } from '../../src/export/chart-image'
import { CHART_STRINGS_EN, CHART_STRINGS_ZH } from '../../src/i18n/chart-strings'
import { BASE, row } from './charts-fixtures'

/** Parse as XML, failing on any error or warning (a browser refuses such an SVG file). */
function parseStrict(xml: string): Document {
  const problems: string[] = []
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`${level}: ${message}`)
    },
  } as never).parseFromString(xml, 'image/svg+xml')
  expect(problems).toEqual([])
  return doc as unknown as Document
}

const point = (year: number, value: number) => ({ year, value, approx: false, sources: ['table' as const], reportIds: [`r${year}`] })

const CHARTS: [string, ChartOption, ChartMeta['fileBase']][] = [
  ['compare', buildCompareBarOption([row('盐池县', 5147), row('同心县', null), row('灵武市', 4625, { approx: true })], BASE), 'compare'],
  ['trend', buildTrendOption([{ region: '盐池县', label: '盐池县', points: [point(2022, 14356), point(2023, 5147)] }], { ...BASE, years: [2022, 2023] }), 'trend'],
  ['heatmap', buildHeatmapOption([{ region: '盐池县', label: '盐池县', ...point(2023, 5147) }, { region: '同心县', label: '同心县', year: 2023, value: null, approx: false, sources: [], reportIds: [] }], { ...BASE, years: [2023] }), 'heatmap'],
]

describe('SVG export', () => {
  for (const [view, option] of CHARTS) {
    for (const strings of [CHART_STRINGS_ZH, CHART_STRINGS_EN]) {
      it(`is well-formed XML with its text readable (${view}, ${strings === CHART_STRINGS_EN ? 'en' : 'zh'})`, () => {
        const meta = buildChartMeta({ view: view as 'compare', indicatorLabel: BASE.indicatorLabel, unit: '件', filterSummary: 'A & B <C> "D"', years: [2023], regions: null, strings })
        const svg = renderChartSvg({ option, meta, theme: 'light', width: 800, height: 420 })
        const doc = parseStrict(svg)
        expect(doc.documentElement.nodeName).toBe('svg')
        const text = Array.from(doc.getElementsByTagName('text') as unknown as ArrayLike<Element>).map(t => t.textContent).join(' ')
        expect(text).toContain('A & B <C> "D"')
        // The font list keeps its CJK faces (quoted names inside the style attribute).
        const styled = Array.from(doc.getElementsByTagName('text') as unknown as ArrayLike<Element>).map(t => t.getAttribute('style') ?? '')
        expect(styled.some(s => s.includes('\'Noto Sans CJK SC\''))).toBe(true)
      })
    }
  }
})
