// @vitest-environment happy-dom
import type { Lang } from '../../src/data/query'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useFilterSummary } from '../../src/composables/useFilterSummary'
import { EMPTY_FILTERS } from '../../src/data/filters'
import { i18n } from '../../src/i18n'

/** The line drawn under every chart title and into every exported image. */
function summary(synthetic: boolean, lang: Lang = 'zh-CN'): string {
  const Probe = defineComponent({
    setup() {
      const line = useFilterSummary({ filters: EMPTY_FILTERS, lang, dataYears: [2015, 2024], synthetic })
      return () => h('p', line.value)
    },
  })
  i18n.global.locale.value = lang
  const text = mount(Probe, { global: { plugins: [i18n] } }).text()
  i18n.global.locale.value = 'zh-CN'
  return text
}

describe('synthetic data in chart titles and exports', () => {
  it('says 合成数据 first and does not claim the counties are Ningxia\'s', () => {
    expect(summary(true)).toMatch(/^合成数据 · 2015–2024年 · /)
    expect(summary(true)).not.toContain('宁夏')
    expect(summary(true, 'en')).toMatch(/^Synthetic data · /)
  })

  it('leaves real data as it was', () => {
    expect(summary(false)).toBe('2015–2024年 · 宁夏全部区县 · 全部机构类型')
  })
})
