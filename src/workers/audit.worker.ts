import type { AuditReport } from '../audit/types'
import type { AuditResult } from '../schema/audit'
import { runAudit } from '../audit/index'

/** What the audit worker answers: the results, or why it failed. */
export type AuditWorkerReply
  = | { ok: true, results: AuditResult[] }
    | { ok: false, detail: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<readonly AuditReport[]>) => void) | null
  postMessage: (message: AuditWorkerReply) => void
}

const scope = self as unknown as WorkerScope

/** The audit over a province's reports takes a second or more: off the page's thread. */
scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ ok: true, results: runAudit(data) })
  }
  catch (e) {
    scope.postMessage({ ok: false, detail: e instanceof Error ? e.message : String(e) })
  }
}
