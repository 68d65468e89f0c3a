import type { IRunOptions, ParagraphChild } from 'docx'
import type { Briefing } from '../audit/briefing'
import type { BriefingWords } from './briefing-text'
import { AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { changeText, checkText, entryText, indicatorHeading, indicatorLabel, place, rankingPrevious, reviewText, scopeText, sourceText, statusText, valueText } from './briefing-text'

/**
 * The briefing as a Word document (docx library), a function of the
 * briefing model and the chart's PNG, so it is built and read back in Node
 * (tests/unit/export-briefing-docx.test.ts). Tables are Word tables; fonts
 * are named for Chinese Word and WPS: 宋体 (SimSun) body, 黑体 (SimHei)
 * headings, with the eastAsia attribute that makes them apply to Chinese
 * text. A4 portrait, 2.5 cm margins; each section starts a page.
 */

export interface BriefingImage {
  data: Uint8Array
  /** Pixel size of the PNG. */
  width: number
  height: number
}

export interface BriefingDocxInput {
  briefing: Briefing
  words: BriefingWords
  /** The day it is made (ISO), printed under the title. */
  date: string
  /** The two-year comparison chart. */
  comparison?: BriefingImage | null
}

const BODY_FONT = { ascii: 'SimSun', hAnsi: 'SimSun', cs: 'SimSun', eastAsia: '宋体' }
const HEADING_FONT = { ascii: 'SimHei', hAnsi: 'SimHei', cs: 'SimHei', eastAsia: '黑体' }
/** A4 in twentieths of a point, and 2.5 cm margins. */
const A4 = { width: 11906, height: 16838, margin: 1417 }
/** The text width in EMU-free pixels (96 dpi) for images: 16 cm. */
const TEXT_WIDTH_PX = 605

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, font: BODY_FONT, ...options })

function heading(text: string, level: 1 | 2 | 3, pageBreakBefore = false): Paragraph {
  const heading = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3
  return new Paragraph({ heading, pageBreakBefore, keepNext: true, children: [new TextRun({ text, font: HEADING_FONT })] })
}

function para(text: string | ParagraphChild[], options: { italics?: boolean, align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  const children = typeof text === 'string' ? [run(text, { italics: options.italics })] : text
  return new Paragraph({ children, alignment: options.align, spacing: { after: 120 } })
}

function cell(text: string, header = false, right = false): TableCell {
  return new TableCell({
    children: [new Paragraph({
      alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: [new TextRun({ text, font: header ? HEADING_FONT : BODY_FONT, size: 20 })],
    })],
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  })
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' }

/** A Word table: a header row repeated on each page, then the rows; `numeric` columns right-aligned. */
function table(headers: string[], rows: string[][], numeric: ReadonlySet<number> = new Set()): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map(h => cell(h, true)) }),
      ...rows.map(r => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, false, numeric.has(i))) })),
    ],
  })
}

function coverageSection(b: Briefing, w: BriefingWords): (Paragraph | Table)[] {
  const { t, lang } = w
  const rows = b.coverage.counties.flatMap((c) => {
    const county = place(c.region, lang) + (c.inGazetteer ? '' : t('briefing.coverage.offGazetteer'))
    const prefecture = c.prefecture ? place(c.prefecture, lang) : '—'
    if (c.reports.length === 0)
      return [[county, prefecture, '—', t('briefing.coverage.none')]]
    return c.reports.map(e => [county, prefecture, entryText(e, w), statusText(e, w)])
  })
  return [
    heading(t('briefing.coverage.title'), 2),
    para(t('briefing.coverage.summary', { ...b.coverage.totals })),
    para(t('briefing.coverage.deadlineNote'), { italics: true }),
    table([t('briefing.coverage.county'), t('briefing.coverage.prefecture'), t('briefing.coverage.reports'), t('briefing.coverage.status')], rows),
  ]
}

function rankingSection(b: Briefing, w: BriefingWords): (Paragraph | Table)[] {
  const { t, lang } = w
  const out: (Paragraph | Table)[] = [
    heading(t('briefing.rankings.title'), 2, true),
    para(t('briefing.rankings.intro', { year: b.year, previousYear: b.previousYear })),
  ]
  for (const r of b.rankings) {
    out.push(heading(indicatorHeading(r.indicator, r.unit, lang), 3))
    if (r.rows.length === 0) {
      out.push(para(t('briefing.rankings.empty'), { italics: true }))
      continue
    }
    out.push(table(
      [t('briefing.rankings.rank'), t('briefing.rankings.county'), t('briefing.rankings.agency'), t('briefing.rankings.value'), t('briefing.rankings.previous'), t('briefing.rankings.change')],
      r.rows.map(row => [String(row.rank), place(row.region, lang), sourceText(row.current, lang), valueText(row.current.value, r.unit, lang), rankingPrevious(row, r.unit, lang), changeText(row.change, r.unit, w)]),
      new Set([0, 3, 4, 5]),
    ))
    if (r.absent.length > 0)
      out.push(para(t('briefing.rankings.absent', { list: r.absent.map(c => place(c, lang)).join(lang === 'en' ? ', ' : '、') }), { italics: true }))
  }
  return out
}

