/**
 * Pass 4b: text indicators from sentences, with the sentence as evidence.
 */

import type { CheckKey } from '../catalog/checks'
import { makeCheck } from '../catalog/checks'
import type { Check } from '../schema/report'
import type { PartReason } from './narrative-scope'
import type { NumberMention } from './numbers'
import type { TextRule, Topic } from './narrative-rules'
import type { Sentence } from './sentences'
import { clauseBreaks, lastBreakBefore, nextBreakAfter } from './clauses'
import { CHANNEL_WORDS, TEXT_RULES, TOPICS } from './narrative-rules'
import { partOf, statesWhole, unsure } from './narrative-scope'
import { findNumbers } from './numbers'
import { pairRespectively } from './narrative-respectively'

export interface TextValue {
  indicator: string
  value: number
  unit: string
  approx: boolean
  evidence: string
  line: number
  endLine: number
  /** The sum of figures stated separately (two accounts' 71 and 175 → 246): a value we computed, source `derived`. */
  summed: boolean
}

/** Sentences about one domain only (`疫情防控领域方面，…`): their figures are not the agency's totals. */
const DOMAIN_SCOPED = /^[^，,。；;]{1,14}?领域(?:方面)?\s*[，,：:]/
/** A sentence that starts a new enumerated point (`三是…`, `(二)…`, `2.…`) drops the carried topic. */
const ENUMERATED = /^\s*(?:[一二三四五六七八九十]是|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])/
/** `…489 条，其中…` — the number before 其中 is a total. */
const FOLLOWED_BY_PARTS = /^\s*[，,]?\s*其中/
/**
 * The service point a figure belongs to is the last one named before it:
 * a township or village point (乡镇便民服务中心, 村级服务站) is not the
 * county's hall, even when the county hall is named elsewhere in the sentence.
 */
const SERVICE_POINT = /(乡镇|镇|村级?|社区|街道)[^，,。；;\d]{0,8}?(?:服务)?(?:中心|站|大厅|窗口)|政务服务(?:大厅|中心)|市民(?:服务)?(?:大厅|中心)|政务大厅/g

function isLocalServicePoint(head: string): boolean {
  let last: RegExpExecArray | null = null
  SERVICE_POINT.lastIndex = 0
  for (let m = SERVICE_POINT.exec(head); m !== null; m = SERVICE_POINT.exec(head))
    last = m
  return last?.[1] !== undefined
}

