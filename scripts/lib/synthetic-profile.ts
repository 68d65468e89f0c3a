import type { AgencyKind, Format } from '../../src/schema/report'
import type { SyntheticCounty } from './synthetic-places'
import type { CarryAgency } from './synthetic-carry'
import type { Random } from './synthetic-random'
import { logNormal } from './synthetic-random'

/**
 * What each kind of agency typically reports, for a county of median size:
 * median counts, and how often each narrative block appears in section 一.
 * Orders of magnitude follow the real reports in data/raw/ (an approval
 * bureau: thousands of licensing decisions, a hall with 10⁵ cases a year).
 */
export interface KindProfile {
  licensing: number
  penalty: number
  coercion: number
  normativeIssued: number
  normativeInForce: number
  /** 万元 */
  fees: number
  requests: number
  reviews: number
  lawsuits: number
  items: number
  interpretations: number
  hotline: number
  posts: number
  accounts: number
  hallCases: number
  /** Chance that section 一 states each block. */
  says: {
    disclosure: number
    website: number
    interpretations: number
    hotline: number
    hotlineDetail: number
    newmedia: number
    newmediaDetail: number
    hall: number
    online: number
  }
}

/** The agency kinds synthetic reports come from (the `other` kind is left to real data). */
export const SYNTHETIC_KINDS = ['county-government', 'approval-bureau', 'service-center'] as const satisfies readonly AgencyKind[]
export type SyntheticKind = (typeof SYNTHETIC_KINDS)[number]

export const PROFILES: Record<SyntheticKind, KindProfile> = {
  'county-government': {
    licensing: 2500,
    penalty: 400,
    coercion: 25,
    normativeIssued: 10,
    normativeInForce: 70,
    fees: 60,
    requests: 20,
    reviews: 1.5,
    lawsuits: 1,
    items: 5000,
    interpretations: 35,
    hotline: 18000,
    posts: 4500,
    accounts: 12,
    hallCases: 80000,
    says: { disclosure: 0.97, website: 0.8, interpretations: 0.8, hotline: 0.9, hotlineDetail: 0.75, newmedia: 0.9, newmediaDetail: 0.7, hall: 0.75, online: 0.7 },
  },
  'approval-bureau': {
    licensing: 4000,
    penalty: 2,
    coercion: 0.3,
    normativeIssued: 0.6,
    normativeInForce: 3,
    fees: 5,
    requests: 3,
    reviews: 0.3,
    lawsuits: 0.2,
    items: 600,
    interpretations: 8,
    hotline: 4000,
    posts: 1200,
    accounts: 3,
    hallCases: 120000,
    says: { disclosure: 0.92, website: 0.7, interpretations: 0.6, hotline: 0.8, hotlineDetail: 0.7, newmedia: 0.8, newmediaDetail: 0.6, hall: 0.97, online: 0.9 },
  },
  'service-center': {
    licensing: 600,
    penalty: 0.2,
    coercion: 0.1,
    normativeIssued: 0.3,
    normativeInForce: 2,
    fees: 0.5,
    requests: 2,
    reviews: 0.2,
    lawsuits: 0.1,
    items: 400,
    interpretations: 5,
    hotline: 20000,
    posts: 1500,
    accounts: 3,
    hallCases: 150000,
    says: { disclosure: 0.92, website: 0.7, interpretations: 0.5, hotline: 0.95, hotlineDetail: 0.85, newmedia: 0.8, newmediaDetail: 0.6, hall: 0.98, online: 0.9 },
  },
}

/** The first statistical year; synthetic datasets span ten years from it. */
export const FIRST_YEAR = 2015
export const YEARS = 10

/** Everything one report's numbers depend on. */
export interface ReportContext {
  county: SyntheticCounty
  year: number
  kind: SyntheticKind
  format: Format
  profile: KindProfile
  /** Workload multiplier: county size and this agency's own level, grown over the years. */
  scale: number
  /** This report states 行政许可 0 while its hall handles thousands of cases. */
  zeroLicensing: boolean
  /** Lines of free text at the head of section 一 (synthetic-prose.ts). */
  intro: readonly string[]
  /** Chooses the wording of section 一's figure sentences; a report copying its section 一 copies this too. */
  phrasing: Random
  /** Who writes the report, for the figures carried from year to year (synthetic-carry.ts). */
  carry: CarryAgency
  /** The agency's workload multiplier in another year. */
  scaleOf: (year: number) => number
}

/** The 2021 format from 2021 on; the 2019 one before (older formats are not modelled). */
export function formatOf(year: number): Format {
  return year >= 2021 ? '2021' : '2019'
}

/**
 * Year-to-year noise as a share of a count's spread: most of the spread
 * between reports is between counties (their size and level, in `scale`),
 * so one agency's series moves moderately from year to year.
 */
const YEARLY_NOISE = 0.45

/** A count around `median` for this report's county and year; 0 is a real (stated) zero. */
export function count(rand: Random, ctx: ReportContext, median: number, spread = 0.6): number {
  if (median <= 0)
    return 0
  return Math.max(0, Math.round(logNormal(rand, median * ctx.scale, spread * YEARLY_NOISE)))
}
