import type { Dataset } from './dataset'

/**
 * `[make(ds, report)]`, the same list each time it is asked for (per dataset
 * and report). Most county-year cells have one report: their lists of
 * report indices, ids and agencies are then shared, not made again on every
 * filter change. At a million observations a change made ~60,000 of them,
 * which lived until the next change, and the scavenges copying them took
 * 25–55 ms of a third of the trends key presses (issue 13, traced).
 */
export function listOfOne<T>(make: (ds: Dataset, report: number) => T): (ds: Dataset, report: number) => readonly T[] {
  const byDataset = new WeakMap<Dataset, (readonly T[] | undefined)[]>()
  return (ds, report) => {
    let lists = byDataset.get(ds)
    if (!lists)
      byDataset.set(ds, lists = [])
    return lists[report] ??= [make(ds, report)]
  }
}