/** A hotline's number as its name: `12345热线`, `“12345”政务服务热线`, `5031234政务热线`. */
const HOTLINE_NAME = /^(?:12345|\d{7,8})["”]?\s*(?:政务|便民|市民|民生|热线|平台|服务|工单)/

/** A sentence cut at a semicolon: the next one continues it. */
const SEMICOLON_END = /[；;]\s*$/

/** Longest part of a sentence quoted in a check. */
const SENTENCE_SHOWN = 80

/** Topics that carry over to the next sentence of the same paragraph. */
const CARRIED: readonly Topic[] = ['hotline', 'hall', 'requests']
/** Topics that hold for an enumerated point of the paragraph (`（二）依申请公开方面。…`). */
const BLOCK: readonly Topic[] = ['requests']

interface Candidate {
  rule: TextRule
  mention: NumberMention
  sentence: Sentence
  prefix: string
  isTotal: boolean
  /** Stated after `其中` following another figure of the same indicator: a breakdown part. */
  isPart: boolean
}

/** `A、B分别…`: the figures after it belong to the things before it, in order. */
const RESPECTIVELY = '分别'

/** `其中` — what follows breaks down the figure before it. */
const AMONG = '其中'

/**
 * Open parentheses before each offset: a number inside `（…）` after a total
 * is a breakdown item. depth[i] = parentheses open before text[i].
 */
function parenDepths(text: string): Uint16Array {
  const depth = new Uint16Array(text.length + 1)
  let d = 0
  for (let i = 0; i < text.length; i++) {
    depth[i] = d
    const c = text[i]
    if (c === '(')
      d++
    else if (c === ')' && d > 0)
      d--
  }
  depth[text.length] = d
  return depth
}

function matches(rule: TextRule, m: NumberMention, prefix: string, suffix: string, topics: ReadonlySet<Topic>, sentence: string, clauseEnd: number): boolean {
  if (!rule.units.includes(m.unit))
    return false
  if (rule.max !== undefined && m.value > rule.max)
    return false
  // Cheap tests first: the sentence's topic, then the words.
  if (rule.topic && !topics.has(rule.topic))
    return false
  if (!rule.prefix.test(prefix) || rule.prefixNot?.test(prefix))
    return false
  if (rule.prefixHas && !rule.prefixHas.test(prefix))
    return false
  if (rule.suffix && !rule.suffix.test(suffix))
    return false
  if (rule.after && !rule.after.test(sentence.slice(m.end, clauseEnd)))
    return false
  // The words leading to the figure: `政府网站信息640条、微信公众号2890条` is two channels' figures.
  if (rule.clauseHas && !rule.clauseHas.test(prefix))
    return false
  return !rule.clauseNot?.test(prefix)
}

/** A figure not used because it may be a part (`text.uncertain`). */
interface Uncertain { indicator: string, value: number, reason: PartReason, line: number, sentence: Sentence }

/** A verb of publishing: channels are named before it, what was published after it. */
const PUBLISH_VERB = /发布|公开|公布|推送|更新|上传/g

/**
 * Channels named in a stretch of text (for where the items were published):
 * those before its last verb of publishing (`依托门户网站发布政府公报、…等信息`
 * names the site; 政府公报 is what was published), else any in it
 * (`发布政府网站信息640条`).
 */
function channelsNamed(text: string): Set<string> {
  const named = (t: string) => new Set(Object.entries(CHANNEL_WORDS).filter(([, re]) => re.test(t)).map(([name]) => name))
  const verbs = [...text.matchAll(PUBLISH_VERB)]
  const head = verbs.length > 0 ? named(text.slice(0, verbs[verbs.length - 1]!.index)) : new Set<string>()
  return head.size > 0 ? head : named(text)
}

/**
 * `across`: the agency's total is given for no channel or for several
 * (`通过政府网站、微信公众号等平台…`), never for one; `website`: the site's
 * items are given for the site alone.
 */
function channelFits(rule: TextRule, channels: ReadonlySet<string>): boolean {
  if (rule.channel === 'across')
    return channels.size !== 1
  if (rule.channel === 'website')
    return channels.size === 1 && channels.has('website')
  return true
}

function findCandidates(sentences: readonly Sentence[], options: NarrativeOptions, uncertain: Uncertain[]): Candidate[] {
  const out: Candidate[] = []
  let carried = new Set<Topic>()
  let block = new Set<Topic>()
  let blockWholeSoFar = false
  let paragraph = -1
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      carried = new Set()
      block = new Set()
      blockWholeSoFar = false
      paragraph = s.paragraph
    }
    const own = new Set((Object.keys(TOPICS) as Topic[]).filter(t => TOPICS[t].test(s.norm)))
    // Block topics hold from an enumerated point (`（二）依申请公开方面`) to the next,
    // and so does a year stated in it (`（一）主动公开方面。2025年，…。…政策解读82篇。`).
    if (ENUMERATED.test(s.norm)) {
      block = new Set(BLOCK.filter(t => own.has(t)))
      blockWholeSoFar = false
    }
    const blockWhole = blockWholeSoFar
    blockWholeSoFar ||= statesWhole(s.norm)
    const topics = ENUMERATED.test(s.norm) ? own : new Set([...own, ...carried, ...block])
    // A topic carries one sentence only, and only from words the sentence itself has;
    // past a semicolon (`不予公开12件；无法提供20件；…`) the sentence goes on.
    const goesOn = SEMICOLON_END.test(s.norm)
    carried = new Set(CARRIED.filter(t => (goesOn ? topics : own).has(t)))
    if (DOMAIN_SCOPED.test(s.norm))
      continue
    const mentions = findNumbers(s.norm)
    if (mentions.length === 0)
      continue
    const depth = parenDepths(s.norm)
    const breaks = clauseBreaks(s.norm)
    let previousEnd = 0
    // The channels a figure is said to come through are named since the previous figure.
    let sinceLast = 0
    // Figures that belong to the words, masked so the rules' gaps pass over them: `12345` in
    // `12345热线` names the hotline; in `发布信息365期2238条` the issues lead to the items.
    const wordy = mentions.filter((m, i) => (m.unit === '' && HOTLINE_NAME.test(s.norm.slice(m.numberStart, m.end + 4))) || (m.unit === '期' && mentions[i + 1]?.start === m.end))
    const masked = wordy.reduce((t, m) => t.slice(0, m.start) + '#'.repeat(m.end - m.start) + t.slice(m.end), s.norm)
    // `A、B分别…337条、757条`: each figure is read with its own thing's name.
    const paired = s.norm.includes(RESPECTIVELY) ? pairRespectively(masked, mentions.filter(m => !wordy.includes(m)), breaks) : null
    for (const m of mentions) {
      if (wordy.includes(m))
        continue
      const clauseStart = lastBreakBefore(breaks, m.numberStart)
      const from = Math.max(previousEnd, clauseStart)
      previousEnd = m.end
      if (depth[m.numberStart]! > 0)
        continue
      const pairedHead = paired?.get(m)
      const prefix = pairedHead ?? masked.slice(from, m.start)
      const clauseEnd = nextBreakAfter(breaks, m.end, s.norm.length)
      const suffix = s.norm.slice(m.end, m.end + 8)
      const here = topics.has('hall') && isLocalServicePoint(s.norm.slice(0, m.start))
        ? new Set([...topics].filter(t => t !== 'hall'))
        : topics
      const stretch = pairedHead ?? s.norm.slice(sinceLast, m.start)
      let channels: Set<string> | null = null
      sinceLast = m.end
      for (const rule of TEXT_RULES) {
        if (!matches(rule, m, prefix, suffix, here, s.norm, clauseEnd) || (rule.channel && !channelFits(rule, channels ??= channelsNamed(stretch))))
          continue
        const clause = pairedHead ?? s.norm.slice(clauseStart, clauseEnd)
        const input = { sentence: s.norm, start: m.start, clauseHead: prefix, clause: pairedHead ?? s.norm.slice(clauseStart, m.start), stretch, blockWhole, agency: options.agency ?? null, scope: rule.scope ?? 'service' }
        if (partOf(input))
          continue
        const doubt = pairedHead === null ? 'unpaired' : unsure(input)
        if (doubt) {
          uncertain.push({ indicator: rule.indicator, value: m.value, reason: doubt, line: s.lineAt(m.numberStart), sentence: s })
          continue
        }
        const isTotal = Boolean(rule.totalWhen?.test(clause)) || FOLLOWED_BY_PARTS.test(s.norm.slice(m.end))
        const earlier = out.find(c => c.sentence === s && c.rule.indicator === rule.indicator)
        const isPart = earlier !== undefined && s.norm.slice(earlier.mention.end, m.start).includes(AMONG)
        out.push({ rule, mention: m, sentence: s, prefix, isTotal, isPart })
      }
    }
  }
  return out
}

