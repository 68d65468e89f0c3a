import type { CompareRow, HeatmapCell, TrendSeries } from '../../src/charts/types'
import { NINGXIA } from '../../src/catalog/gazetteer'

/** Deterministic sample data for the gallery: Ningxia's 22 counties, and a national-scale set. */

const COUNTIES = NINGXIA.prefectures.flatMap(p => p.counties.map(c => c.name))
const YEARS = [2019, 2020, 2021, 2022, 2023]

function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296
    return s / 4294967296
  }
}

export function sampleSeries(counties = COUNTIES, seed = 7): TrendSeries[] {
  const rnd = random(seed)
  return counties.map((region, i) => {
    const base = 200 + rnd() * 3000
    return {
      region,
      label: region,
      points: YEARS.flatMap((year) => {
        const r = rnd()
        // Some years not stated (absent), one stated zero, a few approximate.
        if (r < 0.1)
          return []
        const value = i === 5 && year === 2021 ? 0 : Math.round(base * (0.7 + rnd() * 0.6))
        return [{ year, value, approx: r > 0.9, sources: [r > 0.5 ? 'table' : 'text'] as const, reportIds: [`${region}-${year}`] }]
      }),
    }
  })
}

export function compareRows(series: TrendSeries[], year = 2023): CompareRow[] {
  return series.map((s) => {
    const p = s.points.find(q => q.year === year)
    return { region: s.region, label: s.label, value: p?.value ?? null, approx: p?.approx ?? false, sources: p?.sources ?? [], reportIds: p?.reportIds ?? [] }
  })
}

export function heatCells(series: TrendSeries[]): HeatmapCell[] {
  return series.flatMap(s => s.points.map(p => ({ ...p, region: s.region, label: s.label })))
}

export function nationalCounties(n = 2800): string[] {
  return Array.from({ length: n }, (_, i) => `${COUNTIES[i % COUNTIES.length]}${Math.floor(i / COUNTIES.length) + 1}`)
}
