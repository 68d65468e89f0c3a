import type { AgencyKind } from '../schema/report'
import type { CheckSort, CheckSortKey, SortOrder } from './check-sort'
import type { Filters } from './filters'
import { CHECK_SORT_KEYS, DEFAULT_CHECK_SORT } from './check-sort'
import { AGENCY_KINDS, DATASET_NAME } from './enums'
import { DEFAULT_INDICATOR } from './filters'

/**
 * The URL schema: every query parameter the app reads, declared here and
 * only here, so a copied link reproduces the view (docs/app.md lists them).
 * - app parameters (lang, theme, dataset) and filter parameters (pref,
 *   county, from, to, kind, ind) follow the reviewer from view to view;
 * - view parameters (mode, sort, order, obs, year) belong to one view and stay on it.
 */

/** A query as vue-router hands it over (repeated keys become arrays). */
export type QueryInput = Record<string, string | null | (string | null)[] | undefined>
/** A query to hand to vue-router. */
export type QueryOutput = Record<string, string>

export const LANGS = ['zh-CN', 'en'] as const
export type Lang = (typeof LANGS)[number]

/** The language of the catalog's texts (check messages and names) for a UI language or locale. */
export function catalogLang(lang: string): 'zh' | 'en' {
  return lang === 'en' ? 'en' : 'zh'
}
/** The app's colour themes; the charts have one theme each (src/charts/theme.ts). */
export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** The views in the navigation bar, in order (their route names). */
export const NAV_VIEWS = [
  'overview',
  'compare',
  'trends',
  'heatmap',
  'checks',
  'briefing',
  'import',
] as const
export type NavView = (typeof NAV_VIEWS)[number]

/**
 * How and which data: `?lang=en`, `?theme=dark`, `?dataset=synthetic-1m`;
 * `?xflag=1` leaves values flagged by a check out of the charts' medians.
 */
export const APP_PARAMS = ['lang', 'theme', 'dataset', 'xflag'] as const
/** Parameters owned by the filters. */
export const FILTER_PARAMS = [
  'pref',
  'county',
  'from',
  'to',
  'kind',
  'ind',
] as const
/** Parameters of one view (route name → its parameters); a link to another view leaves them behind. */
export const VIEW_PARAMS = {
  trends: ['mode'],
  checks: ['sort', 'order'],
  report: ['obs', 'line'],
  briefing: ['year'],
} as const
/** Every parameter the app reads: parsing takes only these names. */
export type Param = (typeof APP_PARAMS)[number] | (typeof FILTER_PARAMS)[number] | (typeof VIEW_PARAMS)[keyof typeof VIEW_PARAMS][number]
const ANY_VIEW_PARAM: ReadonlySet<string> = new Set(Object.values(VIEW_PARAMS).flat())
/** Filter parameters that hold a comma-separated list. */
const LIST_PARAMS: ReadonlySet<string> = new Set(['pref', 'county', 'kind'] satisfies Param[])

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

/** `+` in a query means a space (as vue-router reads it). */
const PLUS = /\+/g

function decodePart(text: string): string {
  try {
    return decodeURIComponent(text.replace(PLUS, ' '))
  }
  catch {
    // A malformed escape (`%E0%A4%A`) is kept as written, and judged as any other value.
    return text
  }
}

/**
 * The router's query parser: vue-router's own tests `key in query`, so
 * `?constructor=x` or `?__proto__=x` met Object.prototype's members (a
 * query whose prototype became an array). Here every key is an own
 * property, whatever its name, and repeated keys become arrays.
 */
export function parseQueryString(search: string): Record<string, string | null | (string | null)[]> {
  const query: Record<string, string | null | (string | null)[]> = {}
  const text = search.startsWith('?') ? search.slice(1) : search
  if (text === '')
    return query
  for (const part of text.split('&')) {
    const eq = part.indexOf('=')
    const key = decodePart(eq < 0 ? part : part.slice(0, eq))
    const value = eq < 0 ? null : decodePart(part.slice(eq + 1))
    if (Object.hasOwn(query, key)) {
      const current = query[key]!
      if (Array.isArray(current))
        current.push(value)
      else
        Object.defineProperty(query, key, { value: [current, value], enumerable: true, writable: true, configurable: true })
    }
    else {
      Object.defineProperty(query, key, { value, enumerable: true, writable: true, configurable: true })
    }
  }
  return query
}

