import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The console's build (`npm run build -w web`): web/dist beside src/ and dist/ (same depth from both). */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Paths that belong to the API, never to the console's client-side routes. */
const SERVER_PATHS = /^\/(graphql|graphiql|health)(\/|$|\?)/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

interface Asset {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
  cacheControl: string;
}

function load(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const url = `/${relative(root, path).split(sep).join('/')}`;
      const ext = extname(path);
      const body = readFileSync(path);
      assets.set(url, {
        body,
        gzipped: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body, { level: 9 }) : undefined,
        type: TYPES[ext] ?? 'application/octet-stream',
        // Vite names files under assets/ by content hash: they never change. Everything else is revalidated.
        cacheControl: url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
  };
  walk(root);
  return assets;
}

function send(request: FastifyRequest, reply: FastifyReply, asset: Asset) {
  reply.header('content-type', asset.type).header('cache-control', asset.cacheControl).header('vary', 'accept-encoding');
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (asset.gzipped && acceptsGzip) return reply.header('content-encoding', 'gzip').send(asset.gzipped);
  return reply.send(asset.body);
}

/**
 * Serves the web console at `/`: the files of web/dist, read and gzipped once at start (the build is a few MB and
 * replaced whole), and index.html for every other browser GET (the console's client-side routes, e.g.
 * /family/visits). When the console has not been built the server runs as the API alone. Returns whether it is served.
 */
export function serveWebConsole(app: NestFastifyApplication, root = WEB_DIST): boolean {
  if (!existsSync(join(root, 'index.html'))) return false;
  const assets = load(root);
  const index = assets.get('/index.html')!;
  const handler = (request: FastifyRequest, reply: FastifyReply) => {
    const path = decodeURIComponent(request.url.split('?')[0]);
    const asset = assets.get(path);
    if (asset) return send(request, reply, asset);
    // A missing file or an API path is a 404, not the HTML page (a stale tab asking for an old chunk must fail visibly).
    if (SERVER_PATHS.test(request.url) || /\.[a-z0-9]+$/i.test(path)) {
      return reply.code(404).send({ message: 'Not found', statusCode: 404 });
    }
    return send(request, reply, index);
  };
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', handler);
  fastify.get('/*', handler);
  return true;
}
