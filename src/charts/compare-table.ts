import type { ChartStrings } from './strings'
import type { ChartTable, CompareRow } from './types'
import { formatSources, withImported } from './format'
import { FLAG_MARK } from './flags'
import { rankDescending } from './rank'
import { agencyList, withUnit } from './strings'

/**
 * The ranking table behind the compare chart and map: every county (also
 * those the chart summarises at national scale), largest first, absent
 * ones last with an empty value and no rank.
 */
export function buildCompareTable(rows: readonly CompareRow[], opts: { unit: string, strings: ChartStrings, locale?: string }): ChartTable {
  const { strings } = opts
  const { present, absent } = rankDescending(rows, r => r.region)
  let rank = 0
  let previous: number | null = null
  const out = [
    ...present,
    ...absent,
  ].map((r, i) => {
    // Equal values share a rank (1, 2, 2, 4).
    if (r.value !== null && r.value !== previous)
      rank = i + 1
    previous = r.value
    return {
      rank: r.value === null
        ? null
        : rank,
      region: r.label,
      year: r.year ?? null,
      agency: agencyList(r.agencies ?? [], opts.locale),
      value: r.value,
      approx: r.value !== null && r.approx
        ? '≈'
        : '',
      source: r.noReport ? strings.noReport : withImported(formatSources(r.sources, strings), r, strings),
      flag: r.flagged ? strings.flagged : '',
      reports: r.reportIds.length,
      reportIds: r.reportIds.join(' '),
    }
  })
  return {
    columns: [
      { key: 'rank', label: strings.rank, numeric: true },
      { key: 'region', label: strings.region },
      { key: 'year', label: strings.year },
      { key: 'agency', label: strings.agency },
      {
        key: 'value',
        label: withUnit(strings, strings.value, opts.unit),
        numeric: true,
        approxKey: 'approx',
      },
      { key: 'approx', label: strings.approx, csvOnly: true },
      { key: 'source', label: strings.source },
      { key: 'flag', label: FLAG_MARK },
      {
        key: 'reports',
        label: strings.reportCount,
        numeric: true,
      },
      { key: 'reportIds', label: strings.reportIds, csvOnly: true },
    ],
    rows: out,
  }
}
