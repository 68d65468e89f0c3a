import { useAuditStore } from '../stores/audit'
import { useReviewStore } from '../stores/review'

/**
 * Start what the ⚠ marks are made of: the audit across reports (a worker,
 * once per dataset) and the review records (IndexedDB, for 已忽略). The
 * review store's `flagged` follows as they arrive. Part of the view layer:
 * the chart views call it once their first chart is drawn, the overview
 * once it is idle.
 */
export function loadFlagSources(): void {
  void useAuditStore().prepare()
  void useReviewStore().load()
}
