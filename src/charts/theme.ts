/**
 * Light and dark chart themes. Colour choices follow published colour-blind
 * safe palettes: Okabe–Ito for categories (lines, series) and viridis for
 * sequential scales (map, heatmap). Builders read the tokens for the colours
 * they set explicitly; `toEChartsTheme` turns the same tokens into the theme
 * object registered with ECharts, so the live chart and its export agree.
 */

import type { Theme } from '../data/query'

export interface ChartTheme {
  name: Theme
  /** Name the theme is registered under with ECharts. */
  echartsName: string
  /** Card / export background (matches Naive UI's card colour). */
  background: string
  text: string
  subtext: string
  axisLine: string
  splitLine: string
  /** Categorical palette, ordered for contrast against `background`. */
  palette: readonly string[]
  /** Sequential scale, low → high; "more" always means more contrast with the background. */
  sequential: readonly string[]
  /** Fill of absent values (map regions, heatmap cells): never a colour of the scale. */
  noData: string
  /** Hatching drawn over `noData` so absence does not rely on colour. */
  noDataHatch: string
  /** The main bar colour. */
  bar: string
  /** Bars summarising the counties not shown (national scale). */
  summary: string
  /** Reference lines: median, averages. */
  reference: string
  /** Outline of a value flagged by a check (with ⚠ in its label, so colour is not the only sign). */
  flag: string
  tooltipBackground: string
  tooltipBorder: string
  fontFamily: string
}

/** Okabe & Ito (2008), black swapped for grey so it reads on both backgrounds. */
const OKABE_ITO_LIGHT = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#56B4E9',
  '#CC79A7',
  '#999999',
  '#F0E442',
] as const
const OKABE_ITO_DARK = [
  '#56B4E9',
  '#E69F00',
  '#009E73',
  '#F0E442',
  '#CC79A7',
  '#D55E00',
  '#0072B2',
  '#BBBBBB',
] as const

/** Viridis at ten stops, dark purple → yellow. */
const VIRIDIS = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#b5de2b',
  '#fde725',
] as const

/**
 * Font names quoted with ' (never "): the SVG export writes the list into a
 * style="…" attribute, where a double quote would end it (invalid XML).
 */
const FONT_FAMILY = 'system-ui, -apple-system, \'PingFang SC\', \'Microsoft YaHei\', \'Noto Sans CJK SC\', \'Source Han Sans SC\', sans-serif'

export const CHART_THEMES: Record<Theme, ChartTheme> = {
  light: {
    name: 'light',
    echartsName: 'dd-light',
    background: '#ffffff',
    text: '#1f2225',
    subtext: '#5c6166',
    axisLine: '#8a8f94',
    splitLine: '#e5e7ea',
    palette: OKABE_ITO_LIGHT,
    // Reversed viridis: pale for little, dark for much, on a white page.
    sequential: [...VIRIDIS].reverse(),
    noData: '#e4e4e7',
    noDataHatch: '#a1a1aa',
    bar: '#0072B2',
    summary: '#9ca3af',
    reference: '#D55E00',
    flag: '#B00020',
    tooltipBackground: 'rgba(255,255,255,0.97)',
    tooltipBorder: '#d4d4d8',
    fontFamily: FONT_FAMILY,
  },
  dark: {
    name: 'dark',
    echartsName: 'dd-dark',
    background: '#18181c',
    text: '#e8e8ea',
    subtext: '#a1a1aa',
    axisLine: '#71717a',
    splitLine: '#2e2e35',
    palette: OKABE_ITO_DARK,
    // Viridis without its darkest stops, which would vanish into the background.
    sequential: VIRIDIS.slice(2),
    noData: '#3f3f46',
    noDataHatch: '#71717a',
    bar: '#56B4E9',
    summary: '#71717a',
    reference: '#E69F00',
    flag: '#FF6B6B',
    tooltipBackground: 'rgba(32,32,38,0.97)',
    tooltipBorder: '#52525b',
    fontFamily: FONT_FAMILY,
  },
}

export function chartTheme(name: Theme | undefined): ChartTheme {
  return CHART_THEMES[name ?? 'light']
}

/** Diagonal hatching for absent values (ECharts decal), readable without colour. */
export function noDataDecal(theme: ChartTheme) {
  return {
    symbol: 'rect',
    symbolSize: 1,
    color: theme.noDataHatch,
    dashArrayX: [1, 0],
    dashArrayY: [2, 4],
    rotation: Math.PI / 4,
  }
}

/** Sparser hatching marking approximate (≈) values on bars. */
export function approxDecal(theme: ChartTheme) {
  return {
    symbol: 'rect',
    symbolSize: 1,
    color: theme.name === 'dark'
      ? 'rgba(0,0,0,0.45)'
      : 'rgba(255,255,255,0.55)',
    dashArrayX: [1, 0],
    dashArrayY: [3, 5],
    rotation: -Math.PI / 4,
  }
}

/** The theme object registered with `echarts.registerTheme`. */
export function toEChartsTheme(t: ChartTheme): Record<string, unknown> {
  const axis = {
    axisLine: {
      lineStyle: { color: t.axisLine },
    },
    axisTick: {
      lineStyle: { color: t.axisLine },
    },
    axisLabel: { color: t.subtext },
    splitLine: {
      lineStyle: {
        color: [t.splitLine],
      },
    },
    nameTextStyle: { color: t.subtext },
  }
  return {
    color: [...t.palette],
    // The card paints the background; exports set it explicitly.
    backgroundColor: 'transparent',
    textStyle: { color: t.text, fontFamily: t.fontFamily },
    title: {
      textStyle: { color: t.text },
      subtextStyle: { color: t.subtext },
    },
    legend: {
      textStyle: { color: t.text },
      pageTextStyle: { color: t.subtext },
      pageIconColor: t.text,
      pageIconInactiveColor: t.axisLine,
    },
    tooltip: {
      backgroundColor: t.tooltipBackground,
      borderColor: t.tooltipBorder,
      textStyle: { color: t.text },
    },
    categoryAxis: axis,
    valueAxis: axis,
    visualMap: {
      textStyle: { color: t.text },
    },
    dataZoom: {
      textStyle: { color: t.subtext },
      borderColor: t.axisLine,
      fillerColor: t.name === 'dark'
        ? 'rgba(86,180,233,0.18)'
        : 'rgba(0,114,178,0.12)',
      handleStyle: { color: t.background, borderColor: t.axisLine },
      moveHandleStyle: { color: t.axisLine },
      dataBackground: {
        lineStyle: { color: t.axisLine },
        areaStyle: { color: t.splitLine },
      },
    },
    markLine: {
      label: { color: t.text },
    },
  }
}
