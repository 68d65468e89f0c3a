import type { Ref } from 'vue'
import { onScopeDispose, ReactiveEffect, shallowRef } from 'vue'
import { afterNextPaint } from './afterNextPaint'

/**
 * `source`'s value, following it one frame late: the first value at once,
 * each later change in the task after the next paint. A view's secondary
 * parts (the ranking table under the charts) then update after the charts
 * have been drawn, instead of lengthening the task that redraws them.
 * Changes arriving before the deferred update lands collapse into one.
 *
 * `source` itself runs then, not when what it reads changes (a `watch`
 * would call it at once to compare): building the compare view's ranking
 * was 3–30 ms of the task that redraws the charts at 2,800 counties
 * (issue 13). A change that leaves what it reads the same (a computed
 * recomputed to an equal value) updates nothing.
 *
 * With `stillFor` (ms), a change also waits until what `source` reads has
 * not changed for that long: while a reader steps through the years (a key
 * held down), the part follows once they stop, and each step's response
 * does not wait behind its update.
 */
export function useAfterFrame<T>(source: () => T, stillFor = 0): Readonly<Ref<T>> {
  let cancel = () => {}
  const reader = new ReactiveEffect(source)
  const update = () => {
    cancel = afterNextPaint(() => {
      if (reader.dirty)
        value.value = reader.run()
    })
  }
  reader.scheduler = () => {
    cancel()
    if (stillFor <= 0)
      return update()
    const timer = setTimeout(update, stillFor)
    cancel = () => clearTimeout(timer)
  }
  const value = shallowRef(reader.run())
  onScopeDispose(() => {
    cancel()
    reader.stop()
  })
  return value
}
