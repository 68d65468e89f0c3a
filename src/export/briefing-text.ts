import type { Briefing, CoverageEntry, Finding, RankingRow, SourcedValue } from '../audit/briefing'
import type { Lang } from '../data/query'
import { catalogLang } from '../data/query'
import { findIndicator } from '../catalog/indicators'
import { renderCheck } from '../catalog/checks'
import { placeLabel } from '../catalog/place-names'
import { formatValue, formatYoy } from '../charts/format'

/**
 * The briefing's words, shared by the view and the .docx so both say the
 * same: a translate function (vue-i18n's `t`, or the same messages in a
 * Node test) and the language.
 */
export type Translate = (key: string, params?: Record<string, unknown>) => string

export interface BriefingWords {
  t: Translate
  lang: Lang
}

/** A remark after a text, in the language's brackets: 盐池县（2023）, Yanchi (2023). */
function bracketed(text: string, remark: string | number, lang: Lang): string {
  return lang === 'en' ? `${text} (${remark})` : `${text}（${remark}）`
}

export function indicatorLabel(id: string, lang: Lang): string {
  const ind = findIndicator(id)
  return ind ? (lang === 'en' ? ind.en : ind.zh) : id
}

/** An indicator with its unit as a heading: 行政许可 本年处理决定数量（件）, Licensing decisions (件). */
export function indicatorHeading(id: string, unit: string, lang: Lang): string {
  const label = indicatorLabel(id, lang)
  return unit ? bracketed(label, unit, lang) : label
}

export function place(name: string, lang: Lang): string {
  return placeLabel(name, lang)
}

/** A value with its unit: 9,487 件, 98.5%. */
export function valueText(value: number | null, unit: string, lang: Lang): string {
  return formatValue(value, { unit: unit || undefined, locale: lang })
}

/** 同比: +1,624.9%, −2.5 个百分点, —. */
export function changeText(change: number | null, unit: string, w: BriefingWords): string {
  return formatYoy(change, unit, { percentagePoints: w.lang === 'en' ? 'pp' : '个百分点' }, w.lang)
}

/** The agency and year behind a value: 洪泽区人民政府（2024）. */
export function sourceText(v: SourcedValue | { agency: string | null, year: number | null }, lang: Lang): string {
  return bracketed(v.agency ?? '—', v.year ?? '—', lang)
}

/** A coverage entry's status: on time (date), n days late, unknown. */
export function statusText(e: CoverageEntry, w: BriefingWords): string {
  if (e.status === 'late')
    return w.t('briefing.coverage.late', { days: e.daysLate ?? '', published: e.published ?? '', deadline: e.deadline })
  if (e.status === 'on-time')
    return w.t('briefing.coverage.onTime', { published: e.published ?? '' })
  return w.t('briefing.coverage.unknown')
}

/** A coverage entry's report: its agency (its kind when the report names none), marked when imported. */
export function entryText(e: CoverageEntry, w: BriefingWords): string {
  const name = e.agency ?? w.t(`kind.${e.kind ?? 'unknown'}`)
  return e.imported ? bracketed(name, w.t('briefing.coverage.imported'), w.lang) : name
}

/** The reviewer's status and note: 已核实：note, 待核实. */
export function reviewText(f: Finding, w: BriefingWords): string {
  const status = w.t(`review.${f.review?.status ?? 'pending'}`)
  const note = f.review?.note.trim()
  return note ? `${status}${w.lang === 'en' ? ': ' : '：'}${note}` : status
}

export function checkText(f: Finding, lang: Lang): string {
  return renderCheck(f.check, catalogLang(lang))
}

export function rankingPrevious(row: RankingRow, unit: string, lang: Lang): string {
  return row.previous ? bracketed(valueText(row.previous.value, unit, lang), row.previous.year, lang) : '—'
}

/** The scope in words: 吴忠市 · 盐池县 · 审批服务管理局, or all counties. */
export function scopeText(b: Pick<Briefing, 'scope'>, w: BriefingWords): string {
  const parts = [
    ...b.scope.prefectures.map(p => place(p, w.lang)),
    ...b.scope.counties.map(c => place(c, w.lang)),
    ...b.scope.kinds.map(k => w.t(`kind.${k}`)),
  ]
  return parts.length > 0 ? parts.join(' · ') : w.t('briefing.allScope')
}
