import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FIXTURE = fileURLToPath(new URL('../fixtures/layering', import.meta.url))
const CLI = `${ROOT}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`

/** The dependency check of `npm run lint`, run on `folder` (its src/ tree). */
function depcruise(cwd: string, ...targets: string[]) {
  const run = spawnSync(process.execPath, [CLI, '--config', `${ROOT}.dependency-cruiser.cjs`, '--output-type', 'err', ...targets], { cwd, encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

describe('npm run lint: the layering check', () => {
  it('fails on a folder cycle and on each forbidden import', () => {
    const { status, output } = depcruise(FIXTURE, 'src')
    expect(status).not.toBe(0)
    expect(output).toMatch(/no-folder-cycles: src\/(data|export) →/)
    expect(output).toContain('charts-above-data: src/data/rows.ts → src/export/csv.ts')
    expect(output).toContain('stores-only-in-views: src/components/summary.ts → src/stores/filters.ts')
    expect(output).toMatch(/pure-no-ui: src\/charts\/bar\.ts → .*node_modules\/vue\//)
    expect(output).toContain('parser-runtime-free: src/parser/index.ts → src/readers/pdf.ts')
  })

  it('passes on files that keep the rules', () => {
    const { status, output } = depcruise(FIXTURE, 'src/stores', 'src/readers')
    expect(output).toContain('no dependency violations')
    expect(status).toBe(0)
  })
})
