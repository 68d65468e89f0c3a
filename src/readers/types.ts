/**
 * The contract between the readers of published formats (text, web page,
 * PDF, .docx) and the parser: a reader turns a file's bytes into the text the
 * parser reads, and says what it could not read as checks. The parser never
 * sees bytes, HTML or PDF operators; evidence is cut from this text, so it is
 * "the text of the line or table row as extracted" (spec §6).
 *
 * Text conventions every reader follows:
 * - one line per line of the document; paragraphs end with a newline (a
 *   reader that sees a paragraph wrapped over several lines or pages, as in
 *   a PDF, may join it back into one line);
 * - a table row is one line, its cells separated by tabs (an empty cell is an
 *   empty string between two tabs), in column order; a label that wrapped
 *   onto several lines in the document is joined back into its cell;
 * - page headers, footers and page numbers are dropped;
 * - metadata the page gives outside the body (a web page's title, breadcrumb,
 *   发布时间/发布日期 line) comes first, one per line, as the page states it.
 */

import type { Check, SourceFormat } from '../schema/report'

export interface ExtractedDocument {
  /** The document's text as described above; '' when nothing could be read. */
  text: string
  sourceFormat: SourceFormat
  /** What reading found wrong (input.unreadable, input.no_text_layer …). */
  checks: Check[]
  /** Pages read (PDF only), for throughput figures. */
  pages?: number
}
