import type { Report } from '../schema/report'

export interface ParseOptions {
  /** File name, used only in messages. */
  file?: string
}

/** Parser output: the Report plus the text as displayed (for evidence highlighting). */
export type ParsedReport = Report & { text: string }

/**
 * Report text → Report. Never throws: whatever it cannot find is null or
 * absent, and a check says so.
 */
export function parseReport(raw: string, _options: ParseOptions = {}): ParsedReport {
  return {
    id: 'stub',
    title: null,
    region: null,
    prefecture: null,
    province: null,
    agency: null,
    agencyKind: null,
    year: null,
    format: null,
    observations: [],
    checks: [{ id: 'parser.stub', severity: 'error', message: 'parser not implemented yet' }],
    tables: [],
    text: raw,
  }
}