function first(query: QueryInput, key: Param): string | null {
  const v = query[key]
  const s = Array.isArray(v)
    ? v[0]
    : v
  return s === undefined || s === null || s.trim() === ''
    ? null
    : s.trim()
}

function list(query: QueryInput, key: Param): string[] {
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
  if (lang !== null && lang !== 'zh' && !(LANGS as readonly string[]).includes(lang))
    notices.push({ param: 'lang', value: lang })
  if (theme !== null && !(THEMES as readonly string[]).includes(theme))
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

function parseYear(query: QueryInput, key: 'from' | 'to', notices: QueryNotice[]): number | null {
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

/** A parameter's value as one string: a list parameter's repeats comma-joined, else the first. */
function single(key: string, v: QueryInput[string]): string | null {
  const values = (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string')
  if (values.length === 0)
    return null
  return LIST_PARAMS.has(key) ? values.join(',') : values[0]!
}

/** The query a link to another view carries: the current one without view parameters. */
export function linkQuery(current: QueryInput): QueryOutput {
  const q: QueryOutput = {}
  for (const [key, v] of Object.entries(current)) {
    const s = single(key, v)
    if (s !== null && !ANY_VIEW_PARAM.has(key))
      q[key] = s
  }
  return q
}

/** `current` with some view parameters set; null (a view's default) removes one. */
export function withViewParams(current: QueryInput, params: Record<string, string | null>): QueryOutput {
  const q: QueryOutput = {}
  for (const [key, v] of Object.entries(current)) {
    const s = single(key, v)
    if (s !== null && !(key in params))
      q[key] = s
  }
  for (const [key, v] of Object.entries(params)) {
    if (v !== null)
      q[key] = v
  }
  return q
}

/** Trends: values or year-on-year change (同比), `?mode=yoy`. */
export type TrendMode = 'value' | 'yoy'

export function parseTrendMode(query: QueryInput): TrendMode {
  return readParam(query, 'mode', readMode) ?? 'value'
}

export function trendModeParams(mode: TrendMode): { mode: string | null } {
  return { mode: mode === 'yoy' ? 'yoy' : null }
}

/** Checks: the column the table sorts by (`?sort=`) and the direction (`?order=`). */
export function parseCheckSort(query: QueryInput): CheckSort {
  return {
    key: readParam(query, 'sort', readSortKey) ?? DEFAULT_CHECK_SORT.key,
    order: readParam(query, 'order', readOrder) ?? DEFAULT_CHECK_SORT.order,
  }
}

/** The default sort is left out of the URL. */
export function checkSortParams(sort: CheckSort): { sort: string | null, order: string | null } {
  const isDefault = sort.key === DEFAULT_CHECK_SORT.key && sort.order === DEFAULT_CHECK_SORT.order
  return isDefault ? { sort: null, order: null } : { sort: sort.key, order: sort.order }
}

/** A whole-number query value (`?obs=3`): digits only, so `-1`, `0x1`, `1.5`, `1e3` are refused. */
const INDEX = /^\d{1,6}$/
/** Every parameter name the app reads. */
const KNOWN_PARAMS: ReadonlySet<string> = new Set([...APP_PARAMS, ...FILTER_PARAMS, ...ANY_VIEW_PARAM])
/** Longest value quoted in a notice (a hostile link may carry megabytes). */
const NOTICE_VALUE_MAX = 60

function shown(value: string): string {
  return value.length > NOTICE_VALUE_MAX ? `${value.slice(0, NOTICE_VALUE_MAX)}…` : value
}

/** What a view parameter's check needs to know of the page. */
export interface ViewContext {
  /** Observations of the report on show (report view), null when unknown. */
  observationCount: number | null
}

/*
 * Each view parameter's reading of a value: what it means, or null where
 * the view does not take it. The view's parser falls back to its default on
 * null and checkQuery names the value, so the two cannot disagree.
 */
function readMode(v: string): TrendMode | null {
  return v === 'yoy' || v === 'value' ? v : null
}
function readSortKey(v: string): CheckSortKey | null {
  return (CHECK_SORT_KEYS as readonly string[]).includes(v) ? v as CheckSortKey : null
}
function readOrder(v: string): SortOrder | null {
  return v === 'asc' || v === 'desc' ? v : null
}
/** `?obs=`: an observation's index, below `count` when the count is known. */
function readObservation(v: string, count: number | null): number | null {
  return INDEX.test(v) && (count === null || Number(v) < count) ? Number(v) : null
}

function readParam<T>(query: QueryInput, key: Param, read: (v: string) => T | null): T | null {
  const v = first(query, key)
  return v === null ? null : read(v)
}

/** The view parameters checkQuery judges, in the order it names them. */
const VIEW_READERS: readonly (readonly [Param, (v: string, context: ViewContext) => unknown])[] = [
  ['mode', readMode],
  ['sort', readSortKey],
  ['order', readOrder],
  ['obs', (v, context) => readObservation(v, context.observationCount)],
]

/**
 * What the rest of the schema does not judge: parameters the app does not
 * know, repeats of a single-value parameter (list parameters merge their
 * repeats: `county=a&county=b` is `county=a,b`), and the view parameters
 * (`mode`, `sort`, `order`, `obs`). Each is a notice: a value that is
 * ignored is named, never silently replaced by the default.
 */
export function checkQuery(query: QueryInput, context: ViewContext): QueryNotice[] {
  const notices: QueryNotice[] = []
  const note = (param: string, value: string) => notices.push({ param: shown(param), value: shown(value) })
  for (const [key, v] of Object.entries(query)) {
    const values = (Array.isArray(v) ? v : [v]).map(value => typeof value === 'string' ? value : '')
    if (!KNOWN_PARAMS.has(key)) {
      values.forEach(value => note(key, value))
      continue
    }
    if (!LIST_PARAMS.has(key))
      values.slice(1).forEach(value => note(key, value))
  }
  for (const [param, read] of VIEW_READERS) {
    const v = first(query, param)
    if (v !== null && read(v, context) === null)
      note(param, v)
  }
  return notices
}

/** Report: the observation whose evidence is shown (`?obs=3`), if it is one of the report's `count`. */
export function parseObservationParam(query: QueryInput, count: number): number | null {
  return readParam(query, 'obs', v => readObservation(v, count))
}

/** `?xflag=1`: medians without the values a check flags (docs/audit.md); anything else is the default, off. */
export function parseExcludeFlagged(query: QueryInput): boolean {
  return first(query, 'xflag') === '1'
}

/** The query with `xflag` set or removed (off is the default, left out). */
export function withExcludeFlagged(current: QueryInput, on: boolean): QueryOutput {
  const q: QueryOutput = {}
  for (const [key, v] of Object.entries(current)) {
    const s = single(key, v)
    if (s !== null && key !== 'xflag')
      q[key] = s
  }
  if (on)
    q.xflag = '1'
  return q
}

/** Report: `?line=N`, a line of the text to mark (a check's table row or sentence); 1-based, up to the text's `lines`. */
export function parseLineParam(query: QueryInput, lines: number): number | null {
  const v = first(query, 'line')
  return v !== null && INDEX.test(v) && Number(v) >= 1 && Number(v) <= lines ? Number(v) : null
}

/**
 * Briefing: the statistical year it is about (`?year=2023`) when the data
 * has that year; else the latest year of the data within the filters' range
 * (else the data's latest). null without data.
 */
export function parseBriefingYear(query: QueryInput, years: readonly number[], range: Pick<Filters, 'from' | 'to'>): number | null {
  const v = first(query, 'year')
  if (v !== null && YEAR.test(v) && years.includes(Number(v)))
    return Number(v)
  const inRange = years.filter(y => (range.from === null || y >= range.from) && (range.to === null || y <= range.to))
  return inRange.at(-1) ?? years.at(-1) ?? null
}

/** The default year is left out of the URL. */
export function briefingYearParams(year: number, years: readonly number[], range: Pick<Filters, 'from' | 'to'>): { year: string | null } {
  return { year: year === parseBriefingYear({}, years, range) ? null : String(year) }
}
