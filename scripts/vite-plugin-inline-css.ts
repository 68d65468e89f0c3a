import type { Plugin } from 'vite'

/** `<link rel="stylesheet" href="./assets/index-….css">` as Vite writes it into index.html. */
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\.?\/?(assets\/[^"]+\.css)"[^>]*>/g

/**
 * Put the stylesheet into index.html as a <style> element. The build makes
 * one for every view (vite.config.ts, `cssCodeSplit: false`: ~36 KB, ~9 KB
 * gzip), and it was the one render-blocking request before the first paint.
 * The CSP allows inline styles (ECharts and Naive UI need them); no script
 * is inlined.
 *
 * The file is then dropped from the build. No chunk names it (with one
 * stylesheet, Vite's preload helper has none to load for a lazy chunk); the
 * build fails if one ever does, since that chunk would ask for a file that
 * is not there.
 */
export function inlineEntryCss(): Plugin {
  const inlined = new Set<string>()
  return {
    name: 'inline-entry-css',
    apply: 'build',
    enforce: 'post',
    // The chunks' final code (with the preload helper's file lists) is known only now.
    writeBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        const named = chunk.type === 'chunk' ? [...inlined].find(file => chunk.code.includes(file.slice('assets/'.length))) : undefined
        if (named)
          throw new Error(`inline-entry-css: ${chunk.fileName} loads ${named}, which is inlined and not written; build with cssCodeSplit: false`)
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle)
          return html
        return html.replace(STYLESHEET_LINK, (tag, fileName: string) => {
          const asset = ctx.bundle![fileName]
          if (!asset || asset.type !== 'asset')
            return tag
          inlined.add(fileName)
          delete ctx.bundle![fileName]
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
          return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`
        })
      },
    },
  }
}
