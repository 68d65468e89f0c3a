/**
 * Dictionary encoding of repeated values (indicator ids, units, regions; the
 * audit's report fields): each distinct value gets the next code, in order
 * of first appearance. Shared by the snapshot builder, the dataset combiner
 * and the audit's columns, so codes mean the same there.
 */
export function dictionary<T = string>() {
  const list: T[] = []
  const codes = new Map<T, number>()
  const code = (key: T) => {
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
