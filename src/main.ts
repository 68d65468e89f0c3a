import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { loadDarkTheme } from './composables/useNaiveTheme'
import { MARKS, mark } from './data/marks'
import { parseAppQuery } from './data/query'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { useDatasetStore } from './stores/dataset'

const pinia = createPinia()
const router = createAppRouter()
const app = createApp(App).use(pinia).use(router).use(i18n)

/**
 * Load the data (and the dark theme, if asked for) before the first render,
 * so the landing view paints once, complete, instead of a loading state
 * followed by a second long render. A failure still mounts: the app then
 * shows the error screen. The data does not wait for the view's code (the
 * hash is resolved without loading it): both download at once.
 *
 * Not a top-level await: the build puts this module in one chunk with
 * everything it imports (vite.config.ts), which the views' chunks import;
 * a chunk still awaiting at its top level would hold them, and with them
 * the route this waits for.
 */
async function start(): Promise<void> {
  const initial = router.resolve(window.location.hash.slice(1) || '/')
  const query = parseAppQuery(initial.query)
  await Promise.all([
    router.isReady().then(() => mark(MARKS.viewCode)),
    useDatasetStore(pinia).load(query.dataset),
    query.theme === 'dark' ? loadDarkTheme() : null,
    // Every view but the overview renders inside Naive's provider (App.vue).
    initial.name === 'overview' ? null : import('./components/NaiveProvider.vue'),
  ])
  // Parsing and validating the data ran in the task that received it: give
  // the browser a turn before the first render, so neither is one long task.
  await new Promise(resolve => setTimeout(resolve, 0))
  app.mount('#app')
  mark(MARKS.mounted)
}

void start()
