/**
 * Year-on-year change. Counts change by a percentage of last year's value;
 * rates (unit %) by percentage points, since "+2% of 98%" misleads.
 * null when either year is absent or last year was 0.
 */
export function yoyChange(current: number | null, previous: number | null, unit: string): number | null {
  if (current === null || previous === null)
    return null
  if (unit === '%')
    return current - previous
  if (previous === 0)
    return null
  return ((current - previous) / Math.abs(previous)) * 100
}
