/** A decimal number as written: sign, digits, optional fraction and exponent. */
const DECIMAL = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?\s*$/i

/** A decimal's value as significant digits and a power of ten (`12.50` → `125`, −1); zero as `0`, 0. */
function canonical(text: string): { negative: boolean, digits: string, exponent: number } | null {
  const m = DECIMAL.exec(text)
  if (!m || (m[2] === '' && (m[3] ?? '') === ''))
    return null
  const [, sign, whole = '', fraction = '', exp = '0'] = m
  let digits = whole + fraction
  let exponent = Number(exp) - fraction.length
  const lead = digits.search(/[1-9]/)
  if (lead === -1)
    return { negative: false, digits: '0', exponent: 0 }
  digits = digits.slice(lead)
  const trailing = digits.length - digits.replace(/0+$/, '').length
  digits = digits.slice(0, digits.length - trailing)
  exponent += trailing
  return { negative: sign === '-', digits, exponent }
}

/**
 * Whether the number `text` states is exactly the double it parses to, in
 * the sense a reader means: `0.1` is (it prints back as 0.1), `1e-400` is
 * not (it becomes 0), nor is `9007199254740993` (it becomes …992).
 */
export function isExactDecimal(text: string): boolean {
  const stated = canonical(text)
  if (stated === null)
    return false
  const value = Number(text.trim())
  if (!Number.isFinite(value))
    return false
  const stored = canonical(String(value))!
  return stated.digits === stored.digits && stated.exponent === stored.exponent
    && (stated.negative === stored.negative || stated.digits === '0')
}
