import type { RouteLocationRaw } from 'vue-router'
import { computed } from 'vue'
import { useRoute } from 'vue-router'
import { linkQuery } from '../data/query'

/**
 * Links to other views that keep the filters, language, theme and dataset
 * of the current URL and leave its view parameters behind (data/query.ts).
 */
export function useViewLinks() {
  const route = useRoute()
  const shared = computed(() => linkQuery(route.query))
  /** The shared query as a string, computed once per route change for plain links. */
  const sharedQueryString = computed(() => {
    const s = new URLSearchParams(shared.value).toString()
    return s ? `?${s}` : ''
  })
  return {
    /**
     * A report's address as a plain href: hundreds of RouterLinks (the
     * coverage matrix at national scale) each resolving through the router
     * cost more than the rest of a filter change.
     */
    reportHref: (id: string): string => `#/report/${encodeURIComponent(id)}${sharedQueryString.value}`,
    /** A report's page, at a number or line when `at` holds the report view's parameters (`obs`, `line`). */
    reportLink: (id: string, at: Record<string, string> = {}): RouteLocationRaw => ({
      name: 'report',
      params: { id },
      query: { ...shared.value, ...at },
    }),
    /** Two reports' section side by side (a 内容雷同 finding). */
    similarLink: (a: string, b: string, section: string): RouteLocationRaw => ({
      name: 'similar',
      params: { a, b, section },
      query: shared.value,
    }),
    viewLink: (name: string): RouteLocationRaw => ({
      name,
      query: shared.value,
    }),
  }
}
