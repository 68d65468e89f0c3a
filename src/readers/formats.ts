import type { SourceFormat } from '../schema/report'

/**
 * The file extensions (lower case, without the dot) each reader takes by
 * name: the one list behind the readers' sniffing (./index.ts, where the
 * bytes decide first), the size caps (./limits.ts), the import's file
 * picker (src/import/limits.ts) and the files `npm run parse` reads.
 */
export const EXTENSIONS: Readonly<Record<SourceFormat, readonly string[]>> = {
  text: ['txt', 'md'],
  // .shtml: what many government sites serve their reports as.
  html: ['html', 'htm', 'shtml', 'mht', 'mhtml'],
  pdf: ['pdf'],
  docx: ['docx'],
}

/** A file name's lower-case extension without the dot ('' when none). */
export function extension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/** The format a file's name says (null for any other name); its bytes may say otherwise (see sniffFormat). */
export function formatByName(name: string): SourceFormat | null {
  const ext = extension(name)
  for (const format of Object.keys(EXTENSIONS) as SourceFormat[]) {
    if (EXTENSIONS[format].includes(ext))
      return format
  }
  return null
}
