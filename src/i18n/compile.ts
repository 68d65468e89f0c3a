import type { MessageCompiler, MessageContext } from 'vue-i18n'

/** A `{name}` placeholder, the only syntax the app's messages use. */
const PLACEHOLDER = /\{(\w+)\}/

/**
 * The app's message compiler: literal text with `{name}` placeholders,
 * nothing else. vue-i18n's own compiler parses every message into an AST on
 * first use (tens of milliseconds on a phone for the landing view); this is
 * a split and a join, and never evaluates code (the CSP forbids eval).
 */
export const compileMessage: MessageCompiler = (message, { key, onError }) => {
  if (typeof message !== 'string') {
    onError?.(Object.assign(new Error(`message "${key}" is not a string`), { code: 0, domain: 'compile' }) as never)
    return () => key
  }
  // split with a capture group: even indices are text, odd ones placeholder names.
  const parts = message.split(PLACEHOLDER)
  if (parts.length === 1)
    return () => message
  return (ctx: MessageContext) => parts.map((p, i) => (i % 2 === 1 ? String(ctx.named(p)) : p)).join('')
}
