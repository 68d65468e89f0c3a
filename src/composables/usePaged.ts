import type { MaybeRefOrGetter } from 'vue'
import { computed, ref, toValue } from 'vue'

/**
 * A long list shown a page at a time: a province's year is hundreds of
 * files, and drawing every row's components at once holds the page up.
 * The page stays in range when the list shrinks.
 */
export function usePaged<T>(list: MaybeRefOrGetter<readonly T[]>, size = 50) {
  const page = ref(1)
  const pageCount = computed(() => Math.max(1, Math.ceil(toValue(list).length / size)))
  const shown = computed(() => {
    const current = Math.min(page.value, pageCount.value)
    return toValue(list).slice((current - 1) * size, current * size)
  })
  return { page, pageCount, shown }
}
