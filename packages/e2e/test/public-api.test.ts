// @vitest-environment node
// Pins the public surface of every published package: the names exported from src/index.ts must equal the list
// committed in public-api/<package>.txt, and the built dist/index.js must export exactly the same names.
// A deliberate API change updates the lists with `pnpm api` (this file with SDM_WRITE_API=1); review the diff.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const listDir = join(import.meta.dirname, 'public-api');
const write = process.env.SDM_WRITE_API === '1';

const published = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) }))
  .filter(
    ({ json }) =>
      json.private !== true && existsSync(join(root, 'packages', json.name.replace('@sdmkit/', ''), 'src', 'index.ts')),
  );

describe.each(published.map((p) => [p.json.name as string, p.dir] as const))('%s', (name, dir) => {
  it('exports exactly the pinned names from its source entry', async () => {
    const mod = await import(/* @vite-ignore */ pathToFileURL(join(root, 'packages', dir, 'src', 'index.ts')).href);
    const names = Object.keys(mod).sort();
    const file = join(listDir, `${dir}.txt`);
    if (write) {
      mkdirSync(listDir, { recursive: true });
      writeFileSync(file, `${names.join('\n')}\n`);
    }
    expect(existsSync(file), `${file} is missing: run "pnpm api"`).toBe(true);
    expect(names, `public API of ${name} changed: review and run "pnpm api"`).toEqual(
      readFileSync(file, 'utf8').trim().split('\n'),
    );
    expect(names.includes('default'), `${name} must not have a default export`).toBe(false);
  });

  it('builds a dist entry with the same names, types and the exports map', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
    const entry = pkg.exports['.'];
    expect(entry.types).toBe('./dist/index.d.ts');
    expect(entry.default).toBe('./dist/index.js');
    expect(existsSync(join(root, 'packages', dir, 'dist', 'index.d.ts'))).toBe(true);
    const built = await import(/* @vite-ignore */ pathToFileURL(join(root, 'packages', dir, 'dist', 'index.js')).href);
    const src = await import(/* @vite-ignore */ pathToFileURL(join(root, 'packages', dir, 'src', 'index.ts')).href);
    expect(Object.keys(built).sort()).toEqual(Object.keys(src).sort());
    const reactEntry = Boolean(pkg.peerDependencies?.react);
    const head = readFileSync(join(root, 'packages', dir, 'dist', 'index.js'), 'utf8').slice(0, 40);
    if (reactEntry)
      expect(head, `${name} must keep 'use client' at the top of its React entry`).toMatch(/^['"]use client['"]/);
    if (pkg.exports['./styles.css']) expect(existsSync(join(root, 'packages', dir, 'dist', 'styles.css'))).toBe(true);
  });
});

/** JS entry points other than `.` (e.g. the translation packs, `./locales/<lng>`), pinned like the main entry. */
const subpaths = published.flatMap(({ dir, json }) =>
  Object.entries(json.exports as Record<string, { source?: string; types?: string; default?: string } | string>)
    .filter(([sub, target]) => sub !== '.' && typeof target === 'object' && /\.tsx?$/.test(target.source ?? ''))
    .map(([sub, target]) => [`${json.name as string}${sub.slice(1)}`, dir, sub, target] as const),
);

describe.each(subpaths)('%s', (_name, dir, sub, target) => {
  const file = join(listDir, `${dir}.${sub.slice(2).replaceAll('/', '-')}.txt`);
  const pkgDir = join(root, 'packages', dir);

  it('exports exactly the pinned names, from source and from its built file, with its types', async () => {
    if (typeof target !== 'object' || !target.source || !target.default || !target.types) throw new Error('bad');
    const src = await import(/* @vite-ignore */ pathToFileURL(join(pkgDir, target.source)).href);
    const names = Object.keys(src).sort();
    if (write) writeFileSync(file, `${names.join('\n')}\n`);
    expect(existsSync(file), `${file} is missing: run "pnpm api"`).toBe(true);
    const pinned = readFileSync(file, 'utf8').trim();
    expect(names, `public API of ${sub} changed: review and run "pnpm api"`).toEqual(pinned ? pinned.split('\n') : []);
    expect(names.includes('default')).toBe(false);
    expect(existsSync(join(pkgDir, target.types)), `${target.types} missing: was the package built?`).toBe(true);
    const built = await import(/* @vite-ignore */ pathToFileURL(join(pkgDir, target.default)).href);
    expect(Object.keys(built).sort()).toEqual(names);
    if (sub.startsWith('./locales/')) {
      // Translation packs are plain data: no 'use client', so a server component can import them.
      const head = readFileSync(join(pkgDir, target.default), 'utf8').slice(0, 40);
      expect(head).not.toMatch(/^['"]use client['"]/);
    }
  });
});
