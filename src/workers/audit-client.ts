import type { AuditReport } from '../audit/types'
import type { AuditResult } from '../schema/audit'
import type { AuditWorkerReply } from './audit.worker'
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

function inWorker(inputs: readonly AuditReport[]): Promise<AuditResult[]> {
  return askOnce<Extract<AuditWorkerReply, { ok: true }>, Extract<AuditWorkerReply, { ok: false }>, AuditResult[]>(
    new Worker(new URL('./audit.worker.ts', import.meta.url), { type: 'module' }),
    inputs,
    [],
    {
      done: reply => reply.results,
      failed: reply => new Error(reply.detail),
      crashed: detail => new Error(detail || 'the audit worker failed'),
    },
  )
}

export async function runAuditOff(inputs: readonly AuditReport[], mode: AuditMode): Promise<AuditResult[]> {
  if (mode === 'auto' && typeof Worker !== 'undefined' && inputs.length >= WORKER_THRESHOLD)
    return inWorker(inputs)
  return runAudit(inputs)
}
