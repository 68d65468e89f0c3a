/**
 * `A、B分别发布信息337条、757条`: figures listed after 分别 belong, in order,
 * to the things named before it. Each figure is read with its own thing's
 * name in front of the words after 分别 (`B` + `发布信息` for 757), so a rule
 * sees `微博…337条` and `微信公众号…757条`, never the two accounts together.
 * Where the things and the figures cannot be paired one to one, the figures
 * are read as nothing (a check says so).
 */

import type { NumberMention } from './numbers'
import { lastBreakBefore } from './clauses'

/** The word that pairs a list of things with a list of figures. */
const RESPECTIVELY = /分别/g
/** Between two figures of one list: only a joining word or mark. */
const FIGURE_JOIN = /^\s*(?:[、，,]|和|及|与)\s*$/
/** Between two things named before 分别 (`微博、微信公众号`). */
const ITEM_JOIN = /、/
/** The last two things of a list may be joined by a word (`网站、微博和微信`). */
const LAST_JOIN = /和|及|与|以及/

/** Per figure after 分别: the words to read it with, or null when it cannot be paired. */
export type Pairing = Map<NumberMention, string | null>

/** The things named in `head`, in order (`通过网站、微博和微信` → 3). */
function things(head: string): string[] {
  const items = head.split(ITEM_JOIN)
  const last = items.pop() ?? ''
  const join = LAST_JOIN.exec(last)
  if (join && join.index > 0 && items.length > 0)
    return [...items, last.slice(0, join.index), last.slice(join.index + join[0].length)]
  if (join && join.index > 0 && items.length === 0)
    return [last.slice(0, join.index), last.slice(join.index + join[0].length)]
  return [...items, last]
}

/**
 * Pairs the figures of each `分别` list in a folded sentence (`text`, with
 * figures that are words already masked; `breaks`, its clause breaks from
 * clauses.ts) with the things named before it in its clause.
 * Figures outside such lists are not in the map.
 */
export function pairRespectively(text: string, mentions: readonly NumberMention[], breaks: readonly number[]): Pairing {
  const out: Pairing = new Map()
  RESPECTIVELY.lastIndex = 0
  for (let r = RESPECTIVELY.exec(text); r !== null; r = RESPECTIVELY.exec(text)) {
    const at = r.index
    const first = mentions.findIndex(m => m.start >= at + 2)
    if (first < 0)
      continue
    const figures = [mentions[first]!]
    for (let i = first + 1; i < mentions.length; i++) {
      if (!FIGURE_JOIN.test(text.slice(mentions[i - 1]!.end, mentions[i]!.start)))
        break
      figures.push(mentions[i]!)
    }
    // One figure after 分别 (`分别达到100%`) holds for each thing alike: read as written.
    if (figures.length < 2)
      continue
    const named = things(text.slice(lastBreakBefore(breaks, at), at))
    const verb = text.slice(at + 2, figures[0]!.start)
    figures.forEach((m, i) => out.set(m, named.length === figures.length ? named[i]! + verb : null))
  }
  return out
}
