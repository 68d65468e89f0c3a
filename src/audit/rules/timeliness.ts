import type { AuditResult } from '../../schema/audit'
import type { AuditReport } from '../types'
import { auditResult } from '../result'

/**
 * timeliness.late (spec §6, 条例第四十九条): a department publishes its report
 * for year Y by 31 January of Y+1; the government's own report (汇总 of the
 * 本级政府) is due by 31 March. Kind `other` holds both township or
 * prefecture governments and ordinary departments: a name that ends in
 * 人民政府 (or its 办公室) is held to the government's deadline, any other to
 * the department's. A report with no kind at all gets the later deadline:
 * calling a report late on a guess would be a wrong accusation.
 */

/** A government's own name (县人民政府, 市人民政府办公室, 镇人民政府). */
const GOVERNMENT_NAME = /(?:人民政府|人民政府办公室|管委会|管理委员会)$/
/** An ISO calendar date. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export type Deadline = 'department' | 'government'

/** Which deadline of 条例第四十九条 applies to the report. */
export function deadlineKind(r: Pick<AuditReport, 'agency' | 'agencyKind'>): Deadline {
  switch (r.agencyKind) {
    case 'county-government':
      return 'government'
    case 'approval-bureau':
    case 'service-center':
      return 'department'
    case 'other':
      return r.agency && GOVERNMENT_NAME.test(r.agency.replace(/\s+/g, '')) ? 'government' : 'department'
    default:
      return 'government'
  }
}

/** The last day (ISO) a report for `year` may be published on. */
export function deadlineFor(year: number, kind: Deadline): string {
  return kind === 'department' ? `${year + 1}-01-31` : `${year + 1}-03-31`
}

function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso)
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null
}

/** The report was published after its deadline. */
export function checkTimeliness(r: AuditReport): AuditResult | null {
  if (r.published === null || r.year === null)
    return null
  const kind = deadlineKind(r)
  const deadline = deadlineFor(r.year, kind)
  const published = dayNumber(r.published)
  const due = dayNumber(deadline)
  if (published === null || due === null || published <= due)
    return null
  const days = published - due
  return auditResult(`timeliness.late/${kind}`, {
    agency: r.agency ?? '',
    year: r.year,
    published: r.published,
    deadline,
    days,
  }, [r.id], { values: [days] })
}
