import type { Lang } from '../data/query'
import type { ReportMeta } from '../schema/report'
import { placeLabel } from '../catalog/place-names'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** One labelled metadata field of a report, ready to show ("—" when unknown). */
export interface MetaRow {
  key: 'region' | 'prefecture' | 'agency' | 'kind' | 'year' | 'format'
  label: string
  value: string
}

/**
 * The metadata fields every report view shows, in one order: the report
 * page and the import summary both list these (and add their own rows).
 */
export function reportMetaRows(report: ReportMeta, t: Translate, lang: Lang): MetaRow[] {
  const place = (name: string | null) => (name ? placeLabel(name, lang) : '—')
  return [
    { key: 'region', label: t('report.region'), value: place(report.region) },
    { key: 'prefecture', label: t('report.prefecture'), value: place(report.prefecture) },
    { key: 'agency', label: t('report.agency'), value: report.agency ?? '—' },
    { key: 'kind', label: t('report.kind'), value: t(`kind.${report.agencyKind ?? 'unknown'}`) },
    { key: 'year', label: t('report.year'), value: report.year === null ? '—' : String(report.year) },
    { key: 'format', label: t('report.format'), value: report.format ? t('format.formatName', { v: report.format }) : '—' },
  ]
}
