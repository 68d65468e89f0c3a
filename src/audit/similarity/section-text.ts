import type { PrintSection } from './prints'
import { toLines } from '../../parser/normalize'
import { reflowRunTogether } from '../../parser/reflow'
import { findSections } from '../../parser/sections'

/**
 * The text of sections 一, 五 and 六 of a report, found as the parser finds
 * them (crawler text run together on one line is cut at the prescribed
 * headings first). A section whose heading is not found is left out: a
 * guessed range would compare the wrong text.
 */
export function sectionTexts(text: string): Partial<Record<PrintSection, string>> {
  const lines = reflowRunTogether(toLines(text))
  const sections = findSections(lines)
  const out: Partial<Record<PrintSection, string>> = {}
  for (const key of ['一', '五', '六'] as const) {
    const s = sections.get(key)
    if (s)
      out[key] = lines.slice(s.start, s.end).map(l => l.display).join('\n')
  }
  return out
}
