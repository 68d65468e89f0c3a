import type { MessageCompiler, MessageContext } from 'vue-i18n'

/** A `{name}` placeholder. */
const PLACEHOLDER = /\{(\w+)\}/
/** Between a message's singular and plural (English only: "{n} report | {n} reports"). */
const FORMS = ' | '

/** Literal text with `{name}` placeholders, as a function of the message context. */
function fill(message: string): (ctx: MessageContext) => string {
  // split with a capture group: even indices are text, odd ones placeholder names.
  const parts = message.split(PLACEHOLDER)
  if (parts.length === 1)
    return () => message
  return ctx => parts.map((p, i) => (i % 2 === 1 ? String(ctx.named(p)) : p)).join('')
}

/**
 * The app's message compiler: literal text with `{name}` placeholders, and
 * for English a singular and a plural form apart by " | ", chosen by the
 * named `n` (1 takes the first). Nothing else. vue-i18n's own compiler
 * parses every message into an AST on first use (tens of milliseconds on a
 * phone for the landing view); this is a split and a join, and never
 * evaluates code (the CSP forbids eval).
 */
export const compileMessage: MessageCompiler = (message, { key, onError }) => {
  if (typeof message !== 'string') {
    onError?.(Object.assign(new Error(`message "${key}" is not a string`), { code: 0, domain: 'compile' }) as never)
    return () => key
  }
  const forms = message.split(FORMS)
  if (forms.length !== 2)
    return fill(message)
  const [one, other] = forms.map(fill) as [(ctx: MessageContext) => string, (ctx: MessageContext) => string]
  return (ctx: MessageContext) => (Number(ctx.named('n')) === 1 ? one(ctx) : other(ctx))
}

/**
 * A message as a plain function of its named values, compiled once. For a
 * message formatted once per row of a long list: vue-i18n's `t()` resolves
 * the key and builds a message context on every call (~5 µs each here;
 * 2 per county made ~28 ms of the compare view's update at a million
 * observations). `message` is the locale's raw message (`tm(key)`).
 */
export function messageFormatter(message: unknown, key: string): (named: Readonly<Record<string, unknown>>) => string {
  const compiled = compileMessage(message as string, { key, locale: '' } as Parameters<MessageCompiler>[1])
  return named => String(compiled({ named: (name: string) => named[name] } as unknown as MessageContext))
}
