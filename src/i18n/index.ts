import type { Lang } from '../data/query'
import { createI18n } from 'vue-i18n'
import { compileMessage } from './compile'
import { briefingMessages } from './briefing-messages'
import { importMessages } from './import-messages'
import { en } from './en'
import { zhCN } from './zh-CN'

/** Deep merge of message trees: the import panel's text is in import-messages.ts. */
function merge<A extends object, B extends object>(a: A, b: B): A & B {
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) }
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k]
    out[k] = prev && typeof prev === 'object' && v && typeof v === 'object' ? merge(prev, v) : v
  }
  return out as A & B
}

/** The app's i18n instance: Composition API only, zh-CN by default. */
export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN' satisfies Lang,
  fallbackLocale: 'zh-CN',
  messageCompiler: compileMessage,
  messages: { 'zh-CN': merge(merge(zhCN, importMessages['zh-CN']), briefingMessages['zh-CN']), 'en': merge(merge(en, importMessages.en), briefingMessages.en) },
})
