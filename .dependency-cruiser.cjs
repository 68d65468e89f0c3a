// The layering of docs/architecture.md, enforced: `npm run lint` runs this
// after ESLint and fails on any violation. tests/unit/lint-layering.test.ts
// shows it failing on a deliberate violation (tests/fixtures/layering/).
// Type-only imports count: a type import ties two folders as much as a value.

/** Packages that need a Vue app, a router, a store or the DOM to mean anything. */
const UI_PACKAGES = '(^|/)node_modules/(vue|vue-i18n|vue-router|pinia|@vueuse/[^/]+|naive-ui|vue-echarts|idb-keyval)/'
/** The UI layers and the app shell: what pure code never reaches for. */
const UI_FOLDERS = '^src/(components|composables|stores|views|router|i18n|workers)/|^src/[^/]+\\.(ts|vue)$'
/** The two files of src/export that touch the DOM (a canvas, a download link). */
const DOM_HELPERS = '^src/export/(download|chart-image)\\.ts$'

module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment: 'Two folders that import each other are one folder in two places: move the shared piece down (docs/architecture.md).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(src|scripts)/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      comment: 'Files that import each other: put what both need in a file of its own.',
      severity: 'error',
      from: { path: '^(src|scripts)/' },
      to: { circular: true },
    },
    {
      name: 'stores-only-in-views',
      comment: 'Views are the only layer that reads stores; components and composables take props and arguments.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(views|stores)/|^src/[^/]+\\.(ts|vue)$' },
      to: { path: '^src/stores/' },
    },
    {
      name: 'views-and-router-on-top',
      comment: 'Nothing below the views imports a view or the router: route names and query parameters live in src/data/query.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(views|router)/|^src/[^/]+\\.(ts|vue)$' },
      to: { path: '^src/(views|router)/' },
    },
    {
      name: 'pure-no-ui',
      comment: 'src/charts, src/data, src/audit, src/parser, src/catalog and src/schema are plain TypeScript, testable in Node; src/readers runs in the import worker and the CLI. None of them imports Vue, vue-i18n, the router, a store, a component or a DOM helper.',
      severity: 'error',
      from: { path: '^src/(charts|data|audit|parser|catalog|schema|readers)/' },
      to: { path: [UI_PACKAGES, UI_FOLDERS, DOM_HELPERS] },
    },
    {
      name: 'parser-runtime-free',
      comment: 'The parser runs in the browser and in Node alike: it imports only itself, the catalog and the schemas (no readers, no packages, no node:*).',
      severity: 'error',
      from: { path: '^src/parser/' },
      to: { pathNot: '^src/(parser|catalog|schema)/' },
    },
    {
      name: 'schema-and-catalog-at-the-bottom',
      comment: 'Schemas and the catalogs are the shared vocabulary: they import only each other (and zod).',
      severity: 'error',
      from: { path: '^src/(schema|catalog)/' },
      to: { pathNot: '^src/(schema|catalog)/|(^|/)node_modules/zod/' },
    },
    {
      name: 'charts-above-data',
      comment: 'Chart builders read the data layer\'s types and helpers, never the reverse.',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/(charts|export)/' },
    },
    {
      name: 'src-without-node',
      comment: 'src/ runs in the browser: Node built-ins are for scripts/ (the readers get them through scripts/lib/reader-env.ts).',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'scripts-not-through-the-browser',
      comment: 'Node entry points use the pure layers (parser, readers, data, export): not the browser import, stores or UI. The chart gallery is a page and may show components.',
      severity: 'error',
      from: { path: '^scripts/', pathNot: '^scripts/charts-gallery/' },
      to: { path: ['^src/(import|stores|components|composables|views|router|workers)/', UI_PACKAGES] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|data)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.vue', '.js', '.mjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
}