function toValue(indicator: string, picked: readonly Candidate[], value: number, summed = false): TextValue {
  const sentences = [...new Set(picked.map(c => c.sentence))]
  const units = new Set(picked.map(c => c.rule.unit ?? c.mention.unit))
  const lines = picked.map(c => c.sentence.lineAt(c.mention.numberStart))
  return {
    indicator,
    value,
    unit: units.size === 1 ? [...units][0]! : '条',
    approx: picked.some(c => c.mention.approx),
    evidence: sentences.map(s => s.display.trim()).join('\n'),
    line: Math.min(...lines),
    endLine: Math.max(...sentences.map(s => s.endLine)),
    summed,
  }
}

/** Same figure stated twice (a summary repeated in section 六) counts once. */
function dedupe(cands: readonly Candidate[]): Candidate[] {
  const seen: Candidate[] = []
  for (const c of cands) {
    const repeat = seen.some(s => s.mention.value === c.mention.value
      && (s.sentence.paragraph !== c.sentence.paragraph || s.prefix.replace(/\s/g, '') === c.prefix.replace(/\s/g, '')))
    if (!repeat)
      seen.push(c)
  }
  return seen
}

function combine(indicator: string, all: readonly Candidate[], checks: Check[]): TextValue | null {
  // Breakdown parts (`…23 篇，其中图文解读 15 篇`) never compete with their total.
  const wholes = all.some(c => !c.isPart) ? all.filter(c => !c.isPart) : all
  const preferred = wholes.filter(c => c.rule.prefer?.test(c.prefix))
  const cands = preferred.length > 0 ? preferred : wholes
  const rule = cands[0]!.rule
  const totals = cands.filter(c => c.isTotal)
  const pool = dedupe(rule.combine === 'sum' && totals.length > 0 ? totals : cands)
  if (rule.combine === 'single' || totals.length > 0) {
    const values = [...new Set(pool.map(c => c.mention.value))]
    if (values.length > 1) {
      const lines = pool.map(c => c.sentence.lineAt(c.mention.numberStart))
      const where = pool.map((c, i) => `${c.mention.value} @${lines[i]}`).join(', ')
      checks.push(makeCheck('text.ambiguous', { indicator, values: where }, { indicator, line: lines[0] }))
      return null
    }
    return toValue(indicator, pool, values[0]!)
  }
  const total = pool.reduce((s, c) => s + c.mention.value, 0)
  return toValue(indicator, pool, Math.round(total * 1e6) / 1e6, pool.length > 1)
}

