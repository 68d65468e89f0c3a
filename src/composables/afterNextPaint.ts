/**
 * True while a task run by `afterNextPaint` or `soonAfterPaint` is running,
 * and through the microtasks it queued (Vue's flush of what it changed):
 * whatever that task touched was painted before it.
 */
let afterPaintTurn = false

function asAfterPaintTurn(task: () => void): () => void {
  return () => {
    afterPaintTurn = true
    try {
      task()
    }
    finally {
      // Queued after the task's own microtasks (Vue's flush), so they still see it.
      queueMicrotask(() => {
        afterPaintTurn = false
      })
    }
  }
}

/**
 * Runs `task` in the task after the next paint (an animation frame, then a
 * timeout: the frame paints first). Returns a function that cancels it.
 * The one place the app defers work past a paint.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(asAfterPaintTurn(task))
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * Like `afterNextPaint`, but when called from a task that already follows a
 * paint (one run by either function, such as the selection store taking a
 * filter change over), only in the next task: a chart whose busy mark was
 * painted with the filter's new state need not wait another frame to be
 * redrawn (issue 13: one frame less between a filter change and its charts).
 */
export function soonAfterPaint(task: () => void): () => void {
  if (!afterPaintTurn)
    return afterNextPaint(task)
  const timer = setTimeout(asAfterPaintTurn(task))
  return () => clearTimeout(timer)
}
