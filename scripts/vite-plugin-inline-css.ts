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
 * The entry's chunk is also imported by lazy chunks (scripts/chunk-groups.ts),
 * and Vite's preload helper loads a chunk's stylesheet unless a
 * `<link rel=stylesheet>` with that address is in the page. So the file
 * stays, and a disabled link names it: browsers do not fetch a disabled
 * stylesheet, and the helper takes it as loaded.
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'inline-entry-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle)
          return html
        return html.replace(STYLESHEET_LINK, (tag, fileName: string) => {
          const asset = ctx.bundle![fileName]
          if (!asset || asset.type !== 'asset')
            return tag
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
          return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style><link rel="stylesheet" href="./${fileName}" disabled>`
        })
      },
    },
  }
}
