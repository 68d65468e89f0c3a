import { describe, expect, it } from 'vitest'
import { checkQuery, parseObservationParam, parseQueryString } from '../../src/data/query'

/** Bad URL values are ignored with a notice, never silently (issue 14 item 6). */

const NO_REPORT = { observationCount: null }

describe('view parameters', () => {
  it('names every bad obs value, and leaves the selection empty', () => {
    for (const obs of ['-1', 'abc', '1e309', '0x1', '1.5', '99999']) {
      expect(checkQuery({ obs }, { observationCount: 25 }), obs).toEqual([{ param: 'obs', value: obs }])
      expect(parseObservationParam({ obs }, 25)).toBeNull()
    }
    expect(checkQuery({ obs: '24' }, { observationCount: 25 })).toEqual([])
  })

  it('names mode, sort and order values it does not know, __proto__ and constructor included', () => {
    expect(checkQuery({ mode: '__proto__' }, NO_REPORT)).toEqual([{ param: 'mode', value: '__proto__' }])
    expect(checkQuery({ sort: '__proto__', order: 'constructor' }, NO_REPORT)).toEqual([
      { param: 'sort', value: '__proto__' },
      { param: 'order', value: 'constructor' },
    ])
    expect(checkQuery({ mode: 'yoy', sort: 'county', order: 'asc' }, NO_REPORT)).toEqual([])
  })

  it('names a repeated single-value parameter\'s extra values; list parameters merge their repeats', () => {
    expect(checkQuery({ lang: ['en', 'fr'], county: ['盐池县', '中宁县'] }, NO_REPORT)).toEqual([{ param: 'lang', value: 'fr' }])
  })

  it('names parameters the app does not know', () => {
    expect(checkQuery({ foo: 'bar', constructor: 'x' }, NO_REPORT)).toEqual([
      { param: 'foo', value: 'bar' },
      { param: 'constructor', value: 'x' },
    ])
  })

  it('shortens a huge value in the notice', () => {
    const [notice] = checkQuery({ mode: 'x'.repeat(10_000) }, NO_REPORT)
    expect(notice!.value.length).toBeLessThan(100)
  })
})

describe('the router\'s query parser', () => {
  it('keeps __proto__ and constructor as ordinary keys', () => {
    const query = parseQueryString('?__proto__=x&constructor=y&toString=z&county=%E7%9B%90%E6%B1%A0%E5%8E%BF&county=%E4%B8%AD%E5%AE%81%E5%8E%BF')
    expect(Object.getPrototypeOf(query)).toBe(Object.prototype)
    expect(Object.entries(query)).toEqual([['__proto__', 'x'], ['constructor', 'y'], ['toString', 'z'], ['county', ['盐池县', '中宁县']]])
  })

  it('keeps a malformed escape as written, a + as a space, a key without = as null', () => {
    expect(parseQueryString('a=%E0%A4%A&b=x+y&c')).toEqual({ a: '%E0%A4%A', b: 'x y', c: null })
  })

  it('turns every key of a hostile query into a notice, without throwing', () => {
    const query = parseQueryString('__proto__[x]=1&constructor=2&hasOwnProperty=3&valueOf=4&obs=1e309&mode=__proto__')
    expect(checkQuery(query, NO_REPORT).map(n => n.param)).toEqual(['__proto__[x]', 'constructor', 'hasOwnProperty', 'valueOf', 'mode', 'obs'])
  })
})
