import type { ReportContext } from './synthetic-profile'
import type { Random } from './synthetic-random'
import type { ReportDraft } from './synthetic-draft'
import { carriedIn as carriedInFrom, carriedOut as carriedOutOf, normativeDocs } from './synthetic-carry'
import { count } from './synthetic-profile'
import { chance, int, uniform } from './synthetic-random'

/**
 * Sections 二–四: the prescribed tables, written as the parser's evidence
 * shows table rows ("label | cell | cell"), with the consistency rules of
 * spec §1 holding except where a check says otherwise (spec §5).
 */

/** How often each table problem is planted (per report, per table). */
const RATES = {
  sectionMissing: 0.02,
  balance: 0.025,
  closedTotal: 0.015,
  rowTotal: 0.015,
  appealTotal: 0.01,
  missingTotal: 0.05,
  shape: 0.04,
}

const APPLICANTS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] as const
/** Rough share of requests per applicant column (natural persons dominate). */
const APPLICANT_SHARES = [0.84, 0.09, 0.01, 0.01, 0.02, 0.03]
/** Share of closed requests per outcome (一)…(六). */
const OUTCOME_SHARES = [0.45, 0.1, 0.06, 0.2, 0.12, 0.07]

function row(cells: readonly (number | string)[]): string {
  return cells.join(' | ')
}

/** Split `total` into parts with roughly these shares; the parts add up exactly. */
function split(rand: Random, total: number, shares: readonly number[]): number[] {
  const parts = shares.map(s => Math.floor(total * s * uniform(rand, 0.6, 1.4)))
  let rest = total - parts.reduce((a, b) => a + b, 0)
  for (let i = 0; rest < 0; i = (i + 1) % parts.length) {
    if (parts[i]! > 0) {
      parts[i]!--
      rest++
    }
  }
  parts[0]! += rest
  return parts
}

export function writeSection2(d: ReportDraft, rand: Random, ctx: ReportContext): void {
  const p = ctx.profile
  const v2021 = ctx.format === '2021'
  d.line('二、主动公开政府信息情况')
  const head = d.line(row(v2021
    ? ['第二十条第（一）项', '本年制发件数', '本年废止件数', '现行有效件数']
    : ['第二十条第（一）项', '本年新制作数量', '本年新公开数量', '对外公开总数量']))
  // Counties issue no 规章 (a prefecture-level power): a stated 0.
  const regLine = d.line(row(['规章', 0, 0, 0]))
  // 2021 format: the stock carries over from year to year (the audit's continuity.normative_docs).
  const stock = v2021 ? normativeDocs(ctx.carry, ctx.year, p, ctx.scaleOf, rand) : null
  const issued = stock ? stock.issued : count(rand, ctx, p.normativeIssued)
  const abolished = stock ? stock.abolished : issued
  const inForce = stock ? stock.inForce : Math.max(issued, count(rand, ctx, p.normativeInForce, 0.4))
  const docLine = d.line(row([v2021 ? '行政规范性文件' : '规范性文件', issued, abolished, inForce]))
  d.observe('regulations.issued', 0, regLine)
  if (v2021)
    d.observe('regulations.abolished', 0, regLine)
  d.observe('regulations.in_force', 0, regLine)
  d.observe('normative_docs.issued', issued, docLine)
  if (v2021)
    d.observe('normative_docs.abolished', abolished, docLine)
  d.observe('normative_docs.in_force', inForce, docLine)

  const licensing = ctx.zeroLicensing ? 0 : count(rand, ctx, p.licensing, 0.7)
  const penalty = count(rand, ctx, p.penalty, 0.8)
  const coercion = count(rand, ctx, p.coercion, 0.9)
  const decisions = (label: string, n: number) => d.line(row(v2021 ? [label, n] : [label, int(rand, 0, 200), int(rand, -5, 5), n]))
  const decisionHead = v2021 ? ['本年处理决定数量'] : ['上一年项目数量', '本年增/减', '处理决定数量']
  d.line(row(['第二十条第（五）项', ...decisionHead]))
  const licensingLine = decisions('行政许可', licensing)
  d.observe('licensing.decisions', licensing, licensingLine)
  d.line(row(['第二十条第（六）项', ...decisionHead]))
  const penaltyLine = decisions('行政处罚', penalty)
  const coercionLine = decisions('行政强制', coercion)
  d.observe('penalty.decisions', penalty, penaltyLine)
  d.observe('coercion.decisions', coercion, coercionLine)
  const rows = [
    { label: '规章', cells: [0, 0, 0], line: regLine },
    { label: '行政规范性文件', cells: [issued, abolished, inForce], line: docLine },
    { label: '行政许可', cells: [licensing], line: licensingLine },
    { label: '行政处罚', cells: [penalty], line: penaltyLine },
    { label: '行政强制', cells: [coercion], line: coercionLine },
  ]
  if (v2021) {
    d.line(row(['第二十条第（八）项', '本年收费金额（单位：万元）']))
    const fees = Math.round(count(rand, ctx, p.fees, 1) * uniform(rand, 0.9, 1.1) * 100) / 100
    const feeLine = d.line(row(['行政事业性收费', fees]))
    d.observe('fees.amount', fees, feeLine)
    rows.push({ label: '行政事业性收费', cells: [fees], line: feeLine })
  }
  d.tables.push({ section: '二', caption: d.lines[head - 1]!, columns: v2021 ? ['本年制发件数', '本年废止件数', '现行有效件数'] : ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows })
}

