// Publish gate over what npm would receive: every public package (every packages/* without "private": true) is
// packed with pnpm and the tarball is checked with publint --strict and Are the Types Wrong, and for the rules of
// docs/releasing.md: contents, exports, 'use client', CSS, peer dependencies, no workspace: ranges.
// Runs after `pnpm build` (the packages' dist is packed as is).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportTargets,
  firstStatement,
  importsOf,
  isRelative,
  jsEntries,
  moduleGraph,
  packageOf,
} from '../src/package-contents.js';
import { type PackageJson, pack, publicPackages, repoRoot, run, tarballFiles } from '../src/packing.js';

const REACT_RANGE = '^18.2.0 || ^19.0.0';
/** Packages that must be one instance in the host app: peers, never dependencies. */
const SINGLETONS = ['react', 'react-dom', 'i18next'];
/** Imports that make a module a React client module. */
const CLIENT_PACKAGES = new Set(['react', 'react-dom']);
/** Never in a tarball: tests, test helpers, stories, snapshots, build configs. */
const FORBIDDEN = [
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /(^|\/)test-utils\//,
  /(^|\/)__snapshots__\//,
  /\.stories\.[jt]sx?$/,
  /(^|\/)tsconfig(\.[\w-]+)?\.json$/,
  /(^|\/)(test|tests|e2e)\//,
];

const require = createRequire(import.meta.url);
const attwBin = join(require.resolve('@arethetypeswrong/cli/package.json'), '..', 'dist', 'index.js');

const packages = publicPackages();
let work: string;
const packed = new Map<string, { tarball: string; files: string[]; root: string; json: PackageJson }>();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sdmkit-publish-'));
  for (const pkg of packages) {
    const tarball = pack(pkg, work);
    const root = join(work, pkg.dir);
    mkdirSync(root);
    execFileSync('tar', ['-xzf', tarball, '-C', root, '--strip-components=1']);
    const json = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
    packed.set(pkg.dir, { tarball, files: tarballFiles(tarball), root, json });
  }
  const rows = packages.map(({ dir, json }) => {
    const p = packed.get(dir);
    if (!p) return '';
    const main = jsEntries(p.json.exports, p.files).find((e) => e.subpath === '.');
    const gzip = main ? gzipSync(readFileSync(join(p.root, main.file))).length : 0;
    const kinds = countBy(p.files, (f) => (f.includes('/') ? (f.split('/')[0] as string) : f));
    return `${json.name}: ${p.files.length} files (${Object.entries(kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}), tarball ${kb(statSync(p.tarball).size)}, main entry ${kb(gzip)} gzip`;
  });
  console.info(`packed packages:\n${rows.join('\n')}`);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

it('finds the public packages', () => {
  // The eight published from the start (or the ones named in SDM_PACKAGES); packages added later are picked up
  // automatically.
  const expected = process.env.SDM_PACKAGES?.split(',') ?? [
    ...['core', 'hooks', 'ui', 'decision-aid', 'visit-prep', 'question-list', 'content', 'cli'],
  ];
  for (const dir of expected) expect(packages.map((p) => p.dir)).toContain(dir);
  expect(packages.map((p) => p.dir)).not.toContain('e2e');
  expect(packages.map((p) => p.dir)).not.toContain('bench');
});

it('gives every public package the same version (one fixed Changesets group) and a changelog', () => {
  // .changeset/config.json versions all @sdmkit packages together: a package with its own version number would be
  // bumped past the others on the next release.
  const config = JSON.parse(readFileSync(join(repoRoot, '.changeset', 'config.json'), 'utf8')) as {
    fixed: string[][];
    access: string;
  };
  expect(config.access).toBe('public');
  expect(config.fixed).toEqual([['@sdmkit/*']]);
  const versions = packages.map((p) => `${p.json.name}@${p.json.version}`);
  expect(new Set(packages.map((p) => p.json.version)).size, versions.join(', ')).toBe(1);
  for (const { dir } of packages) expect(existsSync(join(repoRoot, 'packages', dir, 'CHANGELOG.md')), dir).toBe(true);
});

