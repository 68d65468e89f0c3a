import type { ReportDraft } from './synthetic-draft'
import type { SyntheticCounty } from './synthetic-places'
import type { Random } from './synthetic-random'
import { ACTIONS, ADVERBIALS, AIMS, COMMENTS, EFFECTS, GUIDANCE, MEASURE_HEADINGS, NUMBERINGS, OBJECTS, OTHER, OVERVIEW, PROBLEM_HEADINGS, PURPOSES, SHORTCOMINGS, SUBJECTS, VERBS } from './synthetic-prose-bank'
import { FIRST_YEAR } from './synthetic-profile'
import { chance, fork, int, mulberry32, pick, shuffle } from './synthetic-random'

/**
 * The free text of sections 一, 五 and 六, with the copying reviewers meet
 * (内容雷同, docs/audit.md): most agencies write each year afresh; some copy
 * last year's sections and change the figures and dates (the typical
 * copy), a few copy them word for word, a few copy a neighbouring county's
 * agency of the same kind. Which sentences a section says comes from its
 * "wording" stream, its figures from a "figures" stream: a copy is the same
 * wording with this year's figures. Every stream is keyed by (seed, county,
 * year, kind, section), so a report is the same in every dataset.
 */

export type ProseSection = '一' | '五' | '六'
const SECTIONS: readonly ProseSection[] = ['一', '五', '六']

export type Habit = 'writes' | 'copies_last_year' | 'copies_verbatim' | 'copies_peer'

/** Shares of agencies by habit (the rest write afresh). */
const HABITS: readonly [Habit, number][] = [['copies_last_year', 0.15], ['copies_verbatim', 0.04], ['copies_peer', 0.06]]

export interface Agency {
  county: SyntheticCounty
  /** Index of the agency kind. */
  kind: number
  name: string
}

interface AgencyHabit {
  habit: Habit
  /** Sections the habit applies to; the others are written afresh. */
  sections: ReadonlySet<ProseSection>
  /** A copier rewrites its text every `period` years and copies it in between. */
  period: number
}

export function habitOf(seed: number, county: number, kind: number): AgencyHabit {
  const rand = fork(seed, 5, county, kind)
  let r = rand()
  let habit: Habit = 'writes'
  for (const [h, share] of HABITS) {
    if (r < share) {
      habit = h
      break
    }
    r -= share
  }
  const sections = new Set(SECTIONS.filter(() => chance(rand, 0.7)))
  if (sections.size === 0)
    sections.add(pick(rand, SECTIONS))
  return { habit, sections, period: int(rand, 3, 5) }
}

/** The seed of the stream that words `section`: whose text this is, and which year's. */
function wordingSeed(seed: number, county: number, kind: number, year: number, section: ProseSection): number {
  const h = habitOf(seed, county, kind)
  const s = SECTIONS.indexOf(section)
  if (h.sections.has(section) && (h.habit === 'copies_last_year' || h.habit === 'copies_verbatim'))
    year = FIRST_YEAR + h.period * Math.floor((year - FIRST_YEAR) / h.period)
  else if (h.sections.has(section) && h.habit === 'copies_peer' && county > 0)
    return wordingSeed(seed, county - 1, kind, year, section)
  // The stream's first draw, as a 32-bit seed.
  return Math.floor(fork(seed, 6, county, year, kind, s)() * 4294967296)
}

function fill(template: string, a: Agency, year: number, figures: Random): string {
  return template.replace(/\{([acyn])\}/g, (_, k: string) =>
    k === 'a' ? a.name : k === 'c' ? a.county.name : k === 'y' ? String(year) : String(int(figures, 2, 60)))
}

/** The stream that words section 一's figure sentences, shared by its copies. */
export function phrasingOf(seed: number, a: Agency, year: number): Random {
  return mulberry32(wordingSeed(seed, a.county.index, a.kind, year, '一') ^ 0x5BD1E995)
}

/** The lines of one section (after its heading). */
export function proseLines(seed: number, a: Agency, year: number, section: ProseSection): string[] {
  const h = habitOf(seed, a.county.index, a.kind)
  const wording = mulberry32(wordingSeed(seed, a.county.index, a.kind, year, section))
  const verbatim = h.habit === 'copies_verbatim' && h.sections.has(section)
  const figureYear = verbatim ? FIRST_YEAR + h.period * Math.floor((year - FIRST_YEAR) / h.period) : year
  const figures = fork(seed, 7, a.county.index, figureYear, a.kind, SECTIONS.indexOf(section))
  const say = (list: readonly string[], n: number) => shuffle(wording, [...list]).slice(0, n).map(t => fill(t, a, year, figures))
  const numbering = pick(wording, NUMBERINGS)
  // A writer's habits: the few stock phrases it keeps coming back to.
  const style = { adverbials: say(ADVERBIALS, 3), actions: say(ACTIONS, 3), effects: say(EFFECTS, 4), purposes: say(PURPOSES, 3) }
  const generic = (tails: readonly string[]) => fill(`${pick(wording, style.adverbials)}${pick(wording, style.actions)}${pick(wording, VERBS)}${pick(wording, OBJECTS)}${pick(wording, tails)}`, a, year, figures)
  const numbered = (items: string[]) => items.map((t, i) => `${numbering[i]}${t}。`).join('')
  if (section === '一') {
    const opening = fill(`{y}年，{a}${pick(wording, GUIDANCE)}，${say(AIMS, 2).join('，')}。`, a, year, figures)
    // Each report keeps some of the five sub-headings, with one to three clauses under each.
    const parts = OVERVIEW.filter((_, i) => i === 0 || chance(wording, 0.75))
      .map(part => `${pick(wording, part.heading)}${[...say(part.pool, int(wording, 1, 2)).map(c => c + pick(wording, style.effects)), ...Array.from({ length: int(wording, 2, 3) }, () => generic(style.effects))].join('；')}。`)
    return [opening, ...parts]
  }
  if (section === '五') {
    const subjects = say(SUBJECTS, 8)
    const problems = Array.from({ length: int(wording, 3, 4) }, (_, i) => `${subjects[2 * i]}${pick(wording, SHORTCOMINGS)}，${subjects[2 * i + 1]}${pick(wording, SHORTCOMINGS)}${pick(wording, COMMENTS)}`)
    const measures = say(OBJECTS, int(wording, 4, 5)).map(o => `${pick(wording, VERBS)}${o}${fill(pick(wording, style.purposes), a, year, figures)}，${generic(style.purposes).replace(/^[^，]*，/, '')}`)
    return [`${pick(wording, PROBLEM_HEADINGS)}${numbered(problems)}`, `${pick(wording, MEASURE_HEADINGS)}${numbered(measures)}`]
  }
  // Most reports have little to add here (below the length 内容雷同 compares); some write a paragraph.
  if (chance(wording, 0.6))
    return [`${fill(pick(wording, OTHER), a, year, figures)}。`]
  return [`${[...say(OTHER, int(wording, 2, 4)), generic(style.purposes), generic(style.effects), generic(style.effects)].map(c => fill(c, a, year, figures)).join('；')}。`]
}

/** Write a section's prose into the draft. */
export function writeProse(d: ReportDraft, seed: number, a: Agency, year: number, section: ProseSection): void {
  for (const line of proseLines(seed, a, year, section))
    d.line(line)
}
