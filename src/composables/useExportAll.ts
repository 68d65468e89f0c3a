import type { Ref } from 'vue'
import type { ChartExportItem } from '../export/export-all'
import { ref } from 'vue'

/** What a ChartCard exposes for "export all charts of this view". */
export interface ExportableCard {
  exportItem: () => ChartExportItem
}

/**
 * "Export all charts of this view" as one zip (PNG + CSV per chart). The
 * exporter is loaded on first use so it never weighs on page load.
 */
export function useExportAll(cards: Ref<readonly (ExportableCard | null | undefined)[]>, zipName: () => string) {
  const busy = ref(false)
  const error = ref('')
  async function exportAll() {
    busy.value = true
    error.value = ''
    try {
      const { exportAllCharts } = await import('../export/export-all')
      const items = cards.value.filter((c): c is ExportableCard => !!c).map(c => c.exportItem())
      await exportAllCharts(items, zipName())
    }
    catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    }
    finally {
      busy.value = false
    }
  }
  return { busy, error, exportAll }
}