export function writeSection3(d: ReportDraft, rand: Random, ctx: ReportContext): void {
  d.line('三、收到和处理政府信息公开申请情况')
  if (chance(rand, RATES.sectionMissing)) {
    d.line('（本节表格缺失）')
    d.check('section.missing', 'warning', 'Section 三 (applications) could not be found; its indicators are absent.')
    return
  }
  const fresh = count(rand, ctx, ctx.profile.requests, 0.9)
  // Carried in is what last year's report carried out (the audit's continuity.applications), bar a few planted breaks.
  const requestsOf = (year: number) => ctx.profile.requests * ctx.scaleOf(year)
  const carriedIn = carriedInFrom(ctx.carry, ctx.year, requestsOf, rand).value
  const open = fresh + carriedIn
  let carriedOut = Math.min(open, carriedOutOf(ctx.carry, ctx.year, requestsOf(ctx.year)))
  const outcomes = split(rand, open - carriedOut, OUTCOME_SHARES)
  const closed = open - carriedOut
  if (chance(rand, RATES.balance)) {
    carriedOut += int(rand, 1, 5)
    d.check('applications.balance', 'error', `一 + 二 = ${fresh} + ${carriedIn} = ${open}, but 三(七) + 四 = ${closed} + ${carriedOut} = ${closed + carriedOut}.`)
  }
  else if (chance(rand, RATES.closedTotal)) {
    // One outcome row is off: (七) and the balance hold, (一)…(六) do not add up.
    outcomes[int(rand, 0, outcomes.length - 1)]! += int(rand, 1, 4)
    d.check('applications.closed_total', 'error', `(七) 总计 is ${closed} but (一)…(六) add up to ${outcomes.reduce((a, b) => a + b, 0)}.`)
  }

  const noTotal = chance(rand, RATES.missingTotal)
  const badRow = chance(rand, RATES.rowTotal) ? int(rand, 0, 2) : -1
  const shapeRow = chance(rand, RATES.shape) ? int(rand, 0, 9) : -1
  const labels = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理', '（七）总计', '四、结转下年度继续办理']
  const totals = [fresh, carriedIn, ...outcomes, closed, carriedOut]
  const ids = ['applications.new', 'applications.carried_in', 'applications.granted', 'applications.partially_granted', 'applications.denied', 'applications.unavailable', 'applications.not_processed', 'applications.other', 'applications.closed', 'applications.carried_out']
  const head = d.line(row(['申请人情况', ...APPLICANTS, ...(noTotal ? [] : ['总计'])]))
  const rows = []
  for (let i = 0; i < labels.length; i++) {
    const total = totals[i]!
    const applicants = split(rand, total, APPLICANT_SHARES)
    if (i === badRow) {
      applicants[0]! += int(rand, 1, 3)
      d.check('applications.row_total', 'error', `Row ${labels[i]}: 总计 ${total} but the applicant columns add up to ${applicants.reduce((a, b) => a + b, 0)}.`)
    }
    const written: (number | string)[] = noTotal ? [...applicants] : [...applicants, total]
    if (i === shapeRow)
      written.push('')
    const line = d.line(row([labels[i]!, ...written]))
    if (i === shapeRow)
      d.check('table.shape', 'warning', `三: ${written.length} cells where the format has ${noTotal ? 6 : 7}; the trailing empty cell was dropped (line ${line}).`)
    d.observe(ids[i]!, total, line)
    // Like the parser: a lost 总计 is filled in and marked as inferred.
    rows.push({ label: labels[i]!, cells: [...applicants, total], line, ...(noTotal ? { inferred: [...APPLICANTS.map(() => false), true] } : {}) })
  }
  if (noTotal)
    d.check('table.missing_total', 'info', '三: the 总计 column is absent; application counts are the sums of the applicant columns.')
  d.tables.push({ section: '三', caption: d.lines[head - 1]!, columns: [...APPLICANTS, '总计'], rows })
}

