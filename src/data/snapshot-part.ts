import type { Manifest, ReportEntry } from '../schema/snapshot'
import type { DecodedColumns } from './columns'
import { z } from '../schema/zod'
import { ManifestSchema, ObservationColumnsSchema, ReportsFileSchema } from '../schema/snapshot'
import { decodeColumns } from './columns'
import { DataError } from './errors'

/** The first Zod issue as "path: message", enough to find the bad value. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue)
    return 'does not match the expected format'
  const path = issue.path.length > 0
    ? issue.path.join('.')
    : '(root)'
  const more = error.issues.length > 1
    ? ` (and ${error.issues.length - 1} more problems)`
    : ''
  return `${path}: ${issue.message}${more}`
}

/** Validate a parsed JSON file against a schema, or throw a DataError naming the file. */
export function validateFile<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data)
  if (!result.success)
    throw new DataError(file, describeIssue(result.error))
  return result.data
}

export function validateManifest(data: unknown, file: string): Manifest {
  return validateFile(ManifestSchema, data, file)
}

/** An array, elements unchecked: decodeColumns checks them in its single pass. */
const anyArray = z.custom<readonly unknown[]>(Array.isArray, 'expected an array')

/**
 * ObservationColumnsSchema with the long columns checked only for being
 * arrays: Zod per element cost 1–2 s at a million observations.
 */
const ColumnsShapeSchema = ObservationColumnsSchema.extend({
  reportOffsets: anyArray,
  indicator: anyArray,
  value: anyArray,
  unit: anyArray,
  approx: anyArray,
  source: anyArray,
})

/** A snapshot's reports file, parsed: validated, ids unique, as many as the manifest announces. */
export function validateReports(manifest: Manifest, data: unknown, file: string): ReportEntry[] {
  const { reports } = validateFile(ReportsFileSchema, data, file)
  const ids = new Set<string>()
  for (const r of reports) {
    if (ids.has(r.id))
      throw new DataError(file, `report id "${r.id}" appears twice`)
    ids.add(r.id)
  }
  if (reports.length !== manifest.reportCount)
    throw new DataError(file, `holds ${reports.length} reports but the manifest announces ${manifest.reportCount}`)
  return reports
}

/**
 * A snapshot's observations file, parsed: the columns' shape by Zod, every
 * element and how the columns fit `reportCount` reports by decodeColumns.
 */
export function validateColumns(data: unknown, reportCount: number, file: string): DecodedColumns {
  return decodeColumns(validateFile(ColumnsShapeSchema, data, file), reportCount, file)
}