export interface NarrativeOptions {
  /** The agency the report is about (its metadata): a sentence about another unit gives none of its totals. */
  agency?: string | null
}

/** Text indicators and the checks about them. */
export function readNarrative(sentences: readonly Sentence[], options: NarrativeOptions = {}): { values: TextValue[], checks: Check[] } {
  const byIndicator = new Map<string, Candidate[]>()
  const uncertain: Uncertain[] = []
  for (const c of findCandidates(sentences, options, uncertain)) {
    const list = byIndicator.get(c.rule.indicator) ?? []
    // Two rules for one indicator may both fire on one number: keep it once.
    if (!list.some(x => x.mention === c.mention))
      list.push(c)
    byIndicator.set(c.rule.indicator, list)
  }
  const checks: Check[] = []
  const values: TextValue[] = []
  for (const [indicator, cands] of byIndicator) {
    const v = combine(indicator, cands, checks)
    if (v)
      values.push(v)
  }
  // Figures left out as possibly a part, for indicators the text gives no other value for.
  const said = new Set<string>()
  for (const u of uncertain) {
    const key = `${u.indicator}@${u.line}`
    if (values.some(v => v.indicator === u.indicator) || said.has(key))
      continue
    said.add(key)
    const sentence = u.sentence.display.trim()
    checks.push(makeCheck(`text.uncertain/${u.reason}` as CheckKey, { indicator: u.indicator, value: u.value, line: u.line, sentence: sentence.length > SENTENCE_SHOWN ? `${sentence.slice(0, SENTENCE_SHOWN)}…` : sentence }, { indicator: u.indicator, line: u.line }))
  }
  return { values, checks }
}
