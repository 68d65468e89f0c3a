import type { Lang } from '../data/query'

/** Every position in an integer's digits where a thousands separator goes. */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g
/** Trailing zeros of a fixed-point fraction (and the point if nothing is left). */
const TRAILING_ZEROS = /\.?0+$/

/**
 * Digits grouped by thousands with up to two decimals. Both UI languages
 * write numbers alike (1,234.5); done by hand because creating an
 * Intl.NumberFormat costs over 100 ms on a throttled phone, on the landing
 * view's critical path.
 */
export function groupDigits(value: number): string {
  const abs = Math.abs(value)
  const fixed = Number.isInteger(abs) ? String(abs) : abs.toFixed(2).replace(TRAILING_ZEROS, '')
  const [int = '', frac] = fixed.split('.')
  return `${value < 0 ? '-' : ''}${int.replace(THOUSANDS, ',')}${frac ? `.${frac}` : ''}`
}

/**
 * A value as tables and cards show it: grouped digits, ≈ when hedged, "—"
 * when no report states it (absent is never shown as 0).
 */
export function formatValue(value: number | null, _lang: Lang, options: { approx?: boolean, unit?: string } = {}): string {
  if (value === null)
    return '—'
  const unit = options.unit ? (options.unit === '%' ? '%' : ` ${options.unit}`) : ''
  return `${options.approx ? '≈' : ''}${groupDigits(value)}${unit}`
}
