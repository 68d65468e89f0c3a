import type { AddressInfo } from 'node:net'
import { createReadStream } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * A static file server for dist/ that compresses like a production web
 * server (gzip level 6, what nginx and most CDNs use for text), because
 * `vite preview` sends everything uncompressed and the benchmark reports
 * bytes as a browser would receive them. Every text file is compressed
 * once at start-up (like nginx's gzip_static serving precompressed files),
 * so compression time never counts as load time.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}
/** Text types worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt'])

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/** Gzip every compressible file under `root`. */
async function precompress(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  for (const e of entries) {
    if (e.isFile() && COMPRESSIBLE.has(extname(e.name))) {
      const file = normalize(join(e.parentPath, e.name))
      out.set(file, gzipSync(await readFile(file), { level: 6 }))
    }
  }
  return out
}

export async function serveStatic(root: string, options: { gzip: boolean }): Promise<StaticServer> {
  const cache = options.gzip ? await precompress(root) : new Map<string, Buffer>()
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path))
      if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
        res.writeHead(403).end()
        return
      }
      const info = await stat(file).catch(() => null)
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        return
      }
      const ext = extname(file)
      const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' }
      const wantsGzip = options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      if (!wantsGzip) {
        res.writeHead(200, { ...headers, 'content-length': String(info.size) })
        createReadStream(file).pipe(res)
        return
      }
      let body = cache.get(file)
      if (!body) {
        body = gzipSync(await readFile(file), { level: 6 })
        cache.set(file, body)
      }
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'vary': 'accept-encoding', 'content-length': String(body.length) })
      res.end(body)
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
