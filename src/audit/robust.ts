import { median } from '../data/median'

/** 1.4826 · MAD estimates a normal distribution's σ. */
const MAD_TO_SIGMA = 1.4826

/** A robust band: centre ± k · spread, spread = max(1.4826 · MAD, floor). */
export interface Band {
  centre: number
  spread: number
  low: number
  high: number
  /** How many values it was drawn from. */
  n: number
}

/** The band of `values`, or null when there are fewer than `min` of them. */
export function robustBand(values: readonly number[], k: number, floor: number, min: number): Band | null {
  if (values.length < min || values.length === 0)
    return null
  const centre = median(values)
  const mad = median(values.map(v => Math.abs(v - centre)))
  const spread = Math.max(MAD_TO_SIGMA * mad, floor)
  return { centre, spread, low: centre - k * spread, high: centre + k * spread, n: values.length }
}

export function outside(band: Band, x: number): boolean {
  return x < band.low || x > band.high
}
