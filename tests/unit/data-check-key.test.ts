import type { AuditResult } from '../../src/schema/audit'
import { describe, expect, it } from 'vitest'
import { auditResultKeys, reportCheckKeys } from '../../src/data/check-key'

const result = (reports: string[]): AuditResult => ({ id: 'continuity.applications', severity: 'warning', message: 'm', indicator: 'applications.new', reports })

describe('auditResultKeys', () => {
  it('numbers repeats of a key in order', () => {
    const keys = auditResultKeys([result(['a', 'b']), result(['a', 'b']), result(['c', 'd'])])
    expect(keys[1]).toBe(`${keys[0]}#2`)
    expect(keys[2]).not.toBe(keys[0])
  })

  it('keys a list once while it lives, and a new list with the same results alike', () => {
    const list = [result(['a', 'b']), result(['a', 'b'])]
    const first = auditResultKeys(list)
    expect(auditResultKeys(list)).toBe(first)
    const again = auditResultKeys([...list])
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })
})

describe('reportCheckKeys', () => {
  it('keys a report\'s checks once, and the same list under another report anew', () => {
    const checks = [{ id: 'table.sum', severity: 'error' as const, message: 'm', indicator: 'applications.new' }]
    const first = reportCheckKeys('r1', checks)
    expect(reportCheckKeys('r1', checks)).toBe(first)
    const other = reportCheckKeys('r2', checks)
    expect(other[0]).toContain('r2')
    expect(first[0]).toContain('r1')
  })
})
