/**
 * What the reader takes from pdf.js's operator list, on hand-written
 * operator lists: ruling lines (stroked segments and rectangles, thin filled
 * rectangles; not shading, curves or clipping) and vertical text.
 */
import type { OpCodes } from '../../src/readers/pdf/extract-rules'
import type { TextOpCodes } from '../../src/readers/pdf/extract-vertical'
import { describe, expect, it } from 'vitest'
import { unifyIdeographs } from '../../src/readers/pdf/cjk-radicals'
import { rulesFromOperators } from '../../src/readers/pdf/extract-rules'
import { verticalTextFromOperators } from '../../src/readers/pdf/extract-vertical'

/** Operator codes as pdf.js numbers them (OPS). */
const OPS: OpCodes & TextOpCodes = {
  save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75,
  stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27,
  beginText: 31, setFont: 37, setTextMatrix: 42, moveText: 40, setLeadingMoveText: 41, nextLine: 43, setLeading: 36,
  setCharSpacing: 33, setWordSpacing: 34, setHScale: 35, setTextRise: 39, showText: 44, showSpacedText: 45,
}
const END_PATH = 28
/** PDF user space (y up) → page coordinates (y down) on an A4 page. */
const FLIP = [1, 0, 0, -1, 0, 842] as const
/** pdf.js path buffer codes. */
const [M, L, C, Z] = [0, 1, 2, 4]

function list(...ops: [number, unknown][]) {
  return { fnArray: ops.map(o => o[0]), argsArray: ops.map(o => o[1]) }
}
const path = (paint: number, ...buffer: number[]): [number, unknown] => [OPS.constructPath, [paint, [Float32Array.from(buffer)], null]]

describe('ruling lines from the operator list', () => {
  it('takes the axis-aligned segments of stroked paths, in page coordinates', () => {
    const { fnArray, argsArray } = list(path(OPS.stroke, M, 70, 742, L, 300, 742, M, 70, 742, L, 70, 642, M, 10, 10, L, 50, 40))
    expect(rulesFromOperators(fnArray, argsArray, OPS, FLIP)).toEqual([
      { x0: 70, y0: 100, x1: 300, y1: 100 },
      { x0: 70, y0: 100, x1: 70, y1: 200 },
    ])
  })

  it('gives a stroked rectangle its four sides and a thin filled one its middle line; shading, curves and clips are not borders', () => {
    const { fnArray, argsArray } = list(
      path(OPS.stroke, M, 0, 0, L, 100, 0, L, 100, 50, L, 0, 50, Z),
      path(OPS.fill, M, 0, 100, L, 200, 100, L, 200, 101, L, 0, 101, Z),
      path(OPS.eoFill, M, 0, 200, L, 200, 200, L, 200, 260, L, 0, 260, Z),
      path(OPS.stroke, M, 0, 300, C, 10, 310, 20, 310, 30, 300),
      path(END_PATH, M, 0, 400, L, 500, 400),
    )
    const rules = rulesFromOperators(fnArray, argsArray, OPS, [1, 0, 0, 1, 0, 0])
    expect(rules).toEqual([
      { x0: 0, y0: 0, x1: 100, y1: 0 },
      { x0: 100, y0: 0, x1: 100, y1: 50 },
      { x0: 0, y0: 50, x1: 100, y1: 50 },
      { x0: 0, y0: 0, x1: 0, y1: 50 },
      { x0: 0, y0: 100.5, x1: 200, y1: 100.5 },
    ])
  })

  it('applies the transformation matrix, and restores it after a save/restore and a form', () => {
    const { fnArray, argsArray } = list(
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 10, 0]],
      path(OPS.stroke, M, 0, 0, L, 10, 0),
      [OPS.restore, null],
      [OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 0, 5], null]],
      path(OPS.stroke, M, 0, 0, L, 10, 0),
      [OPS.paintFormXObjectEnd, null],
      path(OPS.stroke, M, 0, 0, L, 10, 0),
    )
    expect(rulesFromOperators(fnArray, argsArray, OPS, [1, 0, 0, 1, 0, 0])).toEqual([
      { x0: 10, y0: 0, x1: 30, y1: 0 },
      { x0: 0, y0: 5, x1: 10, y1: 5 },
      { x0: 0, y0: 0, x1: 10, y1: 0 },
    ])
  })
})

describe('vertical text from the operator list', () => {
  const glyph = (unicode: string) => ({ unicode, width: 1000, vmetric: [-1000, 500, 880] })

  it('reads a vertical font\'s glyphs as one run from top to bottom, whatever pdf.js\'s text extraction dropped', () => {
    const { fnArray, argsArray } = list(
      [OPS.beginText, null],
      [OPS.setFont, ['V', 10]],
      [OPS.setTextMatrix, [[1, 0, 0, 1, 100, 700]]],
      [OPS.showText, [[glyph('三'), glyph('、'), glyph('本')]]],
      [OPS.setLeadingMoveText, [0, -30]],
      [OPS.showText, [[glyph('年'), glyph('度')]]],
      [OPS.setFont, ['H', 10]],
      [OPS.showText, [[glyph('横')]]],
    )
    expect(verticalTextFromOperators(fnArray, argsArray, OPS, FLIP, new Set(['V']))).toEqual([
      { text: '三、本年度', x: 100, y: 132, width: 10, height: 50, size: 10, vertical: true },
    ])
  })
})

describe('ideographs written as radicals', () => {
  it('reads ⾏政许可, ⼈⺠, 门⼾ and the vertical comma ︑ as the characters they show', () => {
    expect(unifyIdeographs('⾏政许可 ⼈⺠政府 政府⻔⼾⽹站 三︑本年度')).toBe('行政许可 人民政府 政府门户网站 三、本年度')
  })
})
