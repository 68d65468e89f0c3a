import type { AgencyKind, Severity, Source } from '../schema/report'

/**
 * The schema's enumerations without the schema: src/schema builds Zod
 * objects at module load, and importing a constant from there would put
 * all of Zod (and its start-up cost) on the landing view's critical path.
 * Validation happens in the snapshot worker; tests check these lists equal
 * the schema's.
 */
export const AGENCY_KINDS = ['approval-bureau', 'service-center', 'county-government', 'other'] as const satisfies readonly AgencyKind[]
export const SOURCES = ['table', 'text', 'derived'] as const satisfies readonly Source[]
export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[]

/** Dataset names are path segments (same rule as DatasetNameSchema). */
export const DATASET_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/
