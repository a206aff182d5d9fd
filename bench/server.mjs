// A tiny static server for the benchmark: files under the repo root, and pages held in memory.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** @returns {Promise<{ origin: string, set(path: string, body: string): void, close(): Promise<void> }>} */
export async function serve(root) {
  const base = resolve(root);
  const pages = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (pages.has(path)) return response.writeHead(200, headers).end(pages.get(path));
    const file = resolve(base, `.${path}`);
    if (!file.startsWith(base + sep)) return response.writeHead(404).end();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return response.writeHead(404).end();
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    set: (path, body) => pages.set(path, body),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
