/** Metadata from title shapes the bundled reports do not have. */
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'

function meta(title: string, body = '一、总体情况\n\n2022年，我局坚持公开为常态。') {
  const r = parseReport(`${title}\n\n${body}`)
  return { agency: r.agency, region: r.region, prefecture: r.prefecture, province: r.province, agencyKind: r.agencyKind, year: r.year }
}

describe('report metadata', () => {
  it.each([
    ['2022年度贺兰县政府信息公开工作年度报告', { agency: '贺兰县人民政府', region: '贺兰县', prefecture: '银川市', province: '宁夏回族自治区', agencyKind: 'county-government', year: 2022 }],
    ['银川市兴庆区行政审批服务局2021年政府信息公开工作年度报告', { agency: '银川市兴庆区行政审批服务局', region: '兴庆区', prefecture: '银川市', province: '宁夏回族自治区', agencyKind: 'approval-bureau', year: 2021 }],
    // A county government is named as the spec names it (盐池县人民政府), without the prefecture before it.
    ['石嘴山市大武口区人民政府 2023 年政府信息公开工作年度报告', { agency: '大武口区人民政府', region: '大武口区', prefecture: '石嘴山市', province: '宁夏回族自治区', agencyKind: 'county-government', year: 2023 }],
    ['关于印发《平罗县2021年政府信息公开工作年度报告》的通知', { agency: '平罗县人民政府', region: '平罗县', prefecture: '石嘴山市', province: '宁夏回族自治区', agencyKind: 'county-government', year: 2021 }],
    ['同心县河西镇人民政府2022年政府信息公开工作年度报告', { agency: '同心县河西镇人民政府', region: '同心县', prefecture: '吴忠市', province: '宁夏回族自治区', agencyKind: 'other', year: 2022 }],
    ['安徽省合肥市肥西县2022年政府信息公开工作年度报告', { agency: '肥西县人民政府', region: '肥西县', prefecture: '合肥市', province: '安徽省', agencyKind: 'county-government', year: 2022 }],
  ])('%s', (title, expected) => {
    expect(meta(title)).toEqual(expected)
  })

  it('a county outside the gazetteer is read from the name and flagged as unverified', () => {
    const r = parseReport('肥西县数据资源局2023年政府信息公开工作年度报告\n')
    expect([r.region, r.agencyKind]).toEqual(['肥西县', 'other'])
    expect(r.checks.find(c => c.id === 'meta.region')?.message).toMatch(/not in the gazetteer/)
  })

  it('the statistical period wins over the title year, with a warning', () => {
    const r = parseReport('盐池县2023年政府信息公开工作年度报告\n\n本报告统计数据从2022年1月1日至12月31日。')
    expect(r.year).toBe(2022)
    expect(r.checks.find(c => c.id === 'meta.year')?.severity).toBe('warning')
  })

  it('no year anywhere: null and a check, never a guess from the publication date', () => {
    const r = parseReport('盐池县政府信息公开工作年度报告\n\n发布日期：2024年1月20日')
    expect(r.year).toBeNull()
    expect(r.checks.map(c => c.id)).toContain('meta.year')
  })

  it('format from the columns when the notice is not cited (2019: 本年新制作数量, 社会组织)', () => {
    const r = parseReport('西吉县2020年度政府信息公开工作报告\n\n二、主动公开政府信息情况\n\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0')
    expect(r.format).toBe('2019')
  })
})
