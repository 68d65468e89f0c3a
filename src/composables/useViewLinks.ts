import type { RouteLocationRaw } from 'vue-router'
import { computed } from 'vue'
import { useRoute } from 'vue-router'

/** Parameters that belong to one view and must not follow the reviewer to another. */
const VIEW_PARAMS = new Set(['obs', 'sort', 'order', 'mode'])

/** Links to other views that keep the filters, language, theme and dataset of the current URL. */
export function useViewLinks() {
  const route = useRoute()
  const sharedQuery = () => Object.fromEntries(Object.entries(route.query).filter(([k]) => !VIEW_PARAMS.has(k)))
  /** The shared query as a string, computed once per route change for plain links. */
  const sharedQueryString = computed(() => {
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(sharedQuery())) {
      if (typeof v === 'string')
        params.set(k, v)
    }
    const s = params.toString()
    return s ? `?${s}` : ''
  })
  return {
    /**
     * A report's address as a plain href: hundreds of RouterLinks (the
     * coverage matrix at national scale) each resolving through the router
     * cost more than the rest of a filter change.
     */
    reportHref: (id: string): string => `#/report/${encodeURIComponent(id)}${sharedQueryString.value}`,
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
