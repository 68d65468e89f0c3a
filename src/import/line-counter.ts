/**
 * Physical line numbers for a text read piecewise by offsets: a quoted CSV
 * cell may span lines, so a row's line is where it starts, not its index.
 * Counts CRLF, LF and lone CR as one break each, incrementally (O(n) total).
 */
export function createLineCounter(text: string) {
  let at = 0
  let line = 1
  return {
    /** 1-based line of the character at `offset`; offsets must not decrease. */
    lineAt(offset: number): number {
      for (; at < offset && at < text.length; at++) {
        const c = text.charCodeAt(at)
        if (c === 0x0A || (c === 0x0D && text.charCodeAt(at + 1) !== 0x0A))
          line++
      }
      return line
    },
  }
}
