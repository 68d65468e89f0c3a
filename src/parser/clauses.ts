/**
 * Clauses of a sentence: the stretches between ， , ； ; ： : 。 — where a
 * figure's words start (narrative.ts) and where a 分别 list's things are
 * named (narrative-respectively.ts).
 */

/** Where a clause starts or ends: ， , ； ; ： : 。 (as char codes). */
const CLAUSE_BREAK = new Set([0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0x3002])

/** Offsets of the clause breaks in a sentence, ascending. */
export function clauseBreaks(text: string): number[] {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_BREAK.has(text.charCodeAt(i)))
      out.push(i)
  }
  return out
}

/** Start of the clause holding offset `at` (just after the last break before it). */
export function lastBreakBefore(breaks: readonly number[], at: number): number {
  let start = 0
  for (const b of breaks) {
    if (b >= at)
      break
    start = b + 1
  }
  return start
}

/** End of the clause holding offset `at` (the first break at or after it). */
export function nextBreakAfter(breaks: readonly number[], at: number, length: number): number {
  for (const b of breaks) {
    if (b >= at)
      return b
  }
  return length
}
