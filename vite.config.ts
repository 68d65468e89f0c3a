/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { viteStaticCopy } from 'vite-plugin-static-copy'
import { chunkGroupName } from './scripts/chunk-groups'
import { inlineEntryCss } from './scripts/vite-plugin-inline-css'
import { ningxiaMapPlugin } from './scripts/vite-plugin-ningxia-map'
import { SECURITY_HEADERS } from './scripts/security-headers'

// The preparsed datasets in data/<name>/ are served at /data/<name>/ in dev
// and copied into dist/data/ by the build; pages only read these snapshots.
export default defineConfig({
  base: './',
  plugins: [
    vue(),
    ningxiaMapPlugin(),
    inlineEntryCss(),
    viteStaticCopy({
      targets: [
        { src: 'data/bundled', dest: 'data' },
        { src: 'data/synthetic-*', dest: 'data' },
        // pdf.js's CJK character maps and standard fonts, read by the PDF reader (src/readers/pdf/load-browser.ts).
        { src: 'node_modules/pdfjs-dist/cmaps', dest: 'pdfjs' },
        { src: 'node_modules/pdfjs-dist/standard_fonts', dest: 'pdfjs' },
      ],
      silent: true,
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The entry and all it imports in one chunk; the data's decoder (with Zod) in another.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: chunkGroupName([{ name: 'app', root: 'src/main.ts' }, { name: 'decode', root: 'src/data/decode-snapshot.ts' }]) }],
        },
      },
    },
    chunkSizeWarningLimit: 1200,
    // One stylesheet for every view, inlined into index.html (scripts/vite-plugin-inline-css.ts):
    // per-view stylesheets were inserted by Vite's preload helper when the
    // route's code was imported, before the first paint in about half of
    // Lighthouse's loads, and held that paint (render-blocking) until the
    // view mounted (issue 13: #/compare FCP 3.3 s simulated instead of 1.4).
    // All of it is ~36 KB, ~9 KB gzip.
    cssCodeSplit: false,
  },
  // What a deployment should send (docs/security.md): the e2e tests run under it.
  preview: { headers: SECURITY_HEADERS },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})
