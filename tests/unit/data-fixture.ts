import type { SourcedReport } from '../../src/schema/snapshot'
import type { LocatedObservation } from '../../src/schema/report'
import { buildSnapshot } from '../../src/data/build-snapshot'

/**
 * Hand-made reports shaped like the five bundled ones (plus a second 盐池县
 * 2022 report, so one county-year has two agencies), for the data-layer and
 * store tests.
 */

type Obs = [indicator: string, value: number, unit: string, approx?: boolean, source?: LocatedObservation['source']]

function report(meta: Partial<SourcedReport> & Pick<SourcedReport, 'id' | 'region' | 'prefecture' | 'agency' | 'agencyKind' | 'year'>, obs: Obs[], checks: SourcedReport['checks'] = []): SourcedReport {
  const lines = obs.map(([indicator, value, unit]) => `${indicator} ${value}${unit}`)
  return {
    title: `${meta.agency} ${meta.year}年政府信息公开工作年度报告`,
    province: '宁夏回族自治区',
    format: (meta.year ?? 2021) >= 2021
      ? '2021'
      : '2019',
    published: null,
    sourceFormat: 'text',
    file: `${meta.id}.txt`,
    text: [`${meta.agency} ${meta.year}年政府信息公开工作年度报告`, ...lines].join('\n'),
    tables: [],
    ...meta,
    observations: obs.map(([indicator, value, unit, approx = false, source = 'table'], i) => ({
      indicator,
      value,
      unit,
      approx,
      source,
      evidence: lines[i]!,
      location: { line: i + 2, endLine: i + 2 },
    })),
    checks,
  }
}

export const FIXTURE_REPORTS: SourcedReport[] = [
  report({
    id: 'yanchi-bureau-2023',
    region: '盐池县',
    prefecture: '吴忠市',
    agency: '盐池县审批服务管理局',
    agencyKind: 'approval-bureau',
    year: 2023,
  }, [
    ['licensing.decisions', 5147, '件'],
    [
      'hotline.received',
      12000,
      '件',
      true,
      'text',
    ],
    [
      'hotline.completion_rate',
      99.5,
      '%',
      false,
      'text',
    ],
    [
      'newmedia.posts',
      1500,
      '条',
      true,
      'text',
    ],
  ], [
    { id: 'rate.mismatch', severity: 'warning', message: '办结率 99.5% differs from 98.0% computed from its counts' },
  ]),
  report({
    id: 'yanchi-bureau-2022',
    region: '盐池县',
    prefecture: '吴忠市',
    agency: '盐池县审批服务管理局',
    agencyKind: 'approval-bureau',
    year: 2022,
  }, [
    ['licensing.decisions', 5000, '件'],
    [
      'hotline.completion_rate',
      97,
      '%',
      false,
      'text',
    ],
  ]),
  report({
    id: 'yanchi-gov-2022',
    region: '盐池县',
    prefecture: '吴忠市',
    agency: '盐池县人民政府',
    agencyKind: 'county-government',
    year: 2022,
  }, [
    ['licensing.decisions', 14356, '件'],
    ['applications.new', 12, '件'],
    [
      'hotline.completion_rate',
      99,
      '%',
      false,
      'text',
    ],
  ], [
    { id: 'applications.balance', severity: 'error', message: '一 + 二 = 14 ≠ 三(七) + 四 = 13' },
  ]),
  report({
    id: 'zhongning-bureau-2019',
    region: '中宁县',
    prefecture: '中卫市',
    agency: '中宁县审批服务管理局',
    agencyKind: 'approval-bureau',
    year: 2019,
  }, [
    ['licensing.decisions', 3000, '件'],
    [
      'hotline.completion_rate',
      98,
      '%',
      true,
      'derived',
    ],
  ], [
    { id: 'table.missing_total', severity: 'info', message: '总计 column absent; summed' },
  ]),
  report({
    id: 'shapotou-center-2023',
    region: '沙坡头区',
    prefecture: '中卫市',
    agency: '沙坡头区政务服务中心',
    agencyKind: 'service-center',
    year: 2023,
  }, [
    [
      'newmedia.posts',
      800,
      '条',
      false,
      'text',
    ],
    [
      'hotline.completion_rate',
      96,
      '%',
      false,
      'text',
    ],
  ]),
  report({
    id: 'lingwu-bureau-2021',
    region: '灵武市',
    prefecture: '银川市',
    agency: '灵武市审批服务管理局',
    agencyKind: 'approval-bureau',
    year: 2021,
  }, [
    ['licensing.decisions', 4625, '件'],
    ['licensing.decisions', 1, '件'],
  ]),
]

export function fixtureSnapshot(reports: SourcedReport[] = FIXTURE_REPORTS) {
  return buildSnapshot(reports, {
    dataset: 'fixture',
    synthetic: true,
    description: 'test fixture',
    withEvidence: true,
  })
}
