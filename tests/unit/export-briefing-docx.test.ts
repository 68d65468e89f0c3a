import type { Briefing } from '../../src/audit/briefing'
import type { BriefingWords } from '../../src/export/briefing-text'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { buildBriefing } from '../../src/audit/briefing'
import { auditResult } from '../../src/audit/result'
import { briefingDocument } from '../../src/export/briefing-docx'
import { i18n } from '../../src/i18n'
import { hongze, seedReports } from './briefing-fixtures'

/** A 1×1 white PNG standing in for the chart. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'), c => c.charCodeAt(0))

function words(lang: 'zh-CN' | 'en'): BriefingWords {
  return { t: (key, params) => i18n.global.t(key, params ?? {}, { locale: lang }), lang }
}

function briefing(): Briefing {
  const reports = [...seedReports(), hongze(2023, '2024-03-20'), hongze(2024, '2025-04-15')]
  const copied = auditResult('similarity.previous_year', { agency: '洪泽区人民政府', year: 2024, prevYear: 2023, section: '五', share: 62 }, ['hongze-2023', 'hongze-2024'], { values: [62] })
  return buildBriefing({ year: 2024, scope: { prefectures: [], counties: [], kinds: [] }, reports, results: [copied], indicator: 'licensing.decisions', notes: new Map([['洪泽区', '已约谈，要求重写第五部分']]) })
}

async function docx(lang: 'zh-CN' | 'en'): Promise<Buffer> {
  return Packer.toBuffer(briefingDocument({ briefing: briefing(), words: words(lang), date: '2025-05-06', comparison: { data: PNG, width: 1, height: 1 } }))
}

/** Rows of every table of the HTML mammoth makes, cells as text. */
function tables(html: string): string[][][] {
  return [...html.matchAll(/<table>(.*?)<\/table>/gs)].map(([, body]) =>
    [...body!.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) => [...row!.matchAll(/<t[dh]>(.*?)<\/t[dh]>/gs)].map(([, c]) => c!.replace(/<[^>]+>/g, '').trim())))
}

describe('briefing .docx', () => {
  it('reads back (mammoth) with its title, date, scope, every county of the coverage and the tables as tables', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await docx('zh-CN') })
    const text = html.replace(/<[^>]+>/g, ' ')
    expect(text).toContain('2024年度政府信息公开工作年度报告审查简报')
    expect(text).toContain('生成日期：2025-05-06')
    expect(text).toContain('范围：全部区县')
    const [coverage, licensing] = tables(html)
    // Every Ningxia county is a row of the coverage table, those without a report as 未报送.
    expect(coverage![0]).toEqual(['区县', '地级市', '报告', '状态'])
    expect(coverage!.find(r => r[0] === '兴庆区')).toEqual(['兴庆区', '银川市', '—', '未报送'])
    expect(coverage!.find(r => r[0]!.startsWith('洪泽区'))![3]).toBe('逾期 15 天（2025-04-15，期限 2025-03-31）')
    // The licensing ranking: agency and year behind the value, last year's value and 同比.
    expect(licensing![1]).toEqual(['1', '洪泽区', '洪泽区人民政府（2024）', '9,487 件', '550 件（2023）', '+1,624.9%'])
    expect(text).toContain('内容雷同')
    expect(text).toContain('已约谈，要求重写第五部分')
    expect(html).toContain('<img')
  })

  it('names the Chinese fonts for Word and WPS: 宋体 body and 黑体 headings as eastAsia fonts', async () => {
    const zip = unzipSync(new Uint8Array(await docx('zh-CN')))
    const styles = strFromU8(zip['word/styles.xml']!)
    const document = strFromU8(zip['word/document.xml']!)
    expect(styles).toMatch(/w:eastAsia="宋体"/)
    expect(document).toMatch(/w:eastAsia="黑体"/)
    expect(document).toMatch(/w:ascii="SimHei"/)
    // A4 portrait.
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(Object.keys(zip).some(f => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(true)
  })

  it('speaks English when asked', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await docx('en') })
    expect(html).toContain('Review briefing on the 2024 government information disclosure annual reports')
    expect(tables(html)[0]!.find(r => r[0] === 'Xingqing')).toEqual(['Xingqing', 'Yinchuan', '—', 'Did not report'])
    // Last year's value in the language's brackets, as the agency and year beside it.
    expect(tables(html)[1]![1]).toEqual(['1', '洪泽区', '洪泽区人民政府 (2024)', '9,487 件', '550 件 (2023)', '+1,624.9%'])
  })

  const pandoc = (() => {
    try {
      execFileSync('pandoc', ['--version'], { stdio: 'ignore' })
      return true
    }
    catch {
      return false
    }
  })()
  it.skipIf(!pandoc)('reads back with pandoc too, tables as tables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-'))
    const file = join(dir, 'briefing.docx')
    writeFileSync(file, await docx('zh-CN'))
    const html = execFileSync('pandoc', ['-f', 'docx', '-t', 'html', '-s', '--wrap=none', file], { encoding: 'utf8' })
    // The title paragraph becomes the document's title; the sections are headings; the tables are tables.
    expect(html).toContain('<title>2024年度政府信息公开工作年度报告审查简报</title>')
    expect(html).toMatch(/<h2[^>]*>一、报送情况<\/h2>/)
    expect(html).toMatch(/<tr[^>]*>\s*<td>兴庆区<\/td>\s*<td>银川市<\/td>\s*<td>—<\/td>\s*<td>未报送<\/td>/)
    expect(html).toMatch(/<td>洪泽区人民政府（2024）<\/td>/)
  })
})
