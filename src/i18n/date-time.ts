const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * A date-and-time formatter (medium date, short time) per language, built
 * once: `toLocaleString` with options builds one per call (4 s of a
 * 200-file "import all"), and the first one of a language loads its locale
 * data.
 */
export function dateTimeFormat(locale: string): Intl.DateTimeFormat {
  let format = formatters.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    formatters.set(locale, format)
  }
  return format
}
