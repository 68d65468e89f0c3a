/**
 * `npm run bench`: prints figures; asserts nothing (benchmarks are not tests).
 *
 *   npm run bench                       parser and PDF throughput, the audit, then the browser benchmark
 *   npm run bench -- --parser-only      parser and PDF throughput only (PDF: the corpus, skipped without it)
 *   npm run bench -- --audit-only       the audit over 3,000 synthetic reports only (--audit-reports N)
 *   npm run bench -- --browser-only     browser benchmark only
 *   npm run bench -- --pdf-browser      also the PDF reader in Chromium, in a module worker (scripts/bench-pdf-browser.ts)
 *   npm run bench -- --import-browser   also a province's year imported on the import page (scripts/bench-import-browser.ts;
 *                                       --import-reports 300 --import-pages 1500, --import-accept to time "import all")
 *
 * Browser options: --sizes 10k,100k,1m (synthetic datasets, generated when
 * missing), --changes 20 (filter changes per view), --no-build (measure the
 * existing dist/). See docs/scale.md.
 */
import { benchBrowser, printBrowserBench } from './bench-browser'
import { benchAudit, printAuditBench } from './bench-audit'
import { benchParser, printParserBench } from './bench-parser'
import { benchPdf, printPdfBench } from './bench-pdf'
import { benchPdfBrowser } from './bench-pdf-browser'
import { benchImportBrowser, printImportBench } from './bench-import-browser'

interface Args { parser: boolean, audit: boolean, browser: boolean, pdfBrowser: boolean, importBrowser: boolean, importReports: number, importPages: number, importAccept: boolean, sizes: string[], changes: number, build: boolean, auditReports: number }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { parser: true, audit: true, browser: true, pdfBrowser: false, importBrowser: false, importReports: 300, importPages: 1500, importAccept: false, sizes: ['10k', '100k', '1m'], changes: 20, build: true, auditReports: 3000 }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--parser-only')
      Object.assign(args, { audit: false, browser: false })
    else if (a === '--audit-only')
      Object.assign(args, { parser: false, browser: false })
    else if (a === '--browser-only')
      Object.assign(args, { parser: false, audit: false })
    else if (a === '--audit-reports')
      args.auditReports = Math.max(100, Number(argv[++i]) || 3000)
    else if (a === '--pdf-browser')
      args.pdfBrowser = true
    else if (a === '--import-browser')
      args.importBrowser = true
    else if (a === '--import-reports')
      args.importReports = Math.max(1, Number(argv[++i]) || 300)
    else if (a === '--import-pages')
      args.importPages = Math.max(1, Number(argv[++i]) || 1500)
    else if (a === '--import-accept')
      args.importAccept = true
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
  if (args.parser) {
    printParserBench(benchParser())
    printPdfBench(await benchPdf())
  }
  if (args.audit)
    printAuditBench(benchAudit(args.auditReports))
  if (args.pdfBrowser)
    await benchPdfBrowser()
  if (args.importBrowser)
    printImportBench(await benchImportBrowser({ reports: args.importReports, pages: args.importPages, build: args.build, accept: args.importAccept, profile: false }))
  if (args.browser)
    printBrowserBench(await benchBrowser(args), args.changes)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
