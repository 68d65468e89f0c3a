/**
 * The report model's closed lists of values, without Zod: a module that
 * needs only a list (the audit's sources, a form's agency kinds) takes it
 * from here and does not build every schema of report.ts when it loads.
 * report.ts builds its enums from these and re-exports them.
 */

export const AGENCY_KINDS = ['approval-bureau', 'service-center', 'county-government', 'other'] as const

export const FORMATS = ['2019', '2021'] as const

export const SOURCES = ['table', 'text', 'derived'] as const

/** What a report file was, as published (spec §2 `sourceFormat`). */
export const SOURCE_FORMATS = ['text', 'html', 'pdf', 'docx'] as const

export const SEVERITIES = ['error', 'warning', 'info'] as const
