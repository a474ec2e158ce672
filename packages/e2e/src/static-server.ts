// A minimal static file server on the loopback interface, for the built Storybook.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1. `extra` maps more URL paths to files outside it (e.g. a test tool's script the pages
 * load, so that the browser caches it and its compiled code like any other script).
 */
export async function serveStatic(dir: string, extra: Readonly<Record<string, string>> = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = extra[path] ?? normalize(join(root, path));
    if (!(path in extra) && !file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    send(res, file, { file });
  });
  return listen(server);
}

/**
 * Serves in-memory `pages` (URL path -> HTML; `/` is `/index.html`) and `files` (URL path -> a file on disk, such as a
 * bundle under test) on 127.0.0.1, and nothing else: a test page needs no temporary directory.
 */
export async function servePages(
  pages: Readonly<Record<string, string>>,
  files: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = url === '/' ? '/index.html' : url;
    const page = pages[path];
    const file = files[path];
    if (page === undefined && (file === undefined || !existsSync(file))) {
      res.writeHead(404).end();
      return;
    }
    send(res, path, page !== undefined ? { text: page } : { file: file as string });
  });
  return listen(server);
}

/**
 * Answers 200 with `body`, typed by `name`'s extension. What is served does not change while it is served: the
 * browser may cache every file, so that a fresh page (the story pass opens one per story and locale) does not fetch
 * and compile Storybook's bundles again.
 */
function send(res: ServerResponse, name: string, body: { readonly text: string } | { readonly file: string }): void {
  res.writeHead(200, {
    'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
    'cache-control': 'public, max-age=3600, immutable',
  });
  if ('text' in body) res.end(body.text);
  else createReadStream(body.file).pipe(res);
}

async function listen(server: Server): Promise<StaticServer> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
