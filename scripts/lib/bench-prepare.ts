import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Before the browser benchmark: the synthetic datasets exist (generated
 * once, deterministically) and dist/ is a fresh production build that
 * holds them (vite.config.ts copies data/synthetic-* into dist/data/).
 */

export interface DatasetInfo {
  name: string
  reports: number
  observations: number
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit status ${result.status})`)
}

function manifestOf(folder: string): DatasetInfo | null {
  const file = join(folder, 'manifest.json')
  if (!existsSync(file))
    return null
  const m = JSON.parse(readFileSync(file, 'utf8')) as { dataset: string, reportCount: number, observationCount: number, synthetic: boolean }
  return m.synthetic ? { name: m.dataset, reports: m.reportCount, observations: m.observationCount } : null
}

/** data/synthetic-<size>/ for each size ("10k", "1m"), generating the missing ones. */
export function ensureDatasets(sizes: readonly string[]): DatasetInfo[] {
  return sizes.map((size) => {
    const folder = join('data', `synthetic-${size}`)
    if (!manifestOf(folder)) {
      console.error(`generating ${folder} …`)
      run('npx', ['tsx', 'scripts/gen-synthetic.ts', '--observations', size])
    }
    return manifestOf(folder)!
  })
}

/** `vite build`, then check every dataset made it into dist/. */
export function buildApp(datasets: readonly DatasetInfo[]): void {
  console.error('building dist/ …')
  run('npx', ['vite', 'build', '--logLevel', 'error'])
  for (const d of datasets) {
    if (!manifestOf(join('dist', 'data', d.name)))
      throw new Error(`dist/data/${d.name}/manifest.json is missing after the build: vite.config.ts should copy data/synthetic-*`)
  }
}
