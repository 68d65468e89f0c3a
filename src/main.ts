import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { z } from 'zod'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter } from './router'

// The CSP forbids eval: without this, Zod 4 probes `new Function` for its
// JIT and the browser logs a CSP violation.
z.config({ jitless: true })

createApp(App)
  .use(createPinia())
  .use(createAppRouter())
  .use(i18n)
  .mount('#app')
