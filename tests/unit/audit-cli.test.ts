/** The audit CLI of spec §6, run as a user runs it, on tests/fixtures/audit/ (see its README). */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser'
import { CliAuditResultSchema } from '../../src/schema/audit'

const ROOT = join(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const CLI = join(ROOT, 'scripts/audit.ts')
const FIXTURES = 'tests/fixtures/audit'
/** 灵武市审批服务管理局 2021, the seed the 2023 fixture was derived from. */
const LINGWU_2021 = 'data/raw/003_d62ba19a85b3df2e.txt'

function run(args: string[]) {
  return spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' })
}

function files(dir: string): string[] {
  return readdirSync(join(ROOT, FIXTURES, dir)).sort().map(f => `${FIXTURES}/${dir}/${f}`)
}

function audit(args: string[]) {
  const result = run(['--json', ...args])
  expect(result.status, result.stderr).toBe(0)
  return (JSON.parse(result.stdout) as unknown[]).map(r => CliAuditResultSchema.strict().parse(r))
}

/** Report ids by fixture file name, as the parse CLI gives them. */
function idOf(file: string): string {
  return parseReport(readFileSync(join(ROOT, file), 'utf8')).id
}

/**
 * Whether the parser reads a signature date into `published` yet (the
 * metadata reader's work, not the audit's). Until it does, the lateness
 * fixtures have nothing to judge and their test is skipped, saying so.
 */
const PUBLISHED_IS_READ = parseReport(readFileSync(join(ROOT, FIXTURES, 'breaks/yanchi-approval-2023.txt'), 'utf8')).published !== null

describe('npm run --silent audit -- --json FILE…', () => {
  const breaks = [...files('breaks'), LINGWU_2021]
  const results = audit(breaks)
  const ids = (rule: string) => results.filter(r => r.id === rule).map(r => r.reports)
  const y = (year: number) => idOf(`${FIXTURES}/breaks/yanchi-approval-${year}.txt`)

  it('prints each continuity break with last year\'s report first', () => {
    expect(ids('continuity.applications')).toEqual([[y(2022), y(2023)]])
    expect(ids('continuity.regulations')).toEqual([[y(2022), y(2023)]])
    expect(ids('continuity.normative_docs')).toEqual([[y(2022), y(2023)]])
    const carry = results.find(r => r.id === 'continuity.applications')!
    expect(carry).toMatchObject({ severity: 'error', indicator: 'applications.carried_in', values: [2, 0] })
  })

  it('prints a jump against the agency\'s own history, saying the rule and the figures', () => {
    const [jump, ...more] = results.filter(r => r.id === 'trend.jump')
    expect(more).toEqual([])
    expect(jump).toMatchObject({ reports: [y(2024), y(2025)], indicator: 'licensing.decisions', values: [5300, 53000] })
    expect(jump!.message).toContain('beyond median ± 4 × 1.4826 × MAD')
  })

  it('prints a section copied from last year (with its figures updated: said so) and one copied from another agency', () => {
    const copies = results.filter(r => r.id === 'similarity.previous_year')
    expect(copies.map(r => r.reports)).toEqual([[y(2023), y(2024)], [y(2023), y(2024)]])
    expect(copies.map(r => r.message)).toEqual([
      expect.stringMatching(/^盐池县审批服务管理局: 100% of section 五 of the 2024 report/),
      expect.stringMatching(/% of section 六 of the 2024 report .* the sentences stayed while \d+ of its \d+ numbers and dates changed/),
    ])
    expect(ids('similarity.peer')).toEqual([[idOf(`${FIXTURES}/breaks/lingwu-approval-2023.txt`), y(2023)]])
  })

  it('prints the missing year of an agency that reported before and after it', () => {
    expect(ids('coverage.gap')).toEqual([[idOf(LINGWU_2021), idOf(`${FIXTURES}/breaks/lingwu-approval-2023.txt`)]])
  })

  it.skipIf(!PUBLISHED_IS_READ)('prints a report signed after the deadline (needs `published` from the metadata reader)', () => {
    expect(results.filter(r => r.id === 'timeliness.late')).toMatchObject([{ reports: [y(2023)], values: [34] }])
  })

  it('has the contract\'s keys and nothing else', () => {
    for (const r of results)
      expect(Object.keys(r).filter(k => !['indicator', 'values'].includes(k))).toEqual(['id', 'severity', 'message', 'reports'])
  })

  it('prints nothing for reports that break no rule', () => {
    expect(audit([...files('clean'), ...readdirSync(join(ROOT, 'data/raw')).map(f => `data/raw/${f}`)])).toEqual([])
  })

  it('exits 2 on a wrong command line, 0 on a file that cannot be read', () => {
    expect(run(['--json']).status).toBe(2)
    expect(run(['--bogus', 'x.txt']).status).toBe(2)
    const missing = run(['--json', 'no/such/file.txt'])
    expect([missing.status, missing.stdout.trim()]).toEqual([0, '[]'])
  })
})
