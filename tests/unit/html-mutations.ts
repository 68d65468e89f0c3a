/**
 * Seeded mutations of saved web pages for the robustness test: what broken
 * CMS templates, careless saving and hostile markup do to the reader's
 * input — unclosed and dropped tags, stray and nested tables, scripts and
 * styles holding report words, entity noise, absurd spans, hidden elements,
 * shuffled rows, truncation.
 */

type Mutation = (html: string, r: () => number) => string

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!

/** Positions just before a `<` (tag boundaries), where snippets are inserted. */
function tagStarts(html: string): number[] {
  const out: number[] = []
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1))
    out.push(i)
  return out
}

/** Insert snippets at a few random tag boundaries. */
function insertAtTags(html: string, r: () => number, snippets: readonly string[], share = 0.02): string {
  const starts = tagStarts(html).filter(() => r() < share).sort((a, b) => b - a)
  let out = html
  for (const at of starts)
    out = out.slice(0, at) + pick(snippets, r) + out.slice(at)
  return out
}

const STRAY_TABLES = [
  '<table><tr><td>总计</td><td>5</td></tr></table>',
  '<td>7</td>',
  '<tr><td>行政许可</td><td>99999</td>',
  '</table>',
  '<table>',
  '<td colspan="3">',
  '<tr>',
  '<th rowspan="4">（三）不予公开</th>',
  '<table><caption>一、总体情况</caption></table>',
]
const SCRIPTS = [
  '<script>document.write("<table><tr><td>一、总体情况</td><td>88</td></tr></table>")</script>',
  '<style>td { display: none } /* 三、收到和处理政府信息公开申请情况 */</style>',
  '<noscript>三、收到和处理政府信息公开申请情况 12345热线受理 77 件</noscript>',
  '<!-- 四、行政复议 <td>5</td> -->',
  '<template><p>二、主动公开政府信息情况</p><table><tr><td>行政许可</td><td>1</td></tr></table></template>',
  '<script>var s = "</td></tr>";</script>',
  '<div hidden>发布时间：2099-01-01</div>',
]
const ENTITIES = ['&nbsp;', '&#12345;', '&amp;', '&lt;td&gt;', '&#x;', '&zz;', '&#0;', '&#x1F600;', '&#x3000;', '&lt;/table&gt;', '&#9;', '&#10;']
const SPANS = ['0', '-1', '999', 'abc', '2', '1.5', '', '3']

export const HTML_MUTATORS: Record<string, Mutation> = {
  unclosedTags: (h, r) => h.replace(/<\/(?:td|th|tr|p|div|table|tbody|span|font|li)>/gi, m => (r() < 0.2 ? '' : m)),
  droppedTags: (h, r) => h.replace(/<[^<>]{1,200}>/g, m => (r() < 0.08 ? '' : m)),
  strayTables: (h, r) => insertAtTags(h, r, STRAY_TABLES),
  nestedTables: (h, r) => h.replace(/<td\b[^>]*>/gi, m => (r() < 0.03 ? `${m}<table><tr><td>${pick(['0', '总计', '（七）总计', '99'], r)}</td><td>1</td></tr>` : m))
    .replace(/<table\b[^>]*>/gi, m => (r() < 0.2 ? `<table><tr><td>${m}` : m)),
  scriptsAndStyles: (h, r) => insertAtTags(h, r, SCRIPTS),
  entityNoise: (h, r) => h.replace(/>([^<>]+)</g, (m, text: string) => (r() < 0.15 ? `>${text.slice(0, Math.floor(text.length / 2))}${pick(ENTITIES, r)}${text.slice(Math.floor(text.length / 2))}<` : m)),
  absurdSpans: (h, r) => h.replace(/(col|row)span="[^"]*"/gi, (m, kind: string) => (r() < 0.3 ? `${kind}span="${pick(SPANS, r)}"` : m))
    .replace(/<td>/gi, m => (r() < 0.05 ? `<td ${pick(['colspan', 'rowspan'], r)}="${pick(SPANS, r)}">` : m)),
  hiddenElements: (h, r) => h.replace(/<(p|td|div|tr)>/gi, (m, tag: string) => (r() < 0.05 ? `<${tag} style="display:none">` : m)),
  shuffledRows: (h, r) => {
    const rows = h.split(/(?=<tr[\s>])/i)
    const start = Math.floor(r() * rows.length)
    const end = Math.min(rows.length, start + 2 + Math.floor(r() * 10))
    const window = rows.slice(start, end).sort(() => r() - 0.5)
    return [...rows.slice(0, start), ...window, ...rows.slice(end)].join('')
  },
  deletedCells: (h, r) => h.replace(/<td\b[^>]*>[\s\S]*?<\/td>/gi, m => (r() < 0.1 ? '' : m)),
  truncated: (h, r) => h.slice(0, Math.floor(r() * h.length)),
  empty: () => '',
  randomText: (_h, r) => Array.from({ length: 1 + Math.floor(r() * 3000) }, () => String.fromCharCode(Math.floor(r() * 0xFFFF))).join(''),
  tagSoup: (_h, r) => Array.from({ length: 200 }, () => pick(['<table>', '<tr>', '<td rowspan=3>', '</td>', '<p>', '一、总体情况', '5', '<div>', '</table>', '<br>', '行政许可'], r)).join(''),
}

/** One to three mutations of one of the base pages. */
export function mutateHtml(bases: readonly string[], r: () => number): { html: string, kinds: string[] } {
  let html = pick(bases, r)
  const names = Object.keys(HTML_MUTATORS)
  const kinds: string[] = []
  const count = 1 + Math.floor(r() * 3)
  for (let i = 0; i < count; i++) {
    const kind = pick(names, r)
    kinds.push(kind)
    html = HTML_MUTATORS[kind]!(html, r)
  }
  return { html, kinds }
}
