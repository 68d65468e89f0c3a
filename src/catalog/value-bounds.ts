/**
 * The largest value a single report can plausibly state, by unit. A report
 * is one agency's year, from a county office to a provincial government:
 * the bounds sit well above the largest real figures seen (a province's
 * 12345 hotline: a few million 件 a year), so only typing slips and hostile
 * files exceed them. Beyond a bound a value is imported but flagged (the
 * import summary names line and column); docs/import.md lists the bounds.
 */
export const PLAUSIBLE_MAX: Readonly<Record<string, number>> = {
  '%': 100,
  '件': 50_000_000,
  '条': 10_000_000,
  '篇': 10_000_000,
  '次': 10_000_000_000,
  '万元': 10_000_000,
  '个': 10_000,
  '家': 10_000,
  '人': 100_000,
  '项': 100_000,
}

/**
 * The hard limit of any value: beyond 2^53 − 1 integers are not exact, and
 * sums of up to 10^290 such values stay finite (a KPI never reads Infinity).
 */
export const MAX_VALUE = Number.MAX_SAFE_INTEGER

/** The plausible bound of a value in `unit`, or of the indicator's catalog unit when `unit` is unknown. */
export function plausibleMax(unit: string, catalogUnit: string | undefined): number | null {
  return PLAUSIBLE_MAX[unit] ?? (catalogUnit === undefined ? null : PLAUSIBLE_MAX[catalogUnit] ?? null)
}
