import type { GlobalTheme } from 'naive-ui'
import type { MaybeRefOrGetter } from 'vue'
import type { Theme } from '../data/query'
import { shallowRef, toValue, watch } from 'vue'

let darkTheme: Promise<GlobalTheme> | null = null

/** Load Naive UI's dark theme chunk (once). */
export function loadDarkTheme(): Promise<GlobalTheme> {
  darkTheme ??= import('./naive-dark').then(m => m.darkTheme)
  return darkTheme
}

/** Naive UI's theme object for the app theme; the dark one arrives from its chunk. */
export function useNaiveTheme(theme: MaybeRefOrGetter<Theme>) {
  const naive = shallowRef<GlobalTheme | null>(null)
  watch(() => toValue(theme), async (name) => {
    if (name === 'light') {
      naive.value = null
      return
    }
    const dark = await loadDarkTheme()
    if (toValue(theme) === 'dark')
      naive.value = dark
  }, { immediate: true })
  return naive
}
