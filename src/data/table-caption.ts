import type { ParsedTable } from '../schema/report'

/** The numbering a caption may already carry: "二、", "三." (Chinese numeral, then a separator). */
const CAPTION_NUMBERING = /^\s*[一二三四五六七八九十]+\s*[、.．]\s*/

/**
 * A parsed table's caption under its section's number, said once: the
 * parser's captions sometimes carry the number already ("二、处理决定数量"),
 * which prefixing the section again made "二、二、处理决定数量".
 */
export function tableCaption(table: Pick<ParsedTable, 'section' | 'caption'>): string {
  return `${table.section}、${table.caption.replace(CAPTION_NUMBERING, '')}`
}
