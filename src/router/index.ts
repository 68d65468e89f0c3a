import type { RouteRecordRaw } from 'vue-router'
import { createRouter, createWebHashHistory } from 'vue-router'
import { parseQueryString } from '../data/query'
import OverviewView from '../views/OverviewView.vue'

/**
 * Views by path; every filter lives in the query string (see
 * src/data/query.ts and docs/app.md). Only the landing view is in the entry
 * chunk: the others, and with them ECharts, load on first visit.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: OverviewView },
  {
    path: '/compare',
    name: 'compare',
    component: () => import('../views/CompareView.vue'),
  },
  {
    path: '/trends',
    name: 'trends',
    component: () => import('../views/TrendsView.vue'),
  },
  {
    path: '/heatmap',
    name: 'heatmap',
    component: () => import('../views/HeatmapView.vue'),
  },
  {
    path: '/checks',
    name: 'checks',
    component: () => import('../views/ChecksView.vue'),
  },
  {
    path: '/briefing',
    name: 'briefing',
    component: () => import('../views/BriefingView.vue'),
  },
  {
    path: '/import',
    name: 'import',
    component: () => import('../views/ImportView.vue'),
  },
  {
    path: '/report/:id',
    name: 'report',
    component: () => import('../views/ReportView.vue'),
  },
  {
    // 内容雷同: two reports' section side by side (from a similarity check).
    path: '/similar/:a/:b/:section',
    name: 'similar',
    component: () => import('../views/SimilarView.vue'),
  },
  {
    path: '/:unknown(.*)*',
    redirect: to => ({ path: '/', query: to.query }),
  },
]

/**
 * Hash history: the app is static files under any path (vite `base: './'`),
 * and a hash URL needs no server rewrite to survive a reload.
 */
export function createAppRouter() {
  return createRouter({
    history: createWebHashHistory(),
    routes,
    // Own properties only, whatever the key (`?__proto__=x`): see parseQueryString.
    parseQuery: parseQueryString,
    scrollBehavior: (to, from, saved) => saved ?? (to.path !== from.path
      ? { top: 0 }
      : undefined),
  })
}
