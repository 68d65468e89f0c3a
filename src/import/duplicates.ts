import type { SourcedReport } from '../schema/snapshot'

/** What identifies a report for duplicate detection. */
export interface ReportKey {
  id: string
  region: string | null
  agency: string | null
  year: number | null
}

/** Same id (the same text or export), or same region + agency + year (another copy or version). */
export type MatchReason = 'same-id' | 'same-report'

export interface DuplicateMatch<T extends ReportKey> {
  existing: T
  reason: MatchReason
}

/** What the user chose for an incoming report that matches loaded ones. */
export type DuplicateDecision = 'keep-both' | 'replace' | 'skip'

/** Spaces PDF conversion scatters inside names (`盐池县 审批服务管理局`). */
const SPACES = /\s+/g

function reportKey(r: ReportKey): string | null {
  if (r.region === null || r.agency === null || r.year === null)
    return null
  return `${r.region}\u0000${r.agency.replace(SPACES, '')}\u0000${r.year}`
}

/**
 * Index of the loaded reports by id and by region + agency + year, built
 * once per import (tens of thousands of reports at national scale).
 */
export function createDuplicateIndex<T extends ReportKey>(loaded: Iterable<T>) {
  const byId = new Map<string, T>()
  const byKey = new Map<string, T[]>()
  const add = (r: T) => {
    byId.set(r.id, r)
    const key = reportKey(r)
    if (key !== null) {
      byKey.set(key, [
        ...(byKey.get(key) ?? []),
        r,
      ])
    }
  }
  for (const r of loaded)
    add(r)

  /** Loaded reports the incoming one duplicates, same id first. */
  function find(incoming: ReportKey): DuplicateMatch<T>[] {
    const matches: DuplicateMatch<T>[] = []
    const sameId = byId.get(incoming.id)
    if (sameId)
      matches.push({ existing: sameId, reason: 'same-id' })
    const key = reportKey(incoming)
    for (const r of key === null
      ? []
      : byKey.get(key) ?? []) {
      if (r !== sameId)
        matches.push({ existing: r, reason: 'same-report' })
    }
    return matches
  }
  return { add, find }
}

/** `id~2`, `id~3` … the first not taken: two reports never share an id. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id))
    return id
  for (let n = 2; ; n++) {
    const candidate = `${id}~${n}`
    if (!taken.has(candidate))
      return candidate
  }
}

export interface Resolution {
  /** Reports to import, renamed where both are kept under one id. */
  reports: SourcedReport[]
  /** Ids of loaded reports the import replaces (hidden while the import exists). */
  replaces: string[]
}

/**
 * Apply the user's choices. Reports without a match import as they are; a
 * match without a decision is an error in the caller (never a silent
 * overwrite), so it throws.
 */
export function resolveDuplicates(
  incoming: readonly SourcedReport[],
  matches: ReadonlyMap<string, readonly DuplicateMatch<ReportKey>[]>,
  decisions: ReadonlyMap<string, DuplicateDecision>,
  takenIds: ReadonlySet<string>,
): Resolution {
  const taken = new Set(takenIds)
  const reports: SourcedReport[] = []
  const replaces = new Set<string>()
  for (const report of incoming) {
    const found = matches.get(report.id) ?? []
    if (found.length === 0) {
      reports.push(report)
      taken.add(report.id)
      continue
    }
    const decision = decisions.get(report.id)
    if (decision === undefined)
      throw new Error(`No decision for duplicate report ${report.id}`)
    if (decision === 'skip')
      continue
    if (decision === 'replace') {
      for (const m of found)
        replaces.add(m.existing.id)
      reports.push(report)
      taken.add(report.id)
      continue
    }
    const id = freeId(report.id, taken)
    taken.add(id)
    reports.push(id === report.id
      ? report
      : { ...report, id })
  }
  return {
    reports,
    replaces: [...replaces],
  }
}
