// The browser side of `pnpm bench`: bundles pages/ with esbuild, serves them on the loopback interface and drives
// Debian's Chromium (scripts/chromium.mjs) with playwright-core. No tool downloads a browser.
import { createReadStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { benchDir, repoDir } from './sizes.js';

export const wwwDir = join(benchDir, '.tmp', 'www');

const html = (name: string, opts: { css: boolean; before?: string }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}</title>
${opts.css ? `<link rel="stylesheet" href="${name}.css">` : ''}
${opts.before ? `<script src="${opts.before}"></script>` : ''}
</head>
<body>
<div id="root"></div>
<script type="module" src="${name}.js"></script>
</body>
</html>
`;

/**
 * ours/surveyjs/limits: production builds (minified, NODE_ENV=production), as a portal ships them. interaction: React's
 * profiling build (react-dom/profiling, so <Profiler> reports in production) with function names kept so the
 * render counter can name the rows; it is only used for the interaction numbers.
 */
export async function buildPages(): Promise<void> {
  rmSync(wwwDir, { recursive: true, force: true });
  mkdirSync(wwwDir, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    format: 'esm' as const,
    platform: 'browser' as const,
    target: 'es2022',
    outdir: wwwDir,
    absWorkingDir: benchDir,
    jsx: 'automatic' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff2': 'file', '.woff': 'file', '.svg': 'file', '.png': 'file' } as const,
    logLevel: 'warning' as const,
  };
  await build({
    ...common,
    entryPoints: {
      ours: join(benchDir, 'pages', 'ours.tsx'),
      surveyjs: join(benchDir, 'pages', 'surveyjs.tsx'),
      limits: join(benchDir, 'pages', 'limits.tsx'),
    },
  });
  await build({
    ...common,
    entryPoints: { interaction: join(benchDir, 'pages', 'interaction.tsx') },
    keepNames: true,
    alias: { 'react-dom/client': 'react-dom/profiling' },
  });
  await build({
    ...common,
    format: 'iife',
    entryPoints: { 'render-counter': join(benchDir, 'pages', 'render-counter.ts') },
  });
  writeFileSync(join(wwwDir, 'ours.html'), html('ours', { css: true }));
  writeFileSync(join(wwwDir, 'surveyjs.html'), html('surveyjs', { css: true }));
  writeFileSync(join(wwwDir, 'limits.html'), html('limits', { css: true }));
  writeFileSync(join(wwwDir, 'interaction.html'), html('interaction', { css: true, before: 'render-counter.js' }));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static file server on 127.0.0.1 (the approach of packages/e2e/src/static-server.ts). */
export async function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export async function launch(): Promise<{ browser: Browser; context: BrowserContext; version: string }> {
  const { chromiumPath, chromiumArgs } = (await import(
    pathToFileURL(join(repoDir, 'scripts', 'chromium.mjs')).href
  )) as {
    chromiumPath: string;
    chromiumArgs: string[];
  };
  // --enable-precise-memory-info: exact JS heap numbers.
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--enable-precise-memory-info'],
    headless: true,
  });
  // A phone-sized viewport: patients on old phones are who the targets are for.
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 });
  return { browser, context, version: browser.version() };
}

/** A tab that loads our pages; every run navigates it again, so every run starts in a fresh document. */
export interface BenchTab {
  readonly page: Page;
  readonly cdp: CDPSession;
  /** Loads `<name>.html` and waits until its script is ready. */
  open(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openTab(context: BrowserContext, origin: string): Promise<BenchTab> {
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The pages must not touch the network: any request off our loopback server fails the run.
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  const cdp = await context.newCDPSession(page);
  return {
    page,
    cdp,
    async open(name) {
      await page.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
      await page
        .waitForFunction(() => (window as { __benchReady?: boolean }).__benchReady === true, undefined, {
          timeout: 30_000,
        })
        .catch((e: unknown) => {
          throw new Error(`${name}.html did not start: ${errors.join('; ') || String(e)}`);
        });
      if (foreign.length) throw new Error(`${name}.html requested ${foreign.join(', ')}`);
      if (errors.length) throw new Error(`${name}.html: ${errors.join('; ')}`);
    },
    close: () => page.close(),
  };
}

export async function throttle(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Used JS heap after a full garbage collection, in bytes. */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Cumulative main-thread script time (CDP Performance.getMetrics ScriptDuration), in ms. */
export async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}
