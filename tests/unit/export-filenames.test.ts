import { describe, expect, it } from 'vitest'
import { CHART_STRINGS_ZH } from '../../src/i18n/chart-strings'
import { chartFileBase, regionSpan, safeFileName, uniqueNames, yearSpan } from '../../src/charts/filenames'

/** Characters Windows refuses in a file name. */
const WINDOWS_FORBIDDEN = /[\\/:*?"<>|]/

describe('file names', () => {
  it('say indicator, view, years and counties, in Chinese', () => {
    const name = chartFileBase({ indicatorLabel: '行政许可 本年处理决定数量', view: '区县对比', years: [2023, 2021, 2022], regions: ['盐池县', '同心县', '利通区', '红寺堡区'], strings: CHART_STRINGS_ZH })
    expect(name).toBe('行政许可 本年处理决定数量_区县对比_2021-2023_盐池县等4个区县')
  })

  it('are safe on Windows whatever the indicator label holds', () => {
    const name = chartFileBase({ indicatorLabel: '办结率/满意率: "A*B"? <x>|y\\z', view: '年度趋势', years: [2023], regions: null, strings: CHART_STRINGS_ZH })
    expect(name).not.toMatch(WINDOWS_FORBIDDEN)
    expect(name).toContain('全部区县')
    expect(name).toContain('2023')
  })

  it('drop trailing dots and spaces, avoid reserved device names, and stay short', () => {
    expect(safeFileName('报告. ')).toBe('报告')
    expect(safeFileName('CON')).toBe('_CON')
    expect(safeFileName('nul')).toBe('_nul')
    expect(safeFileName('\u0001\u0002')).toBe('chart')
    const long = safeFileName('县'.repeat(300))
    expect(Array.from(long)).toHaveLength(100)
    // A cut never splits a surrogate pair.
    expect(safeFileName('𠀀'.repeat(150))).toBe('𠀀'.repeat(100))
  })

  it('spell years and regions compactly', () => {
    expect(yearSpan([])).toBe('')
    expect(yearSpan([2022])).toBe('2022')
    expect(regionSpan(['盐池县'], CHART_STRINGS_ZH)).toBe('盐池县')
    expect(regionSpan([], CHART_STRINGS_ZH)).toBe('全部区县')
  })

  it('never let two zip entries share a name', () => {
    expect(uniqueNames(['a.png', 'a.csv', 'a.png', 'a.png'])).toEqual(['a.png', 'a.csv', 'a (2).png', 'a (3).png'])
  })
})
