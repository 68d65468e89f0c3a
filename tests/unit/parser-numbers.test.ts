import { describe, expect, it } from 'vitest'
import { foldLine } from '../../src/parser/normalize'
import { findNumbers, parseNumericCell, scaleDecimal } from '../../src/parser/numbers'

/** The single number mention of a phrase, after the same folding the parser applies. */
function one(phrase: string) {
  const found = findNumbers(foldLine(phrase))
  expect(found).toHaveLength(1)
  const { value, approx, unit } = found[0]!
  return { value, approx, unit }
}

describe('numbers as the reports write them', () => {
  it.each([
    ['1.5万余条', 15000, true, '条'],
    ['110万余件', 1100000, true, '件'],
    ['约4000余条', 4000, true, '条'],
    ['近5000人次', 5000, true, '人次'],
    ['3000人以上', 3000, true, '人'],
    ['140余条', 140, true, '条'],
    ['４６个', 46, false, '个'],
    ['1,041条', 1041, false, '条'],
    ['6.8万余件', 68000, true, '件'],
    ['2.8万余人次', 28000, true, '人次'],
    ['99.5%', 99.5, false, '%'],
    ['８６．７６％', 86.76, false, '%'],
    ['3000多人', 3000, true, '人'],
    ['5000人左右', 5000, true, '人'],
    ['564675件', 564675, false, '件'],
    ['2181.669177万元', 2181.669177, false, '万元'],
    ['31461宗', 31461, false, '宗'],
  ])('%s → %d (approx %s, unit %s)', (phrase, value, approx, unit) => {
    expect(one(phrase)).toEqual({ value, approx, unit })
  })

  it('scales 万/亿 exactly, without floating-point error', () => {
    expect(scaleDecimal('6.8', 4)).toBe(68000)
    expect(scaleDecimal('1.23', 8)).toBe(123000000)
    expect(scaleDecimal('0.07', 4)).toBe(700)
  })

  it('reads table cells: plain, spaced, full-width, thousands, signed; not labels', () => {
    expect(parseNumericCell(' 5147 ')).toBe(5147)
    expect(parseNumericCell(foldLine('５１４７'))).toBe(5147)
    expect(parseNumericCell('1,041')).toBe(1041)
    expect(parseNumericCell('-3')).toBe(-3)
    expect(parseNumericCell('1.属于国家秘密')).toBeNull()
    expect(parseNumericCell('')).toBeNull()
  })

  it('does not glue a year to a count or read digits inside a longer number', () => {
    const found = findNumbers('2023年以来，共转办市民热线7573件').map(m => [m.value, m.unit])
    expect(found).toEqual([[2023, '年'], [7573, '件']])
  })
})
