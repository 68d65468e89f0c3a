/** What a page says about its report outside the article: metadata lines at the top of the text. */
import { describe, expect, it } from 'vitest'
import { page, pageLines, readPage } from './readers-helpers'

const REPORT = '<div class="c"><p><b>一、总体情况</b></p><p>正文。</p><p><b>二、主动公开政府信息情况</b></p><p>正文。</p></div>'

describe('page metadata lines', () => {
  it('the <title>, the breadcrumb, the 发布时间/来源 line and the heading, in that order, then a blank line', async () => {
    const lines = await pageLines(page(
      `<div class="crumb"><span>当前位置：</span><a href="/">首页</a>&gt;<a href="/x">信息公开</a>&gt;<a href="/y">年度报告</a></div>
       <h1>某县2023年政府信息公开工作年度报告</h1>
       <div class="info"><span>发布时间：2024-01-22 09:30</span><span>来源：县政府办</span><span>浏览次数：<i>77</i></span><span>字号：<a>大</a><a>中</a><a>小</a></span><a href="#">打印</a></div>
       ${REPORT}`,
      '<meta charset="utf-8"><title>某县2023年政府信息公开工作年度报告_某县人民政府</title>',
    ))
    expect(lines.slice(0, 5)).toEqual([
      '某县2023年政府信息公开工作年度报告_某县人民政府',
      '当前位置：首页 > 信息公开 > 年度报告',
      '发布时间：2024-01-22 09:30  来源：县政府办',
      '某县2023年政府信息公开工作年度报告',
      '',
    ])
  })

  it('breadcrumbs with their own separators, and without a label', async () => {
    expect((await pageLines(page(`<div>您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>年报</a></div>${REPORT}`)))[0]).toBe('您现在的位置：首页 > 政务公开 > 年报')
    expect((await pageLines(page(`<div><a>首页</a> » <a>政务公开</a> » <a>年报</a></div>${REPORT}`)))[0]).toBe('首页 > 政务公开 > 年报')
  })

  it('an information index table: labels and values in separate cells become one line; 更新时间 is not a publication date', async () => {
    const index = '<table class="idx"><tr><td>索引号：</td><td>640422/2024-0012</td><td>发布机构：</td><td>西吉县人民政府办公室</td></tr><tr><td>发布日期：</td><td>2024-01-25</td><td>更新时间：</td><td>2024-03-01</td></tr></table>'
    const lines = await pageLines(page(`${index}${REPORT}`))
    expect(lines[0]).toBe('发布机构：西吉县人民政府办公室  发布日期：2024-01-25')
  })

  it('a date line inside the article stays where it is, not repeated at the top', async () => {
    const lines = await pageLines(page(`<div><h1>某县2023年政府信息公开工作年度报告</h1><p>发布日期：2024年1月22日</p><p><b>一、总体情况</b></p><p>正文。</p><p><b>二、主动公开政府信息情况</b></p></div>`))
    expect(lines).toEqual(['某县2023年政府信息公开工作年度报告', '发布日期：2024年1月22日', '一、总体情况', '正文。', '二、主动公开政府信息情况'])
  })

  it('links to other reports are not the heading', async () => {
    const lines = await pageLines(page(`<ul><li><a href="/1">某县2022年政府信息公开工作年度报告</a></li></ul>${REPORT}`))
    expect(lines[0]).toBe('一、总体情况')
  })

  it('a page offering the report only as an attachment says which file to import', async () => {
    const doc = await readPage(page(`<h1>某县2023年政府信息公开工作年度报告</h1><div class="c"><p>现将我县2023年政府信息公开工作年度报告予以公布。</p><p>附件：<a href="/files/P020240125%E5%B9%B4%E6%8A%A5.pdf">某县2023年政府信息公开工作年度报告.pdf</a></p><p><a href="/files/b.docx?v=2"></a></p></div>`))
    expect(doc.checks.map(c => [c.id, c.severity, c.params?.files])).toEqual([['input.attachment', 'warning', '某县2023年政府信息公开工作年度报告.pdf、b.docx']])
  })

  it('a page with the report in its text and a download link besides raises no attachment check', async () => {
    const doc = await readPage(page(`${REPORT}<a href="/files/report.pdf">文件下载</a>`))
    expect(doc.checks).toEqual([])
  })
})
