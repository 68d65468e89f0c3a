// One flat config: typescript-eslint + eslint-plugin-vue + @stylistic (2
// spaces, single quotes, no semicolons). @antfu/eslint-config was the first
// choice, but its current plugins need Node 22 (Object.groupBy, iterator
// helpers) and this project runs on Node 20.
import stylistic from '@stylistic/eslint-plugin'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['data/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  stylistic.configs.customize({ indent: 2, quotes: 'single', semi: false, braceStyle: 'stroustrup' }),
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/no-v-html': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Zod only through src/schema/zod.ts, which sets `jitless` before any
    // schema is built (a CSP without unsafe-eval: docs/security.md).
    ignores: ['src/schema/zod.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', allowTypeImports: true, message: 'Import z from src/schema/zod.ts (jitless, for the CSP).' }],
        patterns: [{ regex: '^zod/', allowTypeImports: true, message: 'Import z from src/schema/zod.ts (jitless, for the CSP).' }],
      }],
    },
  },
  {
    // The pure layers run in Node and in workers too: no page globals (the
    // import rules of the same layering are in .dependency-cruiser.cjs).
    files: ['src/{charts,data,audit,parser,catalog,schema}/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'self', 'Worker', 'requestAnimationFrame', 'getComputedStyle'].map(name => ({
        name,
        message: 'src/charts, data, audit, parser, catalog and schema are pure: take what you need as an argument (docs/architecture.md).',
      }))],
    },
  },
)
