/**
 * Runs `task` in the task after the next paint (an animation frame, then a
 * timeout: the frame paints first). Returns a function that cancels it.
 * The one place the app defers work past a paint.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
