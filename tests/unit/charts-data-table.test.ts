// @vitest-environment happy-dom
import type { ChartTable } from '../../src/charts/types'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import ChartDataTable from '../../src/components/ChartDataTable.vue'

/** A national ranking: 2,800 counties, every hundredth without a value. */
function ranking(n: number): ChartTable {
  return {
    columns: [{ key: 'region', label: '区县' }, { key: 'value', label: '数值（件）', numeric: true }],
    rows: Array.from({ length: n }, (_, i) => ({ region: `县${i}`, value: i % 100 === 3 ? null : i * 10 })),
  }
}

function bodyRegions(wrapper: ReturnType<typeof mount>): string[] {
  return wrapper.findAll('tbody tr').map(tr => tr.findAll('td')[0]!.text())
}

describe('ChartDataTable at national scale', () => {
  it('shows one page of 50 rows and pages through all of them', async () => {
    const table = mount(ChartDataTable, { props: { table: ranking(2800), caption: '排名' }, attachTo: document.body })
    expect(bodyRegions(table)).toHaveLength(50)
    expect(bodyRegions(table)[0]).toBe('县0')
    await table.get('.n-pagination-item:not(.n-pagination-item--active):not(.n-pagination-item--button)').trigger('click')
    await nextTick()
    expect(bodyRegions(table)[0]).toBe('县50')
    table.unmount()
  })

  it('sorts across all pages: descending first (absent "—" rows, then the largest of all), then ascending', async () => {
    const table = mount(ChartDataTable, { props: { table: ranking(2800), caption: '排名' }, attachTo: document.body })
    const header = () => table.findAll('th').find(th => th.text().includes('数值'))!
    const values = () => table.findAll('tbody tr').map(tr => tr.findAll('td')[1]!.text())
    await header().trigger('click')
    await nextTick()
    expect(values()[0]).toBe('—')
    expect(values().find(c => c !== '—')).toBe('27,990')
    await header().trigger('click')
    await nextTick()
    expect(bodyRegions(table)[0]).toBe('县0')
    expect(values()[1]).toBe('10')
    table.unmount()
  })

  it('goes back to the first page when the numbers change (another filter)', async () => {
    const table = mount(ChartDataTable, { props: { table: ranking(2800), caption: '排名' }, attachTo: document.body })
    await table.get('.n-pagination-item:not(.n-pagination-item--active):not(.n-pagination-item--button)').trigger('click')
    await nextTick()
    expect(bodyRegions(table)[0]).toBe('县50')
    await table.setProps({ table: ranking(120) })
    expect(bodyRegions(table)[0]).toBe('县0')
    table.unmount()
  })
})
