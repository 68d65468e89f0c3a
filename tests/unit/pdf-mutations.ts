/**
 * Seeded mutations of extracted PDF pages (text items and ruling lines) for
 * the robustness test: what a different PDF writer, a damaged file or an
 * unlucky page break does to the layout's input.
 */
import type { PdfItem, PdfPage, PdfRule } from '../../src/readers/pdf/types'

type Mutation = (pages: PdfPage[], r: () => number) => PdfPage[]

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!
const mapItems = (pages: PdfPage[], f: (items: PdfItem[]) => PdfItem[]) => pages.map(p => ({ ...p, items: f(p.items) }))
const mapRules = (pages: PdfPage[], f: (rules: PdfRule[]) => PdfRule[]) => pages.map(p => ({ ...p, rules: f(p.rules) }))
const GARBAGE = ['0', '99999', '总计', '（七）总计', '行政许可', '- 3 -', '第2页', '12345热线受理 77 件', '三、收到和处理政府信息公开申请情况', '1.5万余', '𠀀😀', '\t', '⾏政', '']

export const PDF_MUTATORS: Record<string, Mutation> = {
  dropItems: (ps, r) => mapItems(ps, items => items.filter(() => r() > 0.1)),
  duplicateItems: (ps, r) => mapItems(ps, items => items.flatMap(i => (r() < 0.08 ? [i, { ...i }] : [i]))),
  shiftItems: (ps, r) => mapItems(ps, items => items.map(i => (r() < 0.1 ? { ...i, x: i.x + (r() - 0.5) * 60, y: i.y + (r() - 0.5) * 30 } : i))),
  jitter: (ps, r) => ps.map(p => ({
    ...p,
    items: p.items.map(i => ({ ...i, x: i.x + (r() - 0.5) * 3, y: i.y + (r() - 0.5) * 3 })),
    rules: p.rules.map(l => ({ ...l, x0: l.x0 + (r() - 0.5) * 3, y0: l.y0 + (r() - 0.5) * 3, x1: l.x1 + (r() - 0.5) * 3, y1: l.y1 + (r() - 0.5) * 3 })),
  })),
  shuffleItems: (ps, r) => mapItems(ps, items => [...items].sort(() => r() - 0.5)),
  splitItems: (ps, r) => mapItems(ps, items => items.flatMap((i) => {
    const chars = [...i.text]
    if (chars.length < 2 || r() > 0.15)
      return [i]
    const at = 1 + Math.floor(r() * (chars.length - 1))
    const share = at / chars.length
    return [{ ...i, text: chars.slice(0, at).join(''), width: i.width * share }, { ...i, text: chars.slice(at).join(''), x: i.x + i.width * share + (r() - 0.3) * i.size, width: i.width * (1 - share) }]
  })),
  dropRules: (ps, r) => mapRules(ps, rules => rules.filter(() => r() > 0.2)),
  extraRules: (ps, r) => mapRules(ps, rules => [...rules, ...Array.from({ length: 1 + Math.floor(r() * 6) }, () => {
    const x = r() * 595
    const y = r() * 842
    return r() < 0.5 ? { x0: x, y0: y, x1: x + r() * 300, y1: y } : { x0: x, y0: y, x1: x, y1: y + r() * 300 }
  })]),
  garbageItems: (ps, r) => mapItems(ps, items => [...items, ...Array.from({ length: Math.floor(r() * 8) }, () => ({ text: pick(GARBAGE, r), x: r() * 560, y: r() * 820, width: 10 + r() * 80, height: 10, size: 10, ...(r() < 0.1 ? { vertical: true } : {}) }))]),
  resize: (ps, r) => mapItems(ps, items => items.map(i => (r() < 0.1 ? { ...i, size: i.size * (0.3 + r() * 2), height: i.height * (0.3 + r() * 2) } : i))),
  /** A page break at a random height: what is below moves to a new page (inside a table as often as not). */
  pageBreak: (ps, r) => {
    if (ps.length === 0)
      return ps
    const k = Math.floor(r() * ps.length)
    const p = ps[k]!
    const cut = 100 + r() * (p.height - 200)
    const top: PdfPage = { ...p, items: p.items.filter(i => i.y < cut), rules: p.rules.flatMap(l => (l.y1 <= cut ? [l] : l.y0 < cut ? [{ ...l, y1: cut }] : [])) }
    const shift = cut - 72
    const bottom: PdfPage = { ...p, items: p.items.filter(i => i.y >= cut).map(i => ({ ...i, y: i.y - shift })), rules: p.rules.flatMap(l => (l.y0 >= cut ? [{ ...l, y0: l.y0 - shift, y1: l.y1 - shift }] : l.y1 > cut ? [{ ...l, y0: 72, y1: l.y1 - shift }] : [])) }
    return [...ps.slice(0, k), top, bottom, ...ps.slice(k + 1)]
  },
  emptyPages: (ps, r) => ps.flatMap(p => (r() < 0.3 ? [{ ...p, items: [], rules: [] }, p] : [p])),
  dropPages: (ps, r) => ps.filter(() => r() > 0.25),
  noPages: () => [],
  zeroSizes: (ps, r) => mapItems(ps, items => items.map(i => (r() < 0.05 ? { ...i, width: 0, height: 0, size: 0 } : i))),
}

/** A seeded mutation of one of `bases`: one to three mutators in a row. */
export function mutatePages(bases: readonly PdfPage[][], r: () => number): { pages: PdfPage[], kinds: string[] } {
  let pages = pick(bases, r)
  const kinds: string[] = []
  const names = Object.keys(PDF_MUTATORS)
  const count = 1 + Math.floor(r() * 3)
  for (let i = 0; i < count; i++) {
    const kind = pick(names, r)
    kinds.push(kind)
    pages = PDF_MUTATORS[kind]!(pages, r)
  }
  return { pages, kinds }
}
