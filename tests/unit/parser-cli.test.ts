/** The preparse CLI of spec §6, run as a user runs it. */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CliReportSchema } from '../../src/schema/report'

const ROOT = join(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const CLI = join(ROOT, 'scripts/parse.ts')

function run(args: string[]) {
  return spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' })
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]).sort()
}

describe('npm run parse', () => {
  it('reproduces the committed data/bundled files byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'bundled-'))
    execFileSync(TSX, [CLI, '--out', out], { cwd: ROOT, stdio: 'pipe' })
    const committed = join(ROOT, 'data/bundled')
    expect(listFiles(out)).toEqual(listFiles(committed))
    for (const f of listFiles(committed))
      expect(readFileSync(join(out, f)).equals(readFileSync(join(committed, f))), f).toBe(true)
  })
})

describe('npm run --silent parse -- --json FILE…', () => {
  it('prints one object per file, in input order, with the contract\'s keys', () => {
    const files = ['data/raw/002_ac06a6fd32620959.txt', 'data/raw/000_fdc207908cae9d93.txt']
    const result = run(['--json', ...files])
    expect(result.status).toBe(0)
    const reports = JSON.parse(result.stdout) as unknown[]
    expect(reports).toHaveLength(2)
    const [a, b] = reports.map(r => CliReportSchema.strict().parse(r))
    expect([a!.file, a!.region, b!.region]).toEqual(['002_ac06a6fd32620959.txt', '沙坡头区', '盐池县'])
    expect(Object.keys(a!)).toEqual(['file', 'id', 'title', 'region', 'prefecture', 'province', 'agency', 'agencyKind', 'year', 'format', 'published', 'sourceFormat', 'observations', 'checks'])
    expect(Object.keys(a!.observations[0]!)).toEqual(['indicator', 'value', 'unit', 'approx', 'source', 'evidence'])
  })

  it('reads GB18030/GBK text and UTF-8 with a BOM the same as UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'enc-'))
    const utf8 = readFileSync(join(ROOT, 'data/raw/004_fda8f17958308b3d.txt'))
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), utf8]))
    const result = run(['--json', 'data/raw/004_fda8f17958308b3d.txt', 'tests/fixtures/gb18030-report.txt', join(dir, 'bom.txt')])
    const [plain, gbk, bom] = JSON.parse(result.stdout) as { region: string, observations: unknown[], checks: unknown[] }[]
    expect(gbk!.region).toBe('盐池县')
    expect(gbk!.observations).toEqual(plain!.observations)
    expect(bom!.observations).toEqual(plain!.observations)
  })

  it('reads saved web pages (UTF-8 and GBK) and .docx: sourceFormat, published, the tables\' numbers, evidence as extracted', () => {
    const result = run(['--json', 'tests/fixtures/html/longde-2022.html', 'tests/fixtures/html/xiji-2023-gbk.html', 'tests/fixtures/docx/pengyang-2023.docx'])
    expect(result.status).toBe(0)
    const reports = (JSON.parse(result.stdout) as unknown[]).map(x => CliReportSchema.strict().parse(x))
    expect(reports.map(r => [r.file, r.sourceFormat, r.region, r.year, r.published])).toEqual([
      ['longde-2022.html', 'html', '隆德县', 2022, '2023-01-19'],
      ['xiji-2023-gbk.html', 'html', '西吉县', 2023, '2024-01-25'],
      ['pengyang-2023.docx', 'docx', '彭阳县', 2023, '2024-01-26'],
    ])
    const licensing = reports.map(r => r.observations.find(o => o.indicator === 'licensing.decisions'))
    expect(licensing.map(o => [o?.value, o?.evidence])).toEqual([[3186, '行政许可 | 3186'], [4215, '行政许可 | 4215'], [1532, '行政许可 | 1532']])
  })

  it('a missing, empty or binary file still gets an object with nulls and an error check; exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-'))
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
    const result = run(['--json', join(dir, 'nope.txt'), join(dir, 'empty.txt'), join(dir, 'image.txt')])
    expect(result.status).toBe(0)
    const reports = JSON.parse(result.stdout) as { file: string, region: null, year: null, checks: { severity: string, message: string }[] }[]
    expect(reports.map(r => r.file)).toEqual(['nope.txt', 'empty.txt', 'image.txt'])
    for (const r of reports) {
      expect(r.region).toBeNull()
      expect(r.year).toBeNull()
      expect(r.checks[0]!.severity).toBe('error')
    }
    expect(reports[0]!.checks[0]!.message).toMatch(/does not exist/)
    expect(reports[2]!.checks[0]!.message).toMatch(/binary/)
  })

  it('a wrong argument exits with status 2 and the usage', () => {
    const result = run(['--frobnicate'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/usage/)
    expect(run(['--json']).status).toBe(2)
  })
})

describe('the CLI on an oversized file (issue 14 item 9)', () => {
  it('refuses a file over the import cap at once, with an error check and the contract\'s exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'big-'))
    const big = join(dir, 'big.txt')
    // 21 MB of a repeated report line: under the old CLI this was read and parsed.
    writeFileSync(big, '一、总体情况\n'.repeat(21 * 1024 * 1024 / 19 + 1))
    const started = Date.now()
    const result = run(['--json', big, 'data/raw/000_fdc207908cae9d93.txt'])
    expect(result.status).toBe(0)
    const [refused, normal] = (JSON.parse(result.stdout) as unknown[]).map(r => CliReportSchema.strict().parse(r))
    expect(refused!.checks).toEqual([expect.objectContaining({ id: 'input.too_large', severity: 'error' })])
    expect(refused!.checks[0]!.message).toMatch(/over the 20 MB limit/)
    expect(refused!.observations).toEqual([])
    expect(normal!.region).toBe('盐池县')
    expect(Date.now() - started).toBeLessThan(20_000)
  })
})
