/**
 * The bare page of the browser benchmark (scripts/lib/bench-bare.ts): the
 * least code that shows the app's first chart. It fetches the same dataset
 * files (the manifest, then the reports — where each report's county and
 * year are — and the observations, at once), parses them, copies the
 * columns the chart needs into typed arrays, sums one indicator per county
 * in its latest year and draws one bar chart with the app's ECharts build
 * (src/charts/echarts.ts). No Vue, no validation, no worker, no stores.
 * The app's figures are printed as ratios to this page's, which moves with
 * the machine's load as the app does.
 */
import { echarts } from '../../src/charts/echarts'

/** The app's default indicator (src/data/filters.ts). */
const INDICATOR = 'licensing.decisions'
/** Bars drawn (the app's compare chart draws 20 + 20 at most). */
const BARS = 40

interface Observations { indicators: string[], reportOffsets: number[], indicator: number[], value: number[] }
interface Reports { reports: { region: string | null, year: number | null, agencyKind: string | null }[] }
interface BareWindow { __bare: { firstChart?: number, change?: (from: number) => Promise<number> } }

const bare: BareWindow['__bare'] = {}
;(window as unknown as BareWindow).__bare = bare

const dataset = new URLSearchParams(location.search).get('dataset') ?? 'bundled'
const folder = new URL(`../data/${dataset}/`, location.href)
async function json<T>(name: string): Promise<T> {
  const bytes = await (await fetch(new URL(name, folder))).arrayBuffer()
  return JSON.parse(new TextDecoder().decode(bytes)) as T
}

const manifest = await json<{ files: { reports: string, observations: string } }>('manifest.json')
performance.mark('bare:manifest')
const [reports, obs] = await Promise.all([json<Reports>(manifest.files.reports), json<Observations>(manifest.files.observations)])
performance.mark('bare:decoded')
const code = obs.indicators.indexOf(INDICATOR)
const indicator = Uint16Array.from(obs.indicator)
const value = Float64Array.from(obs.value)
const offsets = Uint32Array.from(obs.reportOffsets)
const regions = new Map<string, number>()
const reportRegion = Int32Array.from(reports.reports, r => r.region === null ? -1 : regions.get(r.region) ?? regions.set(r.region, regions.size).get(r.region)!)
const reportYear = Uint16Array.from(reports.reports, r => r.year ?? 0)
const names = [...regions.keys()]

/** Latest year's sum of the indicator per county, from `from` on; the top BARS. */
function aggregate(from: number): { name: string, value: number }[] {
  const year = new Uint16Array(names.length)
  const sum = new Float64Array(names.length)
  for (let r = 0; r < reportRegion.length; r++) {
    const g = reportRegion[r]!
    const y = reportYear[r]!
    if (g < 0 || y < from || y < year[g]!)
      continue
    for (let i = offsets[r]!; i < offsets[r + 1]!; i++) {
      if (indicator[i] === code) {
        if (y > year[g]!) {
          year[g] = y
          sum[g] = 0
        }
        sum[g]! += value[i]!
      }
    }
  }
  const rows = names.map((name, g) => ({ name, value: sum[g]! })).filter((_, g) => year[g]! > 0)
  return rows.sort((a, b) => b.value - a.value).slice(0, BARS)
}

function option(rows: { name: string, value: number }[]) {
  return {
    animation: false,
    grid: { left: 80, right: 16, top: 16, bottom: 24 },
    xAxis: { type: 'value' as const },
    yAxis: { type: 'category' as const, inverse: true, data: rows.map(r => r.name) },
    series: [{ type: 'bar' as const, data: rows.map(r => r.value) }],
  }
}

const chart = echarts.init(document.getElementById('chart')!)
let onFinished = () => {}
chart.on('finished', () => onFinished())
onFinished = () => {
  bare.firstChart = performance.now()
  performance.mark('bare:first-chart')
}
chart.setOption(option(aggregate(0)))

/** A filter change: aggregate again from `from` on, draw, resolve with ms until ECharts' `finished`. */
bare.change = from => new Promise((resolve) => {
  const start = performance.now()
  onFinished = () => resolve(performance.now() - start)
  chart.setOption(option(aggregate(from)), { notMerge: true })
})
