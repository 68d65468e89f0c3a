/** Formats people drop by mistake, named so the message can say what the file is. */
export const BINARY_FORMATS = ['png', 'jpeg', 'gif', 'pdf', 'zip', 'ole', 'unknown'] as const
export type BinaryFormat = (typeof BINARY_FORMATS)[number]

/** Magic numbers; `zip` covers xlsx/docx, `ole` covers the old xls/doc. */
const SIGNATURES: readonly (readonly [BinaryFormat, readonly number[]])[] = [
  [
    'png',
    [0x89, 0x50, 0x4E, 0x47],
  ],
  [
    'jpeg',
    [0xFF, 0xD8, 0xFF],
  ],
  [
    'gif',
    [0x47, 0x49, 0x46, 0x38],
  ],
  [
    'pdf',
    [0x25, 0x50, 0x44, 0x46],
  ],
  [
    'zip',
    [0x50, 0x4B, 0x03, 0x04],
  ],
  [
    'ole',
    [0xD0, 0xCF, 0x11, 0xE0],
  ],
]

/** Which binary format the bytes start with, for a message that names it. */
export function binaryFormat(bytes: Uint8Array): BinaryFormat {
  for (const [format, sig] of SIGNATURES) {
    if (sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b))
      return format
  }
  return 'unknown'
}

/** Lower-case extension with its dot (`.csv`), or '' when the name has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot <= 0
    ? ''
    : name.slice(dot).toLowerCase()
}