it('declares each shared peer dependency with one range across all packages', () => {
  // A host installs one i18next and one React for every widget: the packages must agree on what they accept.
  const ranges = new Map<string, Set<string>>();
  for (const { json } of packages)
    for (const [peer, range] of Object.entries(json.peerDependencies ?? {}))
      ranges.set(peer, (ranges.get(peer) ?? new Set()).add(range));
  const disagreeing = [...ranges].filter(([, set]) => set.size > 1).map(([peer, set]) => `${peer}: ${[...set]}`);
  expect(disagreeing).toEqual([]);
});

describe.each(packages.map((p) => [p.json.name, p.dir] as const))('%s', (name, dir) => {
  const get = () => {
    const p = packed.get(dir);
    if (!p) throw new Error(`${name} was not packed`);
    return p;
  };

  it('passes publint --strict on the tarball, with no suggestions either', async () => {
    const tarball = readFileSync(get().tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`)).toEqual([]);
  }, 60_000);

  it('has correct types for every entry point (Are the Types Wrong, ESM-only profile)', () => {
    // The packages are ESM only ("type": "module", no `require` condition, no CJS build): a CommonJS `require`
    // of them is not supported (Node 20.19+ can require ESM, TypeScript's node16-cjs mode still reports it), and
    // node10 resolution ignores `exports`. The esm-only profile checks node16 from ESM and bundler resolution.
    // Stylesheets and JSON are not TypeScript modules: they are left out of the type analysis (publint and the
    // file checks below cover them).
    const p = get();
    const assetEntries = [...new Set(exportTargets(p.json.exports).map((t) => t.subpath))].filter(
      (s) => /\.(css|json)$/.test(s) || s.includes('*'),
    );
    const args = [get().tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-color'];
    if (assetEntries.length > 0) args.push('--exclude-entrypoints', ...assetEntries);
    const out = run([process.execPath, attwBin, ...args], work, { timeoutMs: 90_000 });
    // attw exits non-zero (run throws with the report) on any problem; the report names each entry point checked.
    for (const subpath of new Set(jsEntries(p.json.exports, p.files).map((e) => e.subpath)))
      expect(out).toContain(`"${subpath === '.' ? name : `${name}${subpath.slice(1)}`}"`);
  }, 90_000);

  it('ships no tests, test helpers, stories or build configs', () => {
    const bad = get().files.filter((f) => FORBIDDEN.some((re) => re.test(f)));
    expect(bad).toEqual([]);
    expect(get().files).toContain('package.json');
    expect(get().files.some((f) => f.startsWith('dist/'))).toBe(true);
  });

  it('ships the sources its source maps and declaration maps point to', () => {
    // src/ is published so that debugging and "go to definition" land in real files.
    const p = get();
    const missing: string[] = [];
    for (const map of p.files.filter((f) => f.endsWith('.map'))) {
      const { sources = [], sourceRoot = '' } = JSON.parse(readFileSync(join(p.root, map), 'utf8')) as {
        sources?: string[];
        sourceRoot?: string;
      };
      for (const source of sources) {
        const path = normalize(join(dirname(map), sourceRoot, source));
        if (!p.files.includes(path)) missing.push(`${map} -> ${source}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('ships a README and the licence text its package.json names', () => {
    const p = get();
    expect(p.files).toContain('README.md');
    expect(p.files).toContain('LICENSE');
    expect(p.json.license).toBe('MIT');
    expect(readFileSync(join(p.root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(readFileSync(join(p.root, 'README.md'), 'utf8')).toContain(`# ${name}`);
    // The release notes that `changeset version` writes travel with the package.
    expect(p.files).toContain('CHANGELOG.md');
    expect(readFileSync(join(p.root, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^# ${name}\\n`));
  });

  it('names content types in its declarations instead of spelling out a whole schema', () => {
    // An editor's hover over a provider or a store should say `PromptList`, not fifty lines of its fields.
    const inlined = get()
      .files.filter((f) => f.endsWith('.d.ts'))
      .filter((f) => /^\s+schemaVersion: 1;$/m.test(readFileSync(join(get().root, f), 'utf8')));
    expect(inlined).toEqual([]);
  });

  it('names what a registry page and an installer show: description, keywords, Node.js engine', () => {
    const { json } = get();
    expect(json.description ?? '').toMatch(/^SDM Kit /);
    expect(json.keywords ?? []).toContain('shared-decision-making');
    expect(json.engines?.node).toBe('>=20.19');
  });

  it('keeps no workspace: protocol in the packed package.json', () => {
    const text = readFileSync(join(get().root, 'package.json'), 'utf8');
    expect(text).not.toMatch(/workspace:/);
    const json = get().json;
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'] as const)
      for (const [dep, range] of Object.entries(json[field] ?? {}))
        if (dep.startsWith('@sdmkit/')) expect(range, `${field}.${dep}`).toMatch(/^\^\d+\.\d+\.\d+/);
  });

  it("starts every React entry with 'use client' and imports no stylesheet from JS", () => {
    const p = get();
    const entries = jsEntries(p.json.exports, p.files);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const graph = moduleGraph(p.root, entry.file);
      const specs = [...graph.values()].flatMap(importsOf);
      const usesReact = specs.some((s) => !isRelative(s) && CLIENT_PACKAGES.has(packageOf(s)));
      const head = firstStatement(graph.get(entry.file) as string);
      if (usesReact) expect(head, `${entry.subpath} (${entry.file})`).toMatch(/^(['"])use client\1/);
      expect(
        specs.filter((s) => /\.(css|scss|less)(\?.*)?$/.test(s)),
        `${entry.subpath}: CSS is an explicit export, never a side effect of the JS`,
      ).toEqual([]);
    }
    for (const file of p.files.filter((f) => /\.m?js$/.test(f) && !f.startsWith('bin/')))
      expect(importsOf(readFileSync(join(p.root, file), 'utf8')).filter((s) => s.endsWith('.css'))).toEqual([]);
  });

  it('exposes each stylesheet as an explicit export that bundlers keep', () => {
    const p = get();
    const css = p.files.filter((f) => f.startsWith('dist/') && f.endsWith('.css'));
    const targets = exportTargets(p.json.exports);
    for (const file of css) {
      const exported = targets.filter((t) => t.target === `./${file}` && !t.conditions.includes('source'));
      expect(
        exported.map((t) => t.subpath).filter((s) => s.endsWith('.css')),
        file,
      ).not.toEqual([]);
    }
    if (css.includes('dist/styles.css')) {
      expect(targets.some((t) => t.subpath === './styles.css' && t.target === './dist/styles.css')).toBe(true);
      // `sideEffects: false` would let a bundler drop `import '@sdmkit/x/styles.css'`.
      expect(p.json.sideEffects).not.toBe(false);
      if (Array.isArray(p.json.sideEffects)) expect(p.json.sideEffects).toContain('**/*.css');
    }
  });

  it('declares every package its built code imports; React and i18next as peers with the supported ranges', () => {
    const p = get();
    const json = p.json;
    const declared = new Set([
      ...Object.keys(json.dependencies ?? {}),
      ...Object.keys(json.peerDependencies ?? {}),
      ...Object.keys(json.optionalDependencies ?? {}),
    ]);
    const code = p.files.filter((f) => /\.m?js$/.test(f)).map((f) => readFileSync(join(p.root, f), 'utf8'));
    const used = new Set(
      code
        .flatMap(importsOf)
        .filter((s) => !isRelative(s) && !s.startsWith('node:') && !s.startsWith('/'))
        .map(packageOf),
    );
    expect([...used].filter((u) => !declared.has(u)).sort(), 'imported but not declared').toEqual([]);
    for (const single of SINGLETONS) {
      expect(json.dependencies?.[single], `${single} must be a peer dependency`).toBeUndefined();
      if (used.has(single)) expect(json.peerDependencies?.[single], `${single} is imported`).toBeDefined();
    }
    for (const reactPkg of ['react', 'react-dom'])
      if (json.peerDependencies?.[reactPkg]) expect(json.peerDependencies[reactPkg]).toBe(REACT_RANGE);
    // A package that renders markup needs react-dom in the host, even where only its dependencies import it.
    if (json.dependencies?.['@sdmkit/ui'] || p.files.includes('dist/styles.css'))
      expect(json.peerDependencies?.['react-dom']).toBe(REACT_RANGE);
  });
});

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
