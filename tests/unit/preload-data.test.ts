import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WORKER_THRESHOLD } from '../../src/workers/snapshot-client'

describe('public/preload-data.js', () => {
  const script = readFileSync(new URL('../../public/preload-data.js', import.meta.url), 'utf8')

  it('leaves the data files to the workers from the app\'s threshold on', () => {
    // The script cannot import the app's code: the two numbers must agree,
    // or a dataset would be downloaded twice (preloaded, then by a worker).
    const stated = /var WORKER_THRESHOLD = (\d+)/.exec(script)?.[1]
    expect(Number(stated)).toBe(WORKER_THRESHOLD)
  })
})
