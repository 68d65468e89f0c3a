import type { Issue, IssueCode } from '../../src/import/issues'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { FILE_ISSUE_CODES, issue, ROW_ISSUE_CODES, STORAGE_ISSUE_CODES } from '../../src/import/issues'
import { issueMessage, importMessages, problemMessage } from '../../src/i18n/import-messages'
import { BINARY_FORMATS } from '../../src/import/sniff'

const ALL_CODES: IssueCode[] = [...FILE_ISSUE_CODES, ...ROW_ISSUE_CODES, ...STORAGE_ISSUE_CODES]

/** Every parameter a message may name, so an unfilled `{x}` would show. */
const PARAMS = { limit: 20, size: 25.3, ext: '.xlsx', accepted: '.txt,.md,.csv', columns: '“unit”', count: 1, expected: 'a,b', found: 'x', message: 'm', min: 1990, max: 2100, allowed: 'a, b', line: 7, actual: 3, usage: 10, quota: 100, key: 'k', format: 'png' }

function translator(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: importMessages, missingWarn: false, fallbackWarn: false })
  return (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})
}

describe('import messages', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`has a complete ${locale} message for every issue, with its parameters filled`, () => {
      const t = translator(locale)
      for (const code of ALL_CODES) {
        const text = issueMessage(t, issue(code, PARAMS) as Issue)
        expect(text, code).not.toBe(`import.issue.${code}`)
        expect(text, code).not.toMatch(/[{}]/)
      }
      for (const format of BINARY_FORMATS)
        expect(t(`import.binaryFormat.${format}`)).not.toContain('import.')
    })
  }

  it('states the size limit and names the image', () => {
    const t = translator('zh-CN')
    expect(issueMessage(t, issue('too-large', { limit: 20, size: 31.2 }))).toContain('20 MB')
    expect(issueMessage(t, issue('binary', { format: 'png' }))).toContain('PNG 图片')
  })

  it('puts the cell value into a row reason', () => {
    const t = translator('en')
    expect(problemMessage(t, { column: 'value', code: 'not-a-number', value: '12件', params: {} })).toContain('“12件” is not a number')
  })

  it('shows a quota message even when the browser gives no estimate', () => {
    expect(issueMessage(translator('zh-CN'), issue('storage-quota'))).toContain('已用 ? MB')
  })
})

/** Every leaf key path of a message tree. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])
}

describe('import UI text', () => {
  it('has the same keys in Chinese and English, none of them empty', () => {
    expect(keys(importMessages.en).sort()).toEqual(keys(importMessages['zh-CN']).sort())
    const t = translator('en')
    for (const key of keys(importMessages.en))
      expect(t(key, PARAMS), key).not.toBe('')
  })
})
