/**
 * Deterministic JSON for committed data files: one key per line, arrays of
 * numbers kept on one line (readable diffs without a value per line).
 */
export function stringifyColumns(obj: Record<string, unknown>): string {
  const lines = Object.entries(obj).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
  return `{\n${lines.join(',\n')}\n}\n`
}

export function stringifyPretty(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
