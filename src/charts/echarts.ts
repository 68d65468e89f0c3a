import { BarChart, HeatmapChart, LineChart, MapChart } from 'echarts/charts'
import {
  AriaComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GraphicComponent,
  GridComponent,
  LegendPlainComponent,
  LegendScrollComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { LabelLayout } from 'echarts/features'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'
import { THEMES } from '../data/query'
import { CHART_THEMES, toEChartsTheme } from './theme'

/**
 * The one place ECharts parts are registered: only what the builders use,
 * so the bundle carries nothing else. Import `echarts` from here (never
 * from 'echarts' itself, which pulls in every chart type).
 * Title is used by exports only, SVGRenderer by SVG export, LabelLayout
 * by the map (hides overlapping county names).
 */
echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  MapChart,
  AriaComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GraphicComponent,
  GridComponent,
  LegendPlainComponent,
  LegendScrollComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  VisualMapPiecewiseComponent,
  LabelLayout,
  CanvasRenderer,
  SVGRenderer,
])

for (const name of THEMES)
  echarts.registerTheme(CHART_THEMES[name].echartsName, toEChartsTheme(CHART_THEMES[name]))

export { echarts }
