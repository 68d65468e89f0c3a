/**
 * `npm run bench`: prints figures; asserts nothing (benchmarks are not tests).
 *
 *   npm run bench                       parser throughput, then the browser benchmark
 *   npm run bench -- --parser-only      parser throughput only
 *   npm run bench -- --browser-only     browser benchmark only
 *
 * Browser options: --sizes 10k,100k,1m (synthetic datasets, generated when
 * missing), --changes 20 (filter changes per view), --no-build (measure the
 * existing dist/). See docs/scale.md.
 */
import { benchBrowser, printBrowserBench } from './bench-browser'
import { benchParser, printParserBench } from './bench-parser'

interface Args { parser: boolean, browser: boolean, sizes: string[], changes: number, build: boolean }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { parser: true, browser: true, sizes: ['10k', '100k', '1m'], changes: 20, build: true }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--parser-only')
      args.browser = false
    else if (a === '--browser-only')
      args.parser = false
    else if (a === '--no-build')
      args.build = false
    else if (a === '--sizes')
      args.sizes = (argv[++i] ?? '').split(',').filter(Boolean)
    else if (a === '--changes')
      args.changes = Math.max(1, Number(argv[++i]) || 20)
    else
      throw new Error(`bench: unknown argument ${a}`)
  }
  return args
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  if (args.parser)
    printParserBench(benchParser())
  if (args.browser)
    printBrowserBench(await benchBrowser(args), args.changes)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
