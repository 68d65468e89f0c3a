import type { SourcedReport } from '../schema/snapshot'
import type { TidyColumn, TidyRow } from '../schema/tidy'
import type { RowProblem } from './csv-row'
import { findCountyByName, PROVINCES } from '../catalog/gazetteer'
import { findIndicator } from '../catalog/indicators'
import { TIDY_META_COLUMNS } from '../schema/tidy'

/** A unit that differs from the catalog's: imported as written, but shown to the user. */
export interface UnitWarning {
  indicator: string
  unit: string
  /** The catalog's unit for the indicator. */
  expected: string
  /** Rows with this indicator and unit. */
  count: number
  firstLine: number
}

/** Units spec §4 allows besides the catalog's (条/篇 for new-media posts): no warning for these. */
const ALSO_ACCEPTED: Readonly<Record<string, readonly string[]>> = {
  'newmedia.posts': ['篇'],
  'newmedia.wechat_posts': ['条'],
}

interface Group {
  report: SourcedReport
  firstLine: number
  /** Line of each indicator's row, to name the first one when a duplicate comes. */
  indicatorLine: Map<string, number>
  meta: TidyRow
}

/** Province from the gazetteer: the tidy CSV has no province column. */
function provinceOf(region: string | null, prefecture: string | null): string | null {
  if (region !== null) {
    const place = findCountyByName(region)
    if (place)
      return place.province.name
  }
  if (prefecture !== null)
    return PROVINCES.find(p => p.prefectures.some(f => f.name === prefecture))?.name ?? null
  return null
}

function newReport(row: TidyRow, file: string): SourcedReport {
  return {
    id: row.report_id,
    title: null,
    region: row.region,
    prefecture: row.prefecture,
    province: provinceOf(row.region, row.prefecture),
    agency: row.agency,
    agencyKind: row.agency_kind,
    year: row.year,
    format: row.format,
    published: null,
    sourceFormat: null,
    observations: [],
    checks: [],
    tables: [],
    file,
    text: '',
  }
}

/**
 * Collects validated tidy rows into reports, in file order. A row whose
 * report metadata contradicts the report's first row, or that repeats an
 * indicator of its report, is refused (returned as problems), never merged.
 */
export function createTidyCollector(file: string) {
  const groups = new Map<string, Group>()
  const unitWarnings = new Map<string, UnitWarning>()

  function noteUnit(row: TidyRow, line: number) {
    const expected = findIndicator(row.indicator)?.unit
    if (expected === undefined || expected === row.unit || ALSO_ACCEPTED[row.indicator]?.includes(row.unit))
      return
    const key = `${row.indicator}\u0000${row.unit}`
    const warning = unitWarnings.get(key)
    if (warning) {
      warning.count++
    }
    else {
      unitWarnings.set(key, {
        indicator: row.indicator,
        unit: row.unit,
        expected,
        count: 1,
        firstLine: line,
      })
    }
  }

  /** Add a row; returns the problems that kept it out, or null when it joined. */
  function add(row: TidyRow, line: number, cells: Record<TidyColumn, string>): RowProblem[] | null {
    let group = groups.get(row.report_id)
    if (group) {
      const problems: RowProblem[] = []
      for (const column of TIDY_META_COLUMNS) {
        if (row[column] !== group.meta[column]) {
          problems.push({
            column,
            code: 'inconsistent-report',
            value: cells[column],
            params: {
              expected: String(group.meta[column] ?? ''),
              line: group.firstLine,
            },
          })
        }
      }
      const first = group.indicatorLine.get(row.indicator)
      if (first !== undefined) {
        problems.push({
          column: 'indicator',
          code: 'duplicate',
          value: cells.indicator,
          params: { line: first },
        })
      }
      if (problems.length > 0)
        return problems
    }
    else {
      group = {
        report: newReport(row, file),
        firstLine: line,
        indicatorLine: new Map(),
        meta: row,
      }
      groups.set(row.report_id, group)
    }
    group.indicatorLine.set(row.indicator, line)
    group.report.observations.push({
      indicator: row.indicator,
      value: row.value,
      unit: row.unit,
      approx: row.approx,
      source: row.source,
      evidence: row.evidence,
      location: null,
    })
    noteUnit(row, line)
    return null
  }

  return {
    add,
    reports: (): SourcedReport[] => [
      ...groups.values(),
    ].map(g => g.report),
    unitWarnings: (): UnitWarning[] => [
      ...unitWarnings.values(),
    ],
  }
}