function comparisonSection(b: Briefing, w: BriefingWords, image: BriefingImage | null | undefined): (Paragraph | Table)[] {
  const { t, lang } = w
  const c = b.comparison
  const out: (Paragraph | Table)[] = [heading(t('briefing.comparison.title', { indicator: indicatorLabel(c.indicator, lang) }), 2, true)]
  if (c.rows.length === 0)
    return [...out, para(t('briefing.comparison.empty'), { italics: true })]
  if (image) {
    const scale = Math.min(1, TEXT_WIDTH_PX / image.width)
    out.push(new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type: 'png', data: image.data, transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) }, altText: { name: 'chart', title: t('briefing.comparison.chartTitle', { indicator: indicatorLabel(c.indicator, lang), unit: c.unit, year: c.year, previousYear: c.previousYear }), description: indicatorLabel(c.indicator, lang) } })],
    }))
  }
  out.push(table(
    [t('briefing.rankings.county'), t('briefing.rankings.agency'), String(c.previousYear), String(c.year), t('briefing.rankings.change')],
    c.rows.map(r => [place(r.region, lang), r.agency ?? '—', valueText(r.previous?.value ?? null, c.unit, lang), valueText(r.current?.value ?? null, c.unit, lang), changeText(r.change, c.unit, w)]),
    new Set([2, 3, 4]),
  ))
  return out
}

function findingsSection(b: Briefing, w: BriefingWords): (Paragraph | Table)[] {
  const { t, lang } = w
  const out: (Paragraph | Table)[] = [heading(t('briefing.findings.title'), 2, true), para(t('briefing.findings.intro', { year: b.year }))]
  if (b.findings.length === 0)
    return [...out, para(t('briefing.findings.none'), { italics: true })]
  const rows = b.findings.flatMap(county => county.findings.map(f => [
    place(county.region, lang),
    t(`checks.${f.check.severity}`) + (f.similarity ? ` · ${t('briefing.findings.similarity')}` : ''),
    checkText(f, lang),
    f.reports.map(r => sourceText(r, lang)).join(lang === 'en' ? '; ' : '；'),
    reviewText(f, w),
  ]))
  out.push(table([t('briefing.findings.county'), t('briefing.findings.severity'), t('briefing.findings.message'), t('briefing.findings.reports'), t('briefing.findings.review')], rows))
  return out
}

function notesSection(b: Briefing, w: BriefingWords): Paragraph[] {
  const { t, lang } = w
  const out = [heading(t('briefing.notes.title'), 2, true)]
  if (b.notes.length === 0)
    return [...out, para(t('briefing.notes.none'), { italics: true })]
  return [...out, ...b.notes.map(n => para([new TextRun({ text: `${place(n.region, lang)}${lang === 'en' ? ': ' : '：'}`, font: HEADING_FONT }), run(n.text)]))]
}

/** The briefing as a docx Document (pack it with Packer.toBlob in the browser, toBuffer in Node). */
export function briefingDocument(input: BriefingDocxInput): Document {
  const { briefing: b, words: w } = input
  const title = w.t('briefing.title', { year: b.year })
  return new Document({
    creator: 'disclosure-dashboard',
    title,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 24 }, paragraph: { spacing: { line: 360 } } },
        title: { run: { font: HEADING_FONT, size: 36, bold: false } },
        heading2: { run: { font: HEADING_FONT, size: 30, bold: false, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: HEADING_FONT, size: 26, bold: false, color: '000000' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [{
      properties: { page: { size: { width: A4.width, height: A4.height }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } } },
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, font: HEADING_FONT })] }),
        para(`${w.t('briefing.generated')}${w.lang === 'en' ? ': ' : '：'}${input.date}`, { align: AlignmentType.CENTER }),
        para(`${w.t('briefing.scope')}${w.lang === 'en' ? ': ' : '：'}${scopeText(b, w)}`, { align: AlignmentType.CENTER }),
        ...coverageSection(b, w),
        ...rankingSection(b, w),
        ...comparisonSection(b, w, input.comparison),
        ...findingsSection(b, w),
        ...notesSection(b, w),
      ],
    }],
  })
}

/** The .docx file in the browser. */
export async function briefingDocxBlob(input: BriefingDocxInput): Promise<Blob> {
  return Packer.toBlob(briefingDocument(input))
}
