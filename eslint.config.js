import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  formatters: false,
  ignores: ['data/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'docs/**', '**/*.md', 'bench-results/**'],
}, {
  rules: {
    'no-console': 'off',
    'node/prefer-global/process': 'off',
    'node/prefer-global/buffer': 'off',
  },
})
