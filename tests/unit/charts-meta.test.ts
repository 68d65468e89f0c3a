import { describe, expect, it } from 'vitest'
import { buildChartMeta } from '../../src/charts/meta'
import { CHART_STRINGS_EN, CHART_STRINGS_ZH } from '../../src/i18n/chart-strings'

describe('buildChartMeta', () => {
  it('titles state indicator and unit; filters and footnote travel with the export', () => {
    const meta = buildChartMeta({ view: 'trend', indicatorLabel: '热线 办结率', unit: '%', filterSummary: '2021–2023年 · 吴忠市', years: [2021, 2022, 2023], regions: ['盐池县', '同心县'], strings: CHART_STRINGS_ZH })
    expect(meta.title).toBe('热线 办结率（%） · 年度趋势')
    expect(meta.filterSummary).toBe('2021–2023年 · 吴忠市')
    expect(meta.footnote).toContain('≈ 表示约数')
    expect(meta.fileBase).toBe('热线 办结率_年度趋势_2021-2023_盐池县、同心县')
  })

  it('uses the translated strings', () => {
    const meta = buildChartMeta({ view: 'compare', indicatorLabel: 'Licensing decisions', unit: '件', filterSummary: '', years: [2023], regions: null, strings: CHART_STRINGS_EN })
    expect(meta.title).toBe('Licensing decisions (件) · County comparison')
    expect(meta.fileBase).toBe('Licensing decisions_County comparison_2023_All counties')
  })
})
