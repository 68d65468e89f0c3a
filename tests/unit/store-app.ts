import type { Fetcher } from '../../src/data/fetch-files'
import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { evidenceFileName } from '../../src/schema/snapshot'
import { routes } from '../../src/router'
import { useDatasetStore } from '../../src/stores/dataset'
import { fixtureSnapshot } from './data-fixture'

export const PAGE = 'http://app.test/'

/** The fixture snapshot served as files under data/<name>/, like the static server does. */
export function fixtureFiles(name = 'fixture'): Map<string, unknown> {
  const s = fixtureSnapshot()
  const base = `${PAGE}data/${name}/`
  const files = new Map<string, unknown>([
    [`${base}manifest.json`, { ...s.manifest, dataset: name }],
    [`${base}reports.json`, s.reports],
    [`${base}observations.json`, s.observations],
  ])
  for (const e of s.evidence)
    files.set(`${base}evidence/${encodeURIComponent(evidenceFileName(e.id))}`, e)
  return files
}

/** A fetch over a map of URL → JSON body; anything else is a 404. Records what was asked for. */
export function fakeFetch(files: Map<string, unknown>): Fetcher & { calls: string[] } {
  const calls: string[] = []
  const fetcher = async (url: string) => {
    calls.push(url)
    const body = files.get(url)
    return body === undefined
      ? new Response('<!doctype html>', { status: 404 })
      : new Response(JSON.stringify(body), { status: 200 })
  }
  return Object.assign(fetcher, { calls })
}

/** Pinia and the app's routes in memory, as the stores see them in the browser. */
export async function mountStores(path = '/', files = fixtureFiles()) {
  const pinia = createPinia()
  const router = createRouter({ history: createMemoryHistory(), routes })
  const app = createApp({ render: () => null }).use(pinia).use(router)
  setActivePinia(pinia)
  await router.push(path)
  await router.isReady()
  const fetcher = fakeFetch(files)
  const run = <T>(fn: () => T): T => app.runWithContext(fn)
  run(() => useDatasetStore()).configure({ fetcher, pageUrl: PAGE })
  return { app, pinia, router, fetcher, run }
}
