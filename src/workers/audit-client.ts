import type { AuditColumns } from '../audit/dataset-input'
import type { ReportPrints } from '../audit/similarity/prints'
import type { AuditResult } from '../schema/audit'
import type { AuditWorkerReply, AuditWorkerRequest } from './audit.worker'
import { columnsAuditInputs } from '../audit/dataset-input'
import { runAudit } from '../audit/index'
import { askOnce } from './one-shot'

/**
 * Where the audit runs: `auto` uses a worker from WORKER_THRESHOLD reports
 * on (3,000 reports take 1–3 s in the page on a busy machine, docs/audit.md)
 * and this thread below it (a worker's start-up costs more than auditing a
 * few dozen reports); `thread` is for tests in Node, which has no Worker.
 */
export type AuditMode = 'auto' | 'thread'

export const WORKER_THRESHOLD = 300

function inWorker(request: AuditWorkerRequest): Promise<AuditResult[]> {
  return askOnce<Extract<AuditWorkerReply, { ok: true }>, Extract<AuditWorkerReply, { ok: false }>, AuditResult[]>(
    new Worker(new URL('./audit.worker.ts', import.meta.url), { type: 'module' }),
    request,
    [],
    {
      done: reply => reply.results,
      failed: reply => new Error(reply.detail),
      crashed: detail => new Error(detail || 'the audit worker failed'),
    },
  )
}

/** The audit over a loaded dataset's columns; the worker builds the reports' inputs itself. */
export async function runAuditOff(columns: AuditColumns, prints: ReadonlyMap<string, ReportPrints>, mode: AuditMode): Promise<AuditResult[]> {
  if (mode === 'auto' && typeof Worker !== 'undefined' && columns.reportCount >= WORKER_THRESHOLD)
    return inWorker({ columns, prints })
  return runAudit(columnsAuditInputs(columns, prints))
}
