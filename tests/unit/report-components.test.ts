// @vitest-environment happy-dom
import type { ParsedTable } from '../../src/schema/report'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ReportTables from '../../src/components/ReportTables.vue'
import { i18n } from '../../src/i18n'

/** The report detail's pieces, mounted on plain props. */

function table(caption: string, section: ParsedTable['section'] = '二'): ParsedTable {
  return { section, caption, columns: ['处理决定数量'], rows: [{ label: '行政许可', cells: [5147], line: 33 }] }
}

describe('report tables', () => {
  it('numbers each caption once, whether or not the parser\'s caption carries the number', () => {
    const wrapper = mount(ReportTables, {
      props: { tables: [table('二、处理决定数量'), table('本年收费金额（万元）'), table('三、收到和处理政府信息公开申请情况', '三')] },
      global: { plugins: [i18n] },
    })
    expect(wrapper.findAll('caption').map(c => c.text())).toEqual([
      '二、处理决定数量',
      '二、本年收费金额（万元）',
      '三、收到和处理政府信息公开申请情况',
    ])
  })
})
