/**
 * Debug a PDF: print what the reader extracts from it.
 *
 *   npx tsx scripts/pdf-text.ts FILE.pdf            the text the parser reads (tabs shown as ' | ')
 *   npx tsx scripts/pdf-text.ts FILE.pdf --raw      the same text, tabs as tabs
 *   npx tsx scripts/pdf-text.ts FILE.pdf --items N  page N's text items and ruling lines (positions in points, top-down)
 *
 * Checks (no text layer, unreadable pages) go to stderr. See docs/parser.md.
 */
import { readFileSync } from 'node:fs'
import { extractPage } from '../src/readers/pdf/extract-page'
import { readPdf } from '../src/readers/pdf/read-pdf'
import { nodePdfEnv } from './lib/reader-env'

async function printItems(bytes: Uint8Array, pageNumber: number): Promise<void> {
  const env = nodePdfEnv()
  const pdfjs = await env.load()
  const doc = await pdfjs.getDocument({ data: bytes, cMapUrl: env.cMapUrl, cMapPacked: true, standardFontDataUrl: env.standardFontDataUrl, verbosity: 0 }).promise
  const page = await extractPage(await doc.getPage(pageNumber), pdfjs.OPS)
  const r = (v: number) => v.toFixed(1)
  console.log(`page ${pageNumber}: ${r(page.width)} × ${r(page.height)}, ${page.items.length} items, ${page.rules.length} ruling lines`)
  for (const i of page.items)
    console.log(`item x=${r(i.x)} y=${r(i.y)} w=${r(i.width)} h=${r(i.height)} size=${r(i.size)}${i.vertical ? ' vertical' : ''} ${JSON.stringify(i.text)}`)
  for (const l of page.rules)
    console.log(`rule ${r(l.x0)},${r(l.y0)} → ${r(l.x1)},${r(l.y1)}`)
  await doc.destroy()
}

async function main(): Promise<void> {
  const [file, flag, arg] = process.argv.slice(2)
  if (!file) {
    console.error('usage: npx tsx scripts/pdf-text.ts FILE.pdf [--raw | --items PAGE]')
    process.exit(2)
  }
  const bytes = new Uint8Array(readFileSync(file))
  if (flag === '--items')
    return printItems(bytes, Number(arg) || 1)
  const doc = await readPdf(bytes, nodePdfEnv())
  for (const c of doc.checks)
    console.error(`${c.severity}: ${c.id}${c.variant ? `/${c.variant}` : ''}: ${c.message}`)
  process.stdout.write(flag === '--raw' ? doc.text : doc.text.replace(/\t/g, ' | '))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
