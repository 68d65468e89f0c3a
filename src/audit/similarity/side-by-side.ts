import type { Range } from './passages'
import { DIGITS, sharedPassages } from './passages'

/**
 * Two section texts cut into pieces for the side-by-side view of a 内容雷同
 * finding: `shared` inside a passage both texts hold, `changed` the figures
 * and dates of a shared sentence whose numbers differ (the typical copy:
 * the sentence kept, the numbers updated), `own` the rest.
 */
export type PieceKind = 'own' | 'shared' | 'changed'
export interface Piece { text: string, kind: PieceKind }

export interface SideBySide {
  a: Piece[]
  b: Piece[]
  /** Share of each text's compared characters inside a shared passage, 0–1. */
  shareA: number
  shareB: number
  /** Shared sentences whose figures or dates differ. */
  changed: number
}

function piecesOf(text: string, ranges: readonly { range: Range, numbersDiffer: boolean }[]): Piece[] {
  const out: Piece[] = []
  const push = (t: string, kind: PieceKind) => {
    if (t === '')
      return
    const last = out.at(-1)
    if (last?.kind === kind)
      last.text += t
    else
      out.push({ text: t, kind })
  }
  let at = 0
  for (const { range: [start, end], numbersDiffer } of [...ranges].sort((x, y) => x.range[0] - y.range[0])) {
    if (start < at)
      continue
    push(text.slice(at, start), 'own')
    const body = text.slice(start, end)
    if (!numbersDiffer) {
      push(body, 'shared')
    }
    else {
      let k = 0
      for (const m of body.matchAll(DIGITS)) {
        push(body.slice(k, m.index), 'shared')
        push(m[0], 'changed')
        k = m.index + m[0].length
      }
      push(body.slice(k), 'shared')
    }
    at = end
  }
  push(text.slice(at), 'own')
  return out
}

export function sideBySide(textA: string, textB: string): SideBySide {
  const { passages, shareA, shareB } = sharedPassages(textA, textB)
  return {
    a: piecesOf(textA, passages.map(p => ({ range: p.a, numbersDiffer: p.numbersDiffer }))),
    b: piecesOf(textB, passages.map(p => ({ range: p.b, numbersDiffer: p.numbersDiffer }))),
    shareA,
    shareB,
    changed: passages.filter(p => p.numbersDiffer).length,
  }
}
