/**
 * Dictionary encoding of repeated strings (indicator ids, units, regions): each
 * distinct string gets the next code, in order of first appearance. Shared by
 * the snapshot builder and the dataset combiner, so codes mean the same there.
 */
export function dictionary() {
  const list: string[] = []
  const codes = new Map<string, number>()
  const code = (key: string) => {
    let c = codes.get(key)
    if (c === undefined) {
      c = list.length
      list.push(key)
      codes.set(key, c)
    }
    return c
  }
  return { list, codes, code }
}
