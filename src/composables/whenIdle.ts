/**
 * Run `work` once the page is idle (requestIdleCallback; a timeout where the
 * browser has none): work that can wait, such as fetching code or loading
 * locale data, moved out of the tasks the user waits for.
 */
export function whenIdle(work: () => void): void {
  const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1500))
  idle(() => work())
}
