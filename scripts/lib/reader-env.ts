import type { ReaderEnv } from '../../src/readers'

/** The readers' environment in Node (the preparse CLI, tests, benchmarks). */
export function nodeReaderEnv(): ReaderEnv {
  return {}
}
