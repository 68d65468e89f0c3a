import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)

/** `npm run gen:synthetic -- ARGS`, without npm's own output. */
async function gen(args: string[]): Promise<{ code: number, stderr: string }> {
  try {
    const { stderr } = await run('npx', ['tsx', 'scripts/gen-synthetic.ts', ...args])
    return { code: 0, stderr }
  }
  catch (e) {
    const err = e as { code: number, stderr: string }
    return { code: err.code, stderr: err.stderr }
  }
}

let out: string

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'synthetic-cli-'))
})
afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('npm run gen:synthetic', () => {
  it('writes a dataset labelled synthetic, the same bytes on a second run', async () => {
    expect((await gen(['--reports', '40', '--seed', '3', '--out', out])).code).toBe(0)
    const folder = join(out, 'synthetic-40r')
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({ dataset: 'synthetic-40r', synthetic: true, reportCount: 40 })
    expect(manifest.description).toContain('合成数据')
    expect(await readdir(join(folder, 'evidence'))).toHaveLength(40)
    const first = await readFile(join(folder, 'observations.json'), 'utf8')
    expect((await gen(['--reports', '40', '--seed', '3', '--out', out])).code).toBe(0)
    expect(await readFile(join(folder, 'observations.json'), 'utf8')).toBe(first)
  })

  it('sizes a dataset by observations and names it after them; --no-evidence leaves evidence out', async () => {
    expect((await gen(['--observations', '2k', '--no-evidence', '--out', out])).code).toBe(0)
    const manifest = JSON.parse(await readFile(join(out, 'synthetic-2k', 'manifest.json'), 'utf8'))
    expect(manifest.observationCount).toBeGreaterThan(1600)
    expect(manifest.observationCount).toBeLessThan(2400)
    expect(manifest.files.evidence).toBeNull()
  })

  it('refuses a name that does not say synthetic, and never overwrites real data', async () => {
    const named = await gen(['--reports', '5', '--name', 'bundled', '--out', out])
    expect(named.code).toBe(2)
    expect(named.stderr).toContain('synthetic-')
    const real = join(out, 'synthetic-real')
    await mkdir(real, { recursive: true })
    await writeFile(join(real, 'manifest.json'), JSON.stringify({ synthetic: false }))
    const overwrite = await gen(['--reports', '5', '--name', 'synthetic-real', '--out', out])
    expect(overwrite.code).toBe(2)
    expect(overwrite.stderr).toContain('not synthetic')
    expect(JSON.parse(await readFile(join(real, 'manifest.json'), 'utf8'))).toEqual({ synthetic: false })
  })
})