export function writeSection4(d: ReportDraft, rand: Random, ctx: ReportContext): void {
  d.line('四、政府信息公开行政复议、行政诉讼情况')
  if (chance(rand, RATES.sectionMissing / 2)) {
    d.line('（本节表格缺失）')
    d.check('section.missing', 'warning', 'Section 四 (reviews and lawsuits) could not be found; its indicators are absent.')
    return
  }
  // Each block: 维持, 纠正, 其他, 尚未审结, 总计.
  const block = (median: number) => {
    const total = count(rand, ctx, median, 1)
    const parts = split(rand, total, [0.6, 0.15, 0.15, 0.1])
    return [...parts, total]
  }
  const review = block(ctx.profile.reviews)
  const direct = block(ctx.profile.lawsuits * 0.6)
  const after = block(ctx.profile.lawsuits * 0.4)
  if (chance(rand, RATES.appealTotal)) {
    review[4]! += 1
    d.check('review.total', 'error', `行政复议 总计 is ${review[4]} but its four columns add up to ${review[4]! - 1}.`)
  }
  else if (chance(rand, RATES.appealTotal)) {
    direct[4]! += 1
    d.check('litigation.total', 'error', `行政诉讼 (未经复议直接起诉) 总计 is ${direct[4]} but its four columns add up to ${direct[4]! - 1}.`)
  }
  d.line(row(['行政复议（维持 / 纠正 / 其他 / 尚未审结 / 总计）', '行政诉讼 未经复议直接起诉（同上）', '行政诉讼 复议后起诉（同上）']))
  const cells = [...review, ...direct, ...after]
  const line = d.line(row(cells))
  d.observe('review.total', review[4]!, line)
  d.observe('review.corrected', review[1]!, line)
  d.observe('litigation.total', direct[4]! + after[4]!, line)
  d.observe('litigation.corrected', direct[1]! + after[1]!, line)
  d.tables.push({ section: '四', caption: '行政复议、行政诉讼', columns: ['复议维持', '复议纠正', '复议其他', '复议尚未审结', '复议总计', '直诉维持', '直诉纠正', '直诉其他', '直诉尚未审结', '直诉总计', '复议后诉维持', '复议后诉纠正', '复议后诉其他', '复议后诉尚未审结', '复议后诉总计'], rows: [{ label: '件数', cells, line }] })
}
