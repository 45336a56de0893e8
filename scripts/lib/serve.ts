import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/atom+xml',
};

/**
 * Serves a built site on loopback (404.html, status 404, for anything missing), with `headers`
 * on every response, gzipped when the browser asks, as any production host does.
 */
export function serve(outDir: string, headers: Record<string, string> = {}): Promise<{ server: Server; origin: string }> {
  const root = path.resolve(outDir);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const found = file.startsWith(root) && existsSync(file);
    const served = found ? file : path.join(root, '404.html');
    const raw = readFileSync(served);
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && path.extname(served) !== '.wasm';
    const body = gzip ? gzipSync(raw) : raw;
    response.writeHead(found ? 200 : 404, {
      ...headers,
      'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })),
  );
}
