// The small pages the end-to-end tests open (src/<name>-app): each built with Vite into a folder of its own, from the
// packages' sources (the `source` export condition, so no package build is needed first), not minified, so that a
// failure points at readable code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, defaultClientConditions } from 'vite';

/** A built test page: the folder to serve, and `remove` to delete it after the tests. */
export interface BuiltTestApp {
  readonly dir: string;
  remove(): void;
}

/** Builds `src/<name>-app` (its `index.html` and what it imports) into a new temporary folder. */
export async function buildTestApp(name: string): Promise<BuiltTestApp> {
  const dir = mkdtempSync(join(tmpdir(), `sdm-${name}-`));
  await build({
    root: resolve(import.meta.dirname, `${name}-app`),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: { outDir: dir, emptyOutDir: true, minify: false, reportCompressedSize: false },
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
