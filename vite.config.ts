/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { viteStaticCopy } from 'vite-plugin-static-copy'
import { inlineEntryCss } from './scripts/vite-plugin-inline-css'
import { ningxiaMapPlugin } from './scripts/vite-plugin-ningxia-map'

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
      ],
      silent: true,
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})
