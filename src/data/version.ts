import type { Dataset } from './dataset'

/**
 * A short fingerprint of the loaded data (report ids and every value), so
 * an export says which data it was drawn from: the same snapshot and
 * imports give the same 8 hex digits, a re-parse that changes any number
 * or an added report gives others. FNV-1a over the ids and the values' bits.
 */
export function dataFingerprint(ds: Dataset): string {
  let h = 0x811C9DC5
  const mix = (x: number) => {
    h = Math.imul(h ^ x, 0x01000193)
  }
  for (const r of ds.reports) {
    for (let i = 0; i < r.id.length; i++)
      mix(r.id.charCodeAt(i))
  }
  const bits = new Uint32Array(ds.obsValue.buffer, ds.obsValue.byteOffset, ds.obsValue.length * 2)
  for (let i = 0; i < bits.length; i++)
    mix(bits[i]!)
  return (h >>> 0).toString(16).padStart(8, '0')
}
