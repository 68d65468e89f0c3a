/**
 * `parseHtml` for the browser (ReaderEnv, ./index.ts). On the main thread
 * the page's own DOMParser. In a Web Worker — where the import parses files
 * and no DOMParser exists — linkedom's worker build, loaded on first use as
 * its own chunk, so it costs nothing until a web page or .docx is read
 * (size: docs/parser.md).
 */

import type { HtmlParser } from './html'

export function browserHtmlParser(): HtmlParser {
  if (typeof DOMParser !== 'undefined') {
    const parser = new DOMParser()
    return html => parser.parseFromString(html, 'text/html')
  }
  let loading: Promise<{ parseFromString: (html: string, type: 'text/html') => unknown }> | null = null
  return async (html) => {
    loading ??= import('linkedom/worker').then(m => new m.DOMParser())
    return (await loading).parseFromString(html, 'text/html') as Document
  }
}
