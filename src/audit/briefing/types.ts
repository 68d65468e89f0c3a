import type { AgencyKind, Check } from '../../schema/report'
import type { ReviewStatus } from '../../schema/review'
import type { Deadline } from '../rules/timeliness'
import type { AuditReport } from '../types'

/** A report as the briefing reads it: the audit's view of it plus its own checks. */
export interface BriefingReport extends AuditReport {
  checks: readonly Check[]
  /** Imported in the browser rather than bundled. */
  imported?: boolean
}

/** The counties and agency kinds the briefing covers (the app's filters; empty = all). */
export interface BriefingScope {
  prefectures: readonly string[]
  counties: readonly string[]
  kinds: readonly AgencyKind[]
}

/** Whether a report met the deadline of 条例第四十九条. */
export type Timeliness = 'on-time' | 'late' | 'unknown'

/** One report of the year in a county's coverage row. */
export interface CoverageEntry {
  reportId: string
  agency: string | null
  kind: AgencyKind | null
  published: string | null
  deadline: string
  deadlineKind: Deadline
  status: Timeliness
  /** Days after the deadline when late. */
  daysLate: number | null
  imported: boolean
}

export interface CoverageCounty {
  region: string
  prefecture: string | null
  /** Listed by the gazetteer (false: a region only the data names). */
  inGazetteer: boolean
  /** Reports of the year, in data order; empty = did not report. */
  reports: CoverageEntry[]
}

export interface CoverageTotals {
  counties: number
  reported: number
  missing: number
  reports: number
  onTime: number
  late: number
  unknown: number
}

export interface BriefingCoverage {
  /** The agency kinds the columns show: the scope's, else those reporting in the year. */
  kinds: AgencyKind[]
  counties: CoverageCounty[]
  totals: CoverageTotals
}

/** A value and the report that states it. */
export interface SourcedValue {
  value: number
  reportId: string
  agency: string | null
  year: number
}

export interface RankingRow {
  /** 1-based; equal values share a rank. */
  rank: number
  region: string
  current: SourcedValue
  /** The same agency's value of the previous year, when it states one. */
  previous: SourcedValue | null
  /** 同比: percent for counts, percentage points for rates; null without last year or from 0. */
  change: number | null
}

export interface Ranking {
  indicator: string
  unit: string
  rows: RankingRow[]
  /** Counties of the scope with no value for the year. */
  absent: string[]
}

/** One agency's value in the two years of the comparison. */
export interface ComparisonRow {
  region: string
  agency: string | null
  current: SourcedValue | null
  previous: SourcedValue | null
  change: number | null
}

export interface Comparison {
  indicator: string
  unit: string
  year: number
  previousYear: number
  rows: ComparisonRow[]
}

/** A report a finding concerns, for its link. */
export interface FindingReport {
  id: string
  agency: string | null
  year: number | null
}

/** The reviewer's status of a check and their note (src/stores/review.ts). */
export interface FindingReview {
  status: ReviewStatus
  note: string
}

/** A failed check of one report or a result across reports. */
export interface Finding {
  check: Check
  /** 内容雷同 (similarity.*). */
  similarity: boolean
  /** Across reports (the audit) rather than one report's own check. */
  audit: boolean
  /** Its review key (src/data/check-key.ts), the checks list's. */
  key: string
  /** Its review, null when nobody has reviewed it (待核实). */
  review: FindingReview | null
  /** The report it is about first, then the others it reads. */
  reports: FindingReport[]
  /** Per report, where to open it: the report view's `obs`/`line` parameters ({} for the top). */
  targets: Record<string, string>[]
}

export interface CountyFindings {
  region: string
  prefecture: string | null
  findings: Finding[]
}

export interface CountyNote {
  region: string
  text: string
}

/** Everything the briefing shows, built by buildBriefing; the view and the .docx only render it. */
export interface Briefing {
  year: number
  previousYear: number
  scope: BriefingScope
  coverage: BriefingCoverage
  rankings: Ranking[]
  comparison: Comparison
  findings: CountyFindings[]
  notes: CountyNote[]
}
