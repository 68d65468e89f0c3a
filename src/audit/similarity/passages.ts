import { hashRange } from './hash'
import { normaliseText } from './normalize'

/**
 * The passages two texts share, for showing them side by side (内容雷同):
 * greedy string tiling on the normalised texts (digits folded, so a
 * sentence whose figures changed is still one passage). From each position
 * of `a` the longest common run with `b` is taken, if at least `minLength`
 * compared characters long, and the walk continues after it. A run is
 * cut into sentences, so a changed figure marks only its own sentence.
 */

/** A range of the source text: [start, end). */
export type Range = [start: number, end: number]

export interface SharedPassage {
  a: Range
  b: Range
  /** The passage's numbers or dates differ between the two texts (the sentence is the same). */
  numbersDiffer: boolean
}

export interface SharedPassages {
  passages: SharedPassage[]
  /** Share of each text's compared characters inside a passage, 0–1. */
  shareA: number
  shareB: number
}

/** Runs shorter than this are common phrases (政府信息公开工作), not copied text. */
export const MIN_PASSAGE = 12
/** Seed length for the index of `b`'s positions. */
const SEED = 8
/** Where a sentence ends, between two compared characters. */
const SENTENCE_END = /[。！？；!?;\n]/
/** A figure (digits, ASCII or full-width, with a decimal part): to tell a changed figure from a changed word, and to mark it. */
export const DIGITS = /[0-9\uFF10-\uFF19]+(?:[.．][0-9\uFF10-\uFF19]+)?/g

function digitsOf(text: string, [start, end]: Range): string {
  return (text.slice(start, end).match(DIGITS) ?? []).join(' ')
}

export function sharedPassages(textA: string, textB: string, minLength = MIN_PASSAGE): SharedPassages {
  const a = normaliseText(textA)
  const b = normaliseText(textB)
  const seed = Math.min(SEED, minLength)
  const index = new Map<number, number[]>()
  for (let j = 0; j + seed <= b.chars.length; j++) {
    const h = hashRange(b.chars, j, j + seed)
    const list = index.get(h)
    if (list)
      list.push(j)
    else
      index.set(h, [j])
  }
  const usedB = new Uint8Array(b.chars.length)
  const passages: SharedPassage[] = []
  let coveredA = 0
  let i = 0
  while (i + seed <= a.chars.length) {
    let best = 0
    let bestJ = -1
    for (const j of index.get(hashRange(a.chars, i, i + seed)) ?? []) {
      let n = 0
      while (i + n < a.chars.length && j + n < b.chars.length && a.chars[i + n] === b.chars[j + n])
        n++
      if (n > best) {
        best = n
        bestJ = j
      }
    }
    if (best < minLength) {
      i++
      continue
    }
    // One passage per sentence of the run, so a changed figure marks its own sentence.
    let from = 0
    for (let k = 0; k < best; k++) {
      const last = k === best - 1
      if (!last && !SENTENCE_END.test(textA.slice(a.ends[i + k]!, a.starts[i + k + 1]!)))
        continue
      const rangeA: Range = [a.starts[i + from]!, a.ends[i + k]!]
      const rangeB: Range = [b.starts[bestJ + from]!, b.ends[bestJ + k]!]
      passages.push({ a: rangeA, b: rangeB, numbersDiffer: digitsOf(textA, rangeA) !== digitsOf(textB, rangeB) })
      from = k + 1
    }
    usedB.fill(1, bestJ, bestJ + best)
    coveredA += best
    i += best
  }
  const coveredB = usedB.reduce((n, x) => n + x, 0)
  return {
    passages,
    shareA: a.chars.length === 0 ? 0 : coveredA / a.chars.length,
    shareB: b.chars.length === 0 ? 0 : coveredB / b.chars.length,
  }
}
