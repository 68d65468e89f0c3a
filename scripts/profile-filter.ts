/**
 * Where a filter change's main-thread time goes: CPU-profiles N filter
 * changes of one view (CDP Profiler) on a synthetic dataset already built
 * into dist/, and prints self and inclusive time per change, by chunk and
 * by function. A diagnostic for the frame budget (docs/scale.md), not a
 * benchmark: it asserts nothing. Build with `npx vite build --minify false`
 * first for readable function names.
 *
 *   npx tsx scripts/profile-filter.ts [view] [dataset] [changes]
 *   npx tsx scripts/profile-filter.ts trends synthetic-10k 20
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { benchContext, FILTER_STATES, launchChromium, viewHash } from './lib/bench-browser-setup'
import { chartsReady, installBench, timeFilterChange } from './lib/bench-page'
import { serveStatic } from './lib/bench-server'

const [view = 'compare', dataset = 'synthetic-10k', count = '20'] = process.argv.slice(2)
const changes = Number(count)
if (!Number.isInteger(changes) || changes < 1)
  throw new Error(`changes must be a whole number ≥ 1, not ${count}`)

interface ProfileNode { id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }
interface Profile { nodes: ProfileNode[], samples: number[], timeDeltas: number[] }

/** The npm package or build chunk a script URL belongs to. */
function chunk(url: string): string {
  const m = /node_modules\/(?:\.vite\/deps\/)?(@[^/]+\/[^/]+|[^/]+)/.exec(url) ?? /assets\/([a-z-]+)/i.exec(url)
  return m ? m[1]! : url ? 'app' : '(native)'
}

const server = await serveStatic('dist', { gzip: true })
const browser = await launchChromium()
const context = await benchContext(browser)
const page = await context.newPage()
await installBench(page)
const hash = (filters: string) => viewHash(view, dataset, filters)
await page.goto(`${server.url}${hash('')}`)
await chartsReady(page, 60_000)
const state = (i: number) => FILTER_STATES[i % FILTER_STATES.length]!
for (let i = 0; i < 3; i++)
  await timeFilterChange(page, hash(state(i)), 60_000)
const cdp = await context.newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
await cdp.send('Profiler.start')
const times: number[] = []
for (let i = 3; i < changes + 3; i++)
  times.push(await timeFilterChange(page, hash(state(i)), 60_000))
const { profile } = await cdp.send('Profiler.stop') as { profile: Profile }
await browser.close()
await server.close()
mkdirSync('bench-results', { recursive: true })
writeFileSync('bench-results/filter-change.cpuprofile', JSON.stringify(profile))

const byId = new Map(profile.nodes.map(n => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) {
  for (const c of n.children ?? []) parent.set(c, n.id)
}
const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${chunk(n.callFrame.url)}:${n.callFrame.lineNumber}`
const selfByChunk = new Map<string, number>()
const selfByFunction = new Map<string, number>()
const inclusive = new Map<string, number>()
const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms)
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
  const leaf = byId.get(id)!
  if (leaf.callFrame.functionName === '(idle)')
    return
  add(selfByChunk, leaf.callFrame.url ? chunk(leaf.callFrame.url) : leaf.callFrame.functionName || '(native)', ms)
  add(selfByFunction, name(leaf), ms)
  const seen = new Set<string>()
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const key = name(byId.get(cur)!)
    if (!seen.has(key)) {
      seen.add(key)
      add(inclusive, key, ms)
    }
  }
})

const sorted = [...times].sort((a, b) => a - b)
console.log(`${view} on ${dataset}: ${changes} filter changes, median ${sorted[sorted.length >> 1]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (profile in bench-results/filter-change.cpuprofile)`)
const show = (title: string, m: Map<string, number>, k: number) => {
  console.log(`\n${title} (ms per change):`)
  for (const [key, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, k))
    console.log(`  ${(ms / changes).toFixed(2).padStart(7)}  ${key}`)
}
show('self time by chunk', selfByChunk, 15)
show('self time by function', selfByFunction, 30)
show('inclusive time by function', inclusive, 50)
