import type { MaybeRefOrGetter } from 'vue'
import type { Filters } from '../data/filters'
import type { Lang } from '../data/query'
import { computed, toValue } from 'vue'
import { useI18n } from 'vue-i18n'
import { placeLabel } from '../catalog/place-names'

/** Lists longer than this are shortened to "first … and n more". */
const MAX_NAMES = 3

/**
 * The filters in force in one line, for chart titles and exports:
 * "2019–2023年 · 吴忠市 · 盐池县、同心县 · 审批服务管理局".
 */
export function useFilterSummary(options: {
  filters: MaybeRefOrGetter<Filters>
  lang: MaybeRefOrGetter<Lang>
  dataYears: MaybeRefOrGetter<readonly number[]>
  /** Synthetic data says so first (the line is drawn into every export), and is not Ningxia. */
  synthetic?: MaybeRefOrGetter<boolean>
}) {
  const { t } = useI18n()
  return computed(() => {
    const f = toValue(options.filters)
    const lang = toValue(options.lang)
    const years = toValue(options.dataYears)
    const sep = t('summary.listSeparator')
    const names = (list: readonly string[]) => {
      const shown = list.slice(0, MAX_NAMES).map(n => placeLabel(n, lang)).join(sep)
      return list.length > MAX_NAMES ? t('summary.more', { names: shown, n: list.length - MAX_NAMES }) : shown
    }
    const from = f.from ?? years[0]
    const to = f.to ?? years[years.length - 1]
    const synthetic = toValue(options.synthetic) ?? false
    const parts: string[] = synthetic ? [t('summary.synthetic')] : []
    if (from !== undefined && to !== undefined)
      parts.push(from === to ? t('summary.year', { y: from }) : t('summary.years', { from, to }))
    if (f.counties.length > 0)
      parts.push(names(f.counties))
    else if (f.prefectures.length > 0)
      parts.push(names(f.prefectures))
    else
      parts.push(synthetic ? t('summary.allSyntheticRegions') : t('summary.allRegions'))
    parts.push(f.kinds.length > 0 ? f.kinds.map(k => t(`kind.${k}`)).join(sep) : t('summary.allKinds'))
    return parts.join(' · ')
  })
}
