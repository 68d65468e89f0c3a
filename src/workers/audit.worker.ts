import type { AuditColumns } from '../audit/dataset-input'
import type { ReportPrints } from '../audit/similarity/prints'
import type { AuditResult } from '../schema/audit'
import { columnsAuditInputs } from '../audit/dataset-input'
import { runAudit } from '../audit/index'

/** What the page sends: the dataset's audit columns and the section prints (the inputs are built here, off the page's thread). */
export interface AuditWorkerRequest {
  columns: AuditColumns
  prints: ReadonlyMap<string, ReportPrints>
}

/** What the audit worker answers: the results, or why it failed. */
export type AuditWorkerReply
  = | { ok: true, results: AuditResult[] }
    | { ok: false, detail: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<AuditWorkerRequest>) => void) | null
  postMessage: (message: AuditWorkerReply) => void
}

const scope = self as unknown as WorkerScope

/** The audit over a province's reports takes a second or more: off the page's thread. */
scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ ok: true, results: runAudit(columnsAuditInputs(data.columns, data.prints)) })
  }
  catch (e) {
    scope.postMessage({ ok: false, detail: e instanceof Error ? e.message : String(e) })
  }
}
