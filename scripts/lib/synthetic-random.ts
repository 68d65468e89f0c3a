/**
 * A seeded pseudo-random source for the synthetic data generator: the same
 * seed gives the same dataset, byte for byte, on every machine.
 */

export type Random = () => number

/** mulberry32: 32-bit state, fast, good enough for fake data (not for crypto). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A child stream for one item (a county, a report), so items do not shift when others change. */
export function fork(seed: number, ...keys: number[]): Random {
  let h = seed >>> 0
  for (const k of keys)
    h = Math.imul(h ^ (k + 0x9E3779B9 + (h << 6) + (h >>> 2)), 0x85EBCA6B) >>> 0
  return mulberry32(h)
}

export function chance(rand: Random, p: number): boolean {
  return rand() < p
}

/** Uniform integer in [min, max]. */
export function int(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1))
}

export function uniform(rand: Random, min: number, max: number): number {
  return min + rand() * (max - min)
}

export function pick<T>(rand: Random, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!
}

/** Log-normal with the given median: skewed like real county sizes (a few very large). */
export function logNormal(rand: Random, median: number, sigma: number): number {
  // Box–Muller; 1 - rand() keeps the logarithm finite.
  const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand())
  return median * Math.exp(sigma * z)
}

/** Fisher–Yates, in place. */
export function shuffle<T>(rand: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    const t = list[i]!
    list[i] = list[j]!
    list[j] = t
  }
  return list
}
