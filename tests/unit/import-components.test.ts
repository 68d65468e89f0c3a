// @vitest-environment happy-dom
import type { SourcedReport } from '../../src/schema/snapshot'
import type { DuplicatePair } from '../../src/import/preview'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import ImportDuplicateModal from '../../src/components/ImportDuplicateModal.vue'
import ImportReportSummary from '../../src/components/ImportReportSummary.vue'
import { i18n } from '../../src/i18n'
import { previewOfReport } from '../../src/import/preview'

function report(id: string, extra: Partial<SourcedReport> = {}): SourcedReport {
  return {
    id,
    title: `${id} 年度报告`,
    region: '盐池县',
    prefecture: '吴忠市',
    province: '宁夏回族自治区',
    agency: '盐池县审批服务管理局',
    agencyKind: 'approval-bureau',
    year: 2023,
    format: '2021',
    published: null,
    sourceFormat: 'text',
    observations: [{ indicator: 'licensing.decisions', value: 10, unit: '件', approx: false, source: 'table', evidence: '', location: null }],
    checks: [],
    tables: [],
    file: `${id}.txt`,
    text: '',
    ...extra,
  }
}

function pair(id: string): DuplicatePair {
  return { incoming: previewOfReport(report(id)), existing: [{ ...previewOfReport(report(`${id}-old`)), origin: 'bundled' }], reason: 'same-report' }
}

describe('duplicates dialog', () => {
  it('decides nothing by default, and confirms only once every pair has a choice', async () => {
    const wrapper = mount(ImportDuplicateModal, { props: { show: true, pairs: [pair('a'), pair('b')], lang: 'zh-CN' }, global: { plugins: [i18n] }, attachTo: document.body })
    await nextTick()
    const confirm = () => document.querySelector<HTMLButtonElement>('[data-testid=import-decide-confirm]')!
    expect(confirm().disabled).toBe(true)
    expect(document.body.textContent).toContain('还有 2 份没有选择')

    document.querySelectorAll<HTMLElement>('[data-testid=import-decide-replace] input')[0]!.click()
    await nextTick()
    expect(document.body.textContent).toContain('还有 1 份没有选择')
    expect(confirm().disabled).toBe(true)

    document.querySelector<HTMLButtonElement>('[data-testid=import-all-skip]')!.click()
    await nextTick()
    confirm().click()
    expect(wrapper.emitted('confirm')![0]![0]).toEqual(new Map([['a', 'skip'], ['b', 'skip']]))
    wrapper.unmount()
  })
})

describe('report summary', () => {
  it('shows markup in a report as text, never as elements', () => {
    const wrapper = mount(ImportReportSummary, {
      props: { report: report('x', { title: '<img src=x onerror=alert(1)>', text: '<script>alert(1)</script>\n正文' }), correction: {}, lang: 'zh-CN' },
      global: { plugins: [i18n] },
    })
    expect(wrapper.get('[data-testid=import-report-title]').text()).toBe('<img src=x onerror=alert(1)>')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
  })

  it('asks for exactly the fields the parser could not find', () => {
    const both = mount(ImportReportSummary, { props: { report: report('x', { region: null, year: null }), correction: {}, lang: 'zh-CN' }, global: { plugins: [i18n] } })
    expect(both.get('[data-testid=import-missing]').text()).toContain('地区和年度')
    expect(both.find('[data-testid=import-correction]').exists()).toBe(true)
    const yearOnly = mount(ImportReportSummary, { props: { report: report('x', { year: null }), correction: {}, lang: 'zh-CN' }, global: { plugins: [i18n] } })
    expect(yearOnly.get('[data-testid=import-missing]').text()).toContain('识别年度')
    expect(yearOnly.get('[data-testid=import-missing]').text()).not.toContain('地区')
    expect(yearOnly.find('[data-testid=import-correction]').exists()).toBe(true)
    const complete = mount(ImportReportSummary, { props: { report: report('x'), correction: {}, lang: 'zh-CN' }, global: { plugins: [i18n] } })
    expect(complete.find('[data-testid=import-missing]').exists()).toBe(false)
    // Complete: the correction form waits behind its button.
    expect(complete.find('[data-testid=import-correction]').exists()).toBe(false)
    expect(complete.find('[data-testid=import-correct]').exists()).toBe(true)
  })

  it('shows a corrected field as corrected, with what the parser read', () => {
    const wrapper = mount(ImportReportSummary, { props: { report: report('x'), correction: { year: 2024, agency: '盐池县人民政府' }, lang: 'zh-CN' }, global: { plugins: [i18n] } })
    const year = wrapper.get('[data-testid=import-meta-year]')
    expect(year.text()).toContain('2024')
    expect(year.text()).toContain('已更正')
    expect(year.text()).toContain('原为 2023')
    // The agency's kind follows its corrected name.
    expect(wrapper.get('[data-testid=import-meta-kind]').text()).toContain('原为 审批服务管理局')
    expect(wrapper.get('[data-testid=import-meta-region]').attributes('data-corrected')).toBeUndefined()
  })
})
