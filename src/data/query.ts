import type { AgencyKind } from '../schema/report'
import type { Filters } from './filters'
import { AGENCY_KINDS } from './enums'
import { DATASET_NAME } from './enums'
import { DEFAULT_INDICATOR } from './filters'

/**
 * The URL's query string ↔ the app's state. Every filter lives in the URL so
 * a copied link reproduces the view; documented in docs/app.md.
 */

/** A query as vue-router hands it over (repeated keys become arrays). */
export type QueryInput = Record<string, string | null | (string | null)[] | undefined>
/** A query to hand to vue-router. */
export type QueryOutput = Record<string, string>

export type Lang = 'zh-CN' | 'en'
export type Theme = 'light' | 'dark'

/** The names of the views in the navigation bar, in order (route names). */
export const NAV_VIEWS = [
  'overview',
  'compare',
  'trends',
  'heatmap',
  'checks',
  'import',
] as const
export type NavView = (typeof NAV_VIEWS)[number]

/** A parameter value that was ignored, for the visible notice. */
export interface QueryNotice {
  param: string
  value: string
}

/** Names the filters may use: what the gazetteer and the loaded data know. */
export interface Vocabulary {
  prefectures: ReadonlySet<string>
  /** County → its prefecture (null when unknown). */
  counties: ReadonlyMap<string, string | null>
  indicators: ReadonlySet<string>
}

/** A year the app can mean: four digits. */
const YEAR = /^\d{4}$/
/** Separator of list values: ASCII or full-width comma. */
const LIST_SEPARATOR = /[,，]/

export const DEFAULT_DATASET = 'bundled'

function first(query: QueryInput, key: string): string | null {
  const v = query[key]
  const s = Array.isArray(v)
    ? v[0]
    : v
  return s === undefined || s === null || s.trim() === ''
    ? null
    : s.trim()
}

function list(query: QueryInput, key: string): string[] {
  const v = query[key]
  const raw = Array.isArray(v)
    ? v
    : [v]
  return raw.flatMap(s => (s ?? '').split(LIST_SEPARATOR)).map(s => s.trim()).filter(s => s !== '')
}

/** Parameters needed before any data is loaded. */
export interface AppQuery {
  lang: Lang
  theme: Theme
  dataset: string
  notices: QueryNotice[]
}

export function parseAppQuery(query: QueryInput): AppQuery {
  const notices: QueryNotice[] = []
  const lang = first(query, 'lang')
  const theme = first(query, 'theme')
  const dataset = first(query, 'dataset')
  if (lang !== null && !['zh', 'zh-CN', 'en'].includes(lang))
    notices.push({ param: 'lang', value: lang })
  if (theme !== null && theme !== 'light' && theme !== 'dark')
    notices.push({ param: 'theme', value: theme })
  const datasetOk = dataset !== null && DATASET_NAME.test(dataset)
  if (dataset !== null && !datasetOk)
    notices.push({ param: 'dataset', value: dataset })
  return {
    lang: lang === 'en'
      ? 'en'
      : 'zh-CN',
    theme: theme === 'dark'
      ? 'dark'
      : 'light',
    dataset: datasetOk ? dataset! : DEFAULT_DATASET,
    notices,
  }
}

function parseYear(query: QueryInput, key: string, notices: QueryNotice[]): number | null {
  const v = first(query, key)
  if (v === null)
    return null
  const year = Number(v)
  if (!YEAR.test(v) || year < 1990 || year > 2100) {
    notices.push({ param: key, value: v })
    return null
  }
  return year
}

/** The filters a query states, keeping only values the vocabulary knows. */
export function parseFilterQuery(query: QueryInput, vocab: Vocabulary): { filters: Filters, notices: QueryNotice[] } {
  const notices: QueryNotice[] = []
  const keep = (param: string, values: string[], ok: (v: string) => boolean) =>
    [
      ...new Set(values),
    ].filter((v) => {
      if (!ok(v))
        notices.push({ param, value: v })
      return ok(v)
    })
  const prefectures = keep('pref', list(query, 'pref'), v => vocab.prefectures.has(v))
  // A county outside the chosen prefectures would select nothing: drop it visibly.
  const counties = keep('county', list(query, 'county'), v =>
    vocab.counties.has(v) && (prefectures.length === 0 || prefectures.includes(vocab.counties.get(v) ?? '')))
  const kinds = keep('kind', list(query, 'kind'), v => (AGENCY_KINDS as readonly string[]).includes(v)) as AgencyKind[]
  const from = parseYear(query, 'from', notices)
  let to = parseYear(query, 'to', notices)
  if (from !== null && to !== null && from > to) {
    notices.push({
      param: 'to',
      value: String(to),
    })
    to = null
  }
  const ind = first(query, 'ind')
  if (ind !== null && !vocab.indicators.has(ind))
    notices.push({ param: 'ind', value: ind })
  return {
    filters: {
      prefectures,
      counties,
      from,
      to,
      kinds,
      indicator: ind !== null && vocab.indicators.has(ind)
        ? ind
        : DEFAULT_INDICATOR,
    },
    notices,
  }
}

/** Parameters owned by the filters; everything else in the query is left alone. */
export const FILTER_PARAMS = [
  'pref',
  'county',
  'from',
  'to',
  'kind',
  'ind',
] as const

/** The query for a set of filters: defaults omitted, lists comma-joined, stable order. */
export function filtersToQuery(f: Filters): QueryOutput {
  const q: QueryOutput = {}
  if (f.prefectures.length > 0)
    q.pref = f.prefectures.join(',')
  if (f.counties.length > 0)
    q.county = f.counties.join(',')
  if (f.from !== null)
    q.from = String(f.from)
  if (f.to !== null)
    q.to = String(f.to)
  if (f.kinds.length > 0)
    q.kind = f.kinds.join(',')
  if (f.indicator !== DEFAULT_INDICATOR)
    q.ind = f.indicator
  return q
}

/**
 * `current` with the filter parameters replaced by those of `f`; other
 * parameters (lang, theme, dataset, view-specific ones) are kept.
 */
export function withFilters(current: QueryInput, f: Filters): QueryOutput {
  const q: QueryOutput = {}
  for (const [key, v] of Object.entries(current)) {
    const s = Array.isArray(v)
      ? v[0]
      : v
    if (!(FILTER_PARAMS as readonly string[]).includes(key) && typeof s === 'string')
      q[key] = s
  }
  return {
    ...q,
    ...filtersToQuery(f),
  }
}
