/** Finding the report on a saved page: not the navigation, related links, share buttons or footer. */
import { describe, expect, it } from 'vitest'
import { page, pageLines } from './readers-helpers'

const NAV = '<ul class="x1"><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li><li><a href="/b">办事服务</a></li><li><a href="/c">互动交流</a></li></ul>'
const FOOTER = '<div class="x2"><p>主办单位：某县人民政府办公室 地址：某县某路1号 电话：0954-1234567</p><p>宁ICP备12345678号</p></div>'
const RELATED = '<div class="x3"><p>相关文章</p><ul><li><a href="/1">某县2022年政府信息公开工作年度报告</a></li><li><a href="/2">某县2021年政府信息公开工作年度报告</a></li></ul></div>'
const REPORT = '<p>本报告统计期限自2023年1月1日至2023年12月31日。</p><p><b>一、总体情况</b></p><p>全年主动公开政府信息100条。</p><p><b>二、主动公开政府信息情况</b></p><p>（表略）</p><p><b>六、其他需要报告的事项</b></p><p>无。</p>'

describe('the article on a page', () => {
  it('by its section headings: the smallest element holding 一、…六、, without the site around it', async () => {
    const lines = await pageLines(page(`${NAV}<div class="x4"><div class="x5">${REPORT}</div>${RELATED}</div>${FOOTER}`))
    expect(lines).toEqual(['本报告统计期限自2023年1月1日至2023年12月31日。', '一、总体情况', '全年主动公开政府信息100条。', '二、主动公开政府信息情况', '（表略）', '六、其他需要报告的事项', '无。'])
  })

  it('whatever the containers are called, and in old table layouts', async () => {
    const lines = await pageLines(page(`<table width="980"><tr><td>${NAV}</td></tr><tr><td><table><tr><td width="200">${RELATED}</td><td>${REPORT}</td></tr></table></td></tr><tr><td>${FOOTER}</td></tr></table>`))
    expect(lines[0]).toBe('本报告统计期限自2023年1月1日至2023年12月31日。')
    expect(lines.at(-1)).toBe('无。')
    expect(lines.join('\n')).not.toMatch(/首页|相关文章|ICP/)
  })

  it('a table of contents made of links does not count as headings', async () => {
    const toc = '<ul><li><a href="#1">一、总体情况</a></li><li><a href="#2">二、主动公开政府信息情况</a></li><li><a href="#6">六、其他需要报告的事项</a></li></ul>'
    const lines = await pageLines(page(`<div>${toc}</div><div>${REPORT}</div>`))
    expect(lines[0]).toBe('本报告统计期限自2023年1月1日至2023年12月31日。')
  })

  it('a page without report headings: the densest text, link lists left out', async () => {
    const text = '<p>这是一段没有标准标题的说明文字，篇幅较长，用来检验按文字密度找正文的办法是否可靠。</p><p>第二段说明文字也在同一个容器里面。</p>'
    const lines = await pageLines(page(`${NAV}<div>${text}</div>${RELATED}`))
    expect(lines).toEqual(['这是一段没有标准标题的说明文字，篇幅较长，用来检验按文字密度找正文的办法是否可靠。', '第二段说明文字也在同一个容器里面。'])
  })

  it('scripts, styles, forms and hidden elements are never text', async () => {
    const lines = await pageLines(page(`<div>${REPORT}<script>var x = "一、总体情况"</script><style>p{}</style><form><input value="搜索"><button>提交</button></form><div style="display: none">隐藏</div><div hidden>也隐藏</div></div>`))
    expect(lines.join('\n')).not.toMatch(/var x|搜索|提交|隐藏|p\{\}/)
  })

  it('line breaks: <br> and block elements end lines; inline elements and whitespace flow', async () => {
    const lines = await pageLines(page(`<div>${REPORT}<p>第一行<br>第二<span>行</span>&nbsp;&nbsp;继续<b>加粗</b></p><div>块<div>嵌套块</div>尾</div></div>`))
    expect(lines.slice(-5)).toEqual(['第一行', '第二行 继续加粗', '块', '嵌套块', '尾'])
  })
})
