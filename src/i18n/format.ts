import type { Lang } from '../data/query'

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`
  let f = formatters.get(key)
  if (!f)
    formatters.set(key, f = new Intl.NumberFormat(lang, { maximumFractionDigits: digits }))
  return f
}

/**
 * A value as tables and cards show it: grouped digits, ≈ when hedged, "—"
 * when no report states it (absent is never shown as 0).
 */
export function formatValue(value: number | null, lang: Lang, options: { approx?: boolean, unit?: string } = {}): string {
  if (value === null)
    return '—'
  const digits = Number.isInteger(value)
    ? 0
    : 2
  const number = formatter(lang, digits).format(value)
  const unit = options.unit
    ? (options.unit === '%'
        ? '%'
        : ` ${options.unit}`)
    : ''
  return `${options.approx ? '≈' : ''}${number}${unit}`
}
