/**
 * A task boundary: resolves in a task of its own (a zero timeout), so
 * input and paint run between the steps of long work on the main thread.
 * A microtask (`await null`) would not: it runs before the browser paints.
 */
export function nextTask(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 0))
}
