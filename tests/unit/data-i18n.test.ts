import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { compileMessage, messageFormatter } from '../../src/i18n/compile'
import { en } from '../../src/i18n/en'
import { zhCN } from '../../src/i18n/zh-CN'

const i18n = createI18n({ legacy: false, locale: 'zh-CN', messageCompiler: compileMessage, messages: { 'zh-CN': zhCN, en } })
const { t } = i18n.global

describe('messages', () => {
  it('fills placeholders, in either language', () => {
    expect(t('app.reports', { n: 5 })).toBe('5 份报告')
    i18n.global.locale.value = 'en'
    expect(t('overview.kpiYears', { from: 2019, to: 2023 })).toBe('2019–2023')
    expect(t('nav.compare')).toBe('Compare')
    i18n.global.locale.value = 'zh-CN'
  })

  it('takes the English singular for one and the plural otherwise; Chinese has one form', () => {
    i18n.global.locale.value = 'en'
    expect(t('app.reports', { n: 1 })).toBe('1 report')
    expect(t('app.reports', { n: 5 })).toBe('5 reports')
    expect(t('overview.kpiReports', { n: 1 })).toBe('from 1 report')
    expect(t('overview.kpiReports', { n: 0 })).toBe('from 0 reports')
    i18n.global.locale.value = 'zh-CN'
    expect(t('app.reports', { n: 1 })).toBe('1 份报告')
    // No message of either language has more than two forms, or a stray separator.
    const values = (o: object): string[] => Object.values(o).flatMap(v => typeof v === 'object' ? values(v) : [String(v)])
    expect(values(zhCN).filter(m => m.includes(' | '))).toEqual([])
    expect(values(en).filter(m => m.split(' | ').length > 2)).toEqual([])
  })

  it('formats a message compiled once (messageFormatter) exactly as t() does, in either language', () => {
    const { tm } = i18n.global
    for (const lang of ['zh-CN', 'en'] as const) {
      i18n.global.locale.value = lang
      const withYear = messageFormatter(tm('compare.labelWithYear'), 'compare.labelWithYear')
      const named = { name: '盐池县', year: 2023, agency: t('kind.approval-bureau') }
      expect(withYear(named)).toBe(t('compare.labelWithYear', named))
      const agencies = messageFormatter(tm('compare.agencyCount'), 'compare.agencyCount')
      for (const n of [1, 3])
        expect(agencies({ n })).toBe(t('compare.agencyCount', { n }))
    }
    expect(messageFormatter(tm('compare.labelWithYear'), 'compare.labelWithYear')({ name: 'Yanchi County', year: 2023, agency: 'approval bureau' }))
      .toBe('Yanchi County (2023 · approval bureau)')
    i18n.global.locale.value = 'zh-CN'
  })

  it('leaves text without placeholders as it is, punctuation included', () => {
    expect(t('heatmap.note')).toBe(zhCN.heatmap.note)
  })

  it('has the same keys in English as in Chinese', () => {
    const keys = (o: object, prefix = ''): string[] => Object.entries(o).flatMap(([k, v]) => typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  })
})
