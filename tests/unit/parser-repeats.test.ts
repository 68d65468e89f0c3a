import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'

/** A file holding one report many times, or several reports (issue 14 item 4). */

const RAW = join(import.meta.dirname, '../../data/raw')
const read = (name: string) => readFileSync(join(RAW, name), 'utf8')
const YANCHI = read('000_fdc207908cae9d93.txt')
const ZHONGNING = read('001_c6b578f4541b6762.txt')

const values = (r: ReturnType<typeof parseReport>) => r.observations.map(o => [o.indicator, o.value, o.source])

describe('repeated reports in one file', () => {
  it('reads a report pasted 50 times as the report once, and says so', () => {
    const single = parseReport(YANCHI, { file: 'a.txt' })
    const copies = parseReport(YANCHI.repeat(50), { file: 'a.txt' })
    expect(values(copies)).toEqual(values(single))
    expect(copies.checks[0]).toMatchObject({ id: 'input.repeated', severity: 'warning' })
    expect(copies.checks[0]!.message).toContain('50 times')
    expect(copies.checks.slice(1)).toEqual(single.checks)
  })

  it('refuses two different reports run together rather than mixing their values', () => {
    const both = parseReport(`${YANCHI}\n${ZHONGNING}`, { file: 'ab.txt' })
    expect(both.observations).toEqual([])
    expect(both.checks).toEqual([expect.objectContaining({ id: 'input.repeated', severity: 'error' })])
    expect(both.checks[0]!.message).toContain('2 different reports')
  })

  it('flags none of the single reports', () => {
    for (const file of readdirSync(RAW).filter(f => f.endsWith('.txt')))
      expect(parseReport(read(file)).checks.map(c => c.id), file).not.toContain('input.repeated')
  })

  it('reads a file of 2,000 copies (the 20 MB cap) in seconds', () => {
    const started = Date.now()
    const copies = parseReport(YANCHI.repeat(2000))
    expect(copies.checks[0]!.message).toContain('2000 times')
    expect(Date.now() - started).toBeLessThan(15_000)
  })
})
