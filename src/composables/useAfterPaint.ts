import { onMounted, onScopeDispose, ref } from 'vue'
import { afterNextPaint } from './afterNextPaint'

/**
 * True from the task after the component's first paint. Heavy parts of a
 * view (below the fold) render then, in a task of their own, instead of
 * lengthening the task that paints what the reader sees first.
 */
export function useAfterPaint() {
  const painted = ref(false)
  let cancel = () => {}
  onMounted(() => {
    cancel = afterNextPaint(() => {
      painted.value = true
    })
  })
  onScopeDispose(() => cancel())
  return painted
}
