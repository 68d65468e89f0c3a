import type { Ref } from 'vue'
import { onScopeDispose, shallowRef, watch } from 'vue'
import { afterNextPaint } from './afterNextPaint'

/**
 * `source`'s value, following it one frame late: the first value at once,
 * each later change in the task after the next paint. A view's secondary
 * parts (the ranking table under the charts) then update after the charts
 * have been drawn, instead of lengthening the task that redraws them.
 * Changes arriving before the deferred update lands collapse into one.
 */
export function useAfterFrame<T>(source: () => T): Readonly<Ref<T>> {
  const value = shallowRef(source())
  let cancel = () => {}
  watch(source, (next) => {
    cancel()
    cancel = afterNextPaint(() => {
      value.value = next
    })
  })
  onScopeDispose(() => cancel())
  return value
}
