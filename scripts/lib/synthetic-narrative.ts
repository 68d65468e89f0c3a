import type { ReportDraft } from './synthetic-draft'
import type { ReportContext } from './synthetic-profile'
import type { Random } from './synthetic-random'
import { phrase, ratePhrase, round2 } from './synthetic-draft'
import { count } from './synthetic-profile'
import { chance, int, pick, uniform } from './synthetic-random'

/**
 * Section 一 (总体情况): the narrative indicators, one sentence per block,
 * each block stated or not as real reports do. Hedged numbers ("1.5万余条")
 * are stored as written and marked approximate.
 */

/** Share of narrative counts written hedged (余, 约, 近, 多). */
const HEDGE = 0.3
/** Share of stated hotline rates that contradict the report's own counts. */
const RATE_MISMATCH = 0.04

/**
 * Sentence clauses joined into one line; observations point at that line.
 * A clause without text is a derived number (computed from the sentence).
 */
type Clause = [text: string, observe?: (line: number) => void]

/** One of the ways reports word the same phrase, from the report's phrasing stream (not its numbers'). */
function say(ctx: ReportContext, ...variants: string[]): string {
  return pick(ctx.phrasing, variants)
}

function sentence(d: ReportDraft, opening: string, clauses: readonly Clause[]): void {
  if (clauses.length === 0)
    return
  const line = d.line(`${opening}${clauses.map(c => c[0]).filter(Boolean).join('，')}。`)
  for (const [, observe] of clauses)
    observe?.(line)
}

export function writeSection1(d: ReportDraft, rand: Random, ctx: ReportContext): void {
  const { profile: p, year } = ctx
  const says = (block: keyof typeof p.says) => chance(rand, p.says[block])
  d.line('一、总体情况')
  for (const line of ctx.intro)
    d.line(line)

  const disclosure: Clause[] = []
  if (says('disclosure')) {
    const items = phrase(rand, count(rand, ctx, p.items, 0.7), '条', HEDGE)
    disclosure.push([`${say(ctx, '主动公开政府信息', '共主动公开各类政府信息', '累计公开政府信息')}${items.text}`, line => d.observe('disclosure.items', items.value, line, { approx: items.approx, source: 'text' })])
    if (says('website')) {
      const web = phrase(rand, Math.round(items.value * uniform(rand, 0.35, 0.8)), '条', HEDGE)
      disclosure.push([`${say(ctx, '其中通过政府门户网站发布', '其中在门户网站发布', '其中政府网站公开')}${web.text}`, line => d.observe('disclosure.website_items', web.value, line, { approx: web.approx, source: 'text' })])
    }
  }
  if (says('interpretations')) {
    const n = count(rand, ctx, p.interpretations, 0.7)
    disclosure.push([`${say(ctx, '发布政策解读', '解读政策文件', '开展政策解读')}${n}件`, line => d.observe('policy.interpretations', n, line, { source: 'text' })])
  }
  sentence(d, say(ctx, `${year}年，`, '全年', '本年度'), disclosure)

  if (says('hotline'))
    writeHotline(d, rand, ctx)
  if (says('newmedia'))
    writeNewMedia(d, rand, ctx)
  if (says('hall') || ctx.zeroLicensing)
    writeHall(d, rand, ctx)
}

function writeHotline(d: ReportDraft, rand: Random, ctx: ReportContext): void {
  const detail = chance(rand, ctx.profile.says.hotlineDetail)
  const received = count(rand, ctx, ctx.profile.hotline, 0.8)
  const completed = Math.round(received * uniform(rand, 0.94, 1))
  const onTime = Math.round(completed * uniform(rand, 0.9, 1))
  const rec = phrase(rand, received, '件', HEDGE)
  const clauses: Clause[] = [[`${say(ctx, '受理群众诉求', '接收群众来电来信', '受理各类诉求')}${rec.text}`, line => d.observe('hotline.received', rec.value, line, { approx: rec.approx, source: 'text' })]]
  const statesCompleted = detail || chance(rand, 0.5)
  if (statesCompleted)
    clauses.push([`办结${completed}件`, line => d.observe('hotline.completed', completed, line, { source: 'text' })])
  if (detail && chance(rand, 0.35))
    clauses.push([`按时办结${onTime}件`, line => d.observe('hotline.completed_on_time', onTime, line, { source: 'text' })])
  const trueRate = received > 0 ? completed / received * 100 : 100
  if (detail || chance(rand, 0.3)) {
    let rate = ratePhrase(rand, trueRate, 0.1)
    if (statesCompleted && !rate.approx && chance(rand, RATE_MISMATCH)) {
      rate = { value: round2(Math.min(100, trueRate + uniform(rand, 1, 5))), text: '', approx: false }
      rate.text = `${rate.value}%`
      d.check('rate.mismatch', 'warning', `Hotline 办结率: the report states ${rate.value}%, but its own counts give ${completed} / ${rec.value} = ${round2(completed / rec.value * 100)}%.`)
    }
    clauses.push([`办结率${rate.text}`, line => d.observe('hotline.completion_rate', rate.value, line, { approx: rate.approx, source: 'text' })])
  }
  else if (statesCompleted && received > 0 && !rec.approx) {
    // The parser derives a rate the report does not state from the two counts.
    const derived = round2(trueRate)
    clauses.push(['', line => d.observe('hotline.completion_rate', derived, line, { source: 'derived' })])
  }
  if (detail && chance(rand, 0.7)) {
    const onTimeRate = ratePhrase(rand, completed > 0 ? onTime / completed * 100 : 100, 0.1)
    clauses.push([`按时办结率${onTimeRate.text}`, line => d.observe('hotline.on_time_rate', onTimeRate.value, line, { approx: onTimeRate.approx, source: 'text' })])
  }
  if (detail || chance(rand, 0.4)) {
    const satisfaction = ratePhrase(rand, uniform(rand, 93, 99.9), 0.15)
    clauses.push([`群众满意率${satisfaction.text}`, line => d.observe('hotline.satisfaction_rate', satisfaction.value, line, { approx: satisfaction.approx, source: 'text' })])
  }
  sentence(d, say(ctx, '12345政务服务便民热线全年', '12345热线全年', '依托12345政务服务热线，全年', '政务服务便民热线本年度'), clauses)
}

