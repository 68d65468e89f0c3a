import type { Lang } from '../data/query'
import { createI18n } from 'vue-i18n'
import { en } from './en'
import { zhCN } from './zh-CN'

/** The app's i18n instance: Composition API only, zh-CN by default. */
export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN' satisfies Lang,
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})
