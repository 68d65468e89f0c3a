import type { MaybeElementRef } from '@vueuse/core'
import { unrefElement, useIntersectionObserver } from '@vueuse/core'
import { ref } from 'vue'

/**
 * Whether an element is on screen now (any part inside the viewport), for
 * work that can wait until it is scrolled to: a chart below the fold on a
 * phone is drawn when the reader reaches it, not in the page's first
 * seconds. `isOnScreen()` answers at once (a layout read; an element not
 * laid out, or a browser without IntersectionObserver, counts as on
 * screen); `onScreen` follows scrolling.
 */
export function useOnScreen(target: MaybeElementRef) {
  const onScreen = ref(true)
  const { isSupported } = useIntersectionObserver(target, (entries) => {
    const entry = entries.at(-1)
    if (entry)
      onScreen.value = entry.isIntersecting
  })

  function isOnScreen(): boolean {
    const el = unrefElement(target)
    if (!isSupported.value || !el || typeof window === 'undefined')
      return true
    const box = el.getBoundingClientRect()
    if (box.width === 0 && box.height === 0)
      return true
    return box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth
  }

  return { onScreen, isOnScreen }
}
