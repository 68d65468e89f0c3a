/**
 * A stable report id from its text: the same input gives the same id, in Node
 * and in the browser (no crypto API needed). cyrb53 over two seeds → 64 bits.
 */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xDEADBEEF ^ seed
  let h2 = 0x41C6CE57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** 16 hex characters identifying `text`. */
export function hashText(text: string): string {
  const a = cyrb53(text, 0).toString(16).padStart(14, '0').slice(-8)
  const b = cyrb53(text, 0x9E3779B9).toString(16).padStart(14, '0').slice(-8)
  return a + b
}
