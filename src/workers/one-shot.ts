/** A worker's one answer: what was asked for, or why not. */
export type OneShotReply<T, F> = ({ ok: true } & T) | ({ ok: false } & F)

/**
 * Ask a worker one question and end it: post `message`, settle on its first
 * answer (`ok: true` → `done`, `ok: false` → the error `failed` makes), and
 * terminate it either way. A worker that dies without answering rejects with
 * `crashed(message of the error event)`; the event is marked handled so the
 * page's console does not report it twice.
 */
export function askOnce<T, F, R>(
  worker: Worker,
  message: unknown,
  transfer: Transferable[],
  handlers: { done: (reply: T) => R, failed: (reply: F) => Error, crashed: (detail: string) => Error },
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<OneShotReply<T, F>>) => {
      worker.terminate()
      if (data.ok)
        resolve(handlers.done(data))
      else
        reject(handlers.failed(data))
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(handlers.crashed(event.message))
    }
    worker.postMessage(message, transfer)
  })
}
