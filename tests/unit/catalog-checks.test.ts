import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECK_NAMES, checkName } from '../../src/catalog/check-names'
import { CHECK_TEMPLATES, checkTemplate, makeCheck, renderCheck } from '../../src/catalog/checks'
import { parseReport } from '../../src/parser'

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort()

describe('the check catalog', () => {
  it('names every check id in both languages, and only those', () => {
    const ids = new Set(Object.keys(CHECK_TEMPLATES).map(key => key.split('/')[0]!))
    for (const id of ids) {
      expect(CHECK_NAMES[id]?.zh, id).toMatch(/\p{Script=Han}/u)
      expect(CHECK_NAMES[id]?.en, id).toMatch(/^[A-Z]/)
    }
    expect(Object.keys(CHECK_NAMES).filter(id => !ids.has(id))).toEqual([])
    expect(checkName('table.shape', 'zh')).toBe('表格结构')
    expect(checkName('no.such_check', 'en')).toBe('no.such_check')
  })

  it('has the same placeholders in both languages of every template', () => {
    for (const [key, t] of Object.entries(CHECK_TEMPLATES))
      expect(placeholders(t.zh), key).toEqual(placeholders(t.en))
  })

  it('builds a check with an English message and renders it in Chinese from its params', () => {
    const c = makeCheck('applications.balance', { new: 21, carriedIn: 0, left: 21, closed: 20, carriedOut: 0, right: 20 }, { indicator: 'applications.new', line: 40 })
    expect(c).toMatchObject({ id: 'applications.balance', severity: 'error', line: 40, indicator: 'applications.new' })
    expect(c.message).toContain('21 + 二 上年结转 0 = 21')
    expect(renderCheck(c, 'zh')).toBe('三（勾稽关系）：一 本年新收 21 + 二 上年结转 0 = 21，而 三（七）总计 20 + 四 结转下年度 0 = 20。')
  })

  it('shows an indicator param as the indicator\'s label in each language', () => {
    const c = makeCheck('rate.mismatch', { indicator: 'hotline.completion_rate', rate: 94.34, implied: '5850 / 7573 = 77.25%' })
    expect(renderCheck(c, 'zh')).toMatch(/^热线 办结率/)
    expect(renderCheck(c, 'en')).not.toMatch(/[\u4E00-\u9FFF]{2}办结率/)
  })

  it('falls back to the stored message for a check outside the catalog', () => {
    expect(renderCheck({ id: 'legacy.thing', severity: 'info', message: 'old words' }, 'zh')).toBe('old words')
  })

  it('has a template for every check the parser gives on the bundled reports', () => {
    const dir = 'data/raw'
    for (const name of readdirSync(dir)) {
      const r = parseReport(readFileSync(join(dir, name), 'utf8'), { file: name })
      for (const c of r.checks)
        expect(checkTemplate(c), `${name}: ${c.id}/${c.variant ?? ''}`).toBeDefined()
    }
  })
})
