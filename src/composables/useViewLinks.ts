import type { RouteLocationRaw } from 'vue-router'
import { useRoute } from 'vue-router'

/** Parameters that belong to one view and must not follow the reviewer to another. */
const VIEW_PARAMS = new Set(['obs', 'sort', 'order'])

/** Links to other views that keep the filters, language, theme and dataset of the current URL. */
export function useViewLinks() {
  const route = useRoute()
  const sharedQuery = () => Object.fromEntries(Object.entries(route.query).filter(([k]) => !VIEW_PARAMS.has(k)))
  return {
    reportLink: (id: string, extra: Record<string, string> = {}): RouteLocationRaw => ({
      name: 'report',
      params: { id },
      query: {
        ...sharedQuery(),
        ...extra,
      },
    }),
    viewLink: (name: string): RouteLocationRaw => ({
      name,
      query: sharedQuery(),
    }),
  }
}
