/**
 * A tiny static HTTP server for package tests: files under `root`, plus pages held in memory
 * (bundles built by the test). Browsers refuse module scripts from file:// URLs, so tests serve.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface TestServer {
  readonly origin: string;
  /** Serves `body` at `path` (e.g. `/app.js`) until the server closes. */
  set(path: string, body: string): void;
  close(): Promise<void>;
}

export async function serve(root: string): Promise<TestServer> {
  const memory = new Map<string, string>();
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const inMemory = memory.get(path);
      if (inMemory !== undefined) {
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(inMemory);
        return;
      }
      const file = resolve(base, `.${path}`);
      if (!file.startsWith(base + sep)) {
        response.writeHead(404).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, body) => memory.set(path, body),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