function writeNewMedia(d: ReportDraft, rand: Random, ctx: ReportContext): void {
  const detail = chance(rand, ctx.profile.says.newmediaDetail)
  const clauses: Clause[] = []
  if (detail || chance(rand, 0.3)) {
    const accounts = Math.max(1, count(rand, ctx, ctx.profile.accounts, 0.5))
    clauses.push([`${say(ctx, '开设政务新媒体账号', '运营政务新媒体', '现有政务新媒体账号')}${accounts}个`, line => d.observe('newmedia.accounts', accounts, line, { source: 'text' })])
  }
  const posts = phrase(rand, count(rand, ctx, ctx.profile.posts, 0.8), '条', HEDGE)
  clauses.push([`${say(ctx, '全年发布信息', '通过新媒体发布信息', '新媒体全年推送信息')}${posts.text}`, line => d.observe('newmedia.posts', posts.value, line, { approx: posts.approx, source: 'text' })])
  if (detail) {
    const wechat = Math.round(posts.value * uniform(rand, 0.4, 0.7))
    clauses.push([`其中微信公众号发布${wechat}篇`, line => d.observe('newmedia.wechat_posts', wechat, line, { source: 'text' })])
    if (chance(rand, 0.6)) {
      const weibo = Math.round(posts.value * uniform(rand, 0.1, 0.3))
      clauses.push([`微博发布${weibo}条`, line => d.observe('newmedia.weibo_posts', weibo, line, { source: 'text' })])
    }
    if (chance(rand, 0.5)) {
      const reads = phrase(rand, count(rand, ctx, 400 * ctx.profile.posts, 1), '次', 0.6)
      clauses.push([`累计阅读量${reads.text}`, line => d.observe('newmedia.reads', reads.value, line, { approx: reads.approx, source: 'text' })])
    }
  }
  sentence(d, '', clauses)
}

function writeHall(d: ReportDraft, rand: Random, ctx: ReportContext): void {
  const clauses: Clause[] = []
  // Hall size grows much more slowly than its caseload.
  const hallScale = Math.sqrt(ctx.scale)
  if (chance(rand, 0.85)) {
    const departments = Math.max(5, Math.round(int(rand, 20, 45) * hallScale))
    clauses.push([`${say(ctx, '政务服务大厅进驻部门', '大厅入驻单位', '政务大厅进驻部门')}${departments}家`, line => d.observe('hall.departments', departments, line, { source: 'text' })])
  }
  if (chance(rand, 0.6)) {
    const staff = Math.max(10, Math.round(int(rand, 90, 260) * hallScale))
    clauses.push([`工作人员${staff}人`, line => d.observe('hall.staff', staff, line, { source: 'text' })])
  }
  if (chance(rand, 0.75)) {
    const items = Math.round(int(rand, 500, 1400) * hallScale)
    clauses.push([`进驻事项${items}项`, line => d.observe('hall.items', items, line, { source: 'text' })])
  }
  let cases: number | null = null
  if (ctx.zeroLicensing || chance(rand, 0.9)) {
    const c = phrase(rand, Math.max(1000, count(rand, ctx, ctx.profile.hallCases, 0.8)), '件', HEDGE)
    cases = c.value
    clauses.push([`${say(ctx, '全年办件', '全年受理办结各类事项', '年办件量')}${c.text}`, line => d.observe('hall.cases', c.value, line, { approx: c.approx, source: 'text' })])
  }
  if (chance(rand, ctx.profile.says.online)) {
    const online = ratePhrase(rand, uniform(rand, 88, 100), 0.1)
    clauses.push([`${say(ctx, '政务服务事项网上可办率达', '网上可办率达到', '事项网办率')}${online.text}`, line => d.observe('online.rate', online.value, line, { approx: online.approx, source: 'text' })])
  }
  sentence(d, '', clauses)
  if (ctx.zeroLicensing && cases !== null)
    d.check('value.suspicious_zero', 'warning', `行政许可 is 0 in the table while the text reports ${cases.toLocaleString('en-US')} service-hall cases.`)
}
