// Architecture guard: dependencies point one way (core <- hooks <- ui <- widgets), no cycles, core has no React,
// hooks render no markup, and every package imports only what its package.json declares.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const packagesDir = join(root, 'packages');

interface Pkg {
  dir: string;
  name: string;
  deps: Set<string>;
  devDeps: Set<string>;
  /** Private packages (test suites, benchmarks) are never installed by hosts: their devDependencies count. */
  isPrivate: boolean;
}

const pkgs: Pkg[] = readdirSync(packagesDir)
  .filter((d) => statSync(join(packagesDir, d, 'package.json'), { throwIfNoEntry: false }))
  .map((d) => {
    const json = JSON.parse(readFileSync(join(packagesDir, d, 'package.json'), 'utf8'));
    return {
      dir: join(packagesDir, d),
      name: json.name,
      deps: new Set([...Object.keys(json.dependencies ?? {}), ...Object.keys(json.peerDependencies ?? {})]),
      devDeps: new Set(Object.keys(json.devDependencies ?? {})),
      isPrivate: json.private === true,
    };
  });

/** The TypeScript files under `dir` (none when a package has no such folder, as the API reference has no src). */
function files(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const isTest = (f: string) => /\.(test|browser\.test|ssr\.test)\.tsx?$/.test(f) || f.includes('test-utils');
const importsOf = (src: string) =>
  [...src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/** Which @sdmkit packages each layer may depend on. */
const allowed: Record<string, readonly string[]> = {
  '@sdmkit/core': [],
  '@sdmkit/hooks': ['@sdmkit/core'],
  '@sdmkit/ui': ['@sdmkit/core', '@sdmkit/hooks'],
  '@sdmkit/content': ['@sdmkit/core'],
  // Web components: a layer above the widgets, wrapping each one in a custom element.
  '@sdmkit/elements': [
    '@sdmkit/core',
    '@sdmkit/ui',
    '@sdmkit/decision-aid',
    '@sdmkit/visit-prep',
    '@sdmkit/question-list',
  ],
  '@sdmkit/fhir': ['@sdmkit/core'],
  // Over a FHIR server: the one package that makes requests. No React.
  '@sdmkit/smart': ['@sdmkit/core', '@sdmkit/fhir'],
  // The clinician's screen over the record: the widgets and the FHIR layers under it; nothing depends on it.
  '@sdmkit/clinician': [
    ...['@sdmkit/core', '@sdmkit/hooks', '@sdmkit/ui', '@sdmkit/fhir', '@sdmkit/smart'],
    ...['@sdmkit/decision-aid', '@sdmkit/visit-prep', '@sdmkit/question-list'],
  ],
};
const widgetLayer = ['@sdmkit/core', '@sdmkit/hooks', '@sdmkit/ui'];

describe('package layers', () => {
  it('has the expected packages', () => {
    expect(pkgs.map((p) => p.name)).toEqual(
      expect.arrayContaining(['@sdmkit/core', '@sdmkit/hooks', '@sdmkit/ui', '@sdmkit/content']),
    );
  });

  for (const pkg of pkgs) {
    it(`${pkg.name} depends only on lower layers`, () => {
      const internal = [...pkg.deps].filter((d) => d.startsWith('@sdmkit/'));
      const may = allowed[pkg.name] ?? widgetLayer;
      expect(internal.filter((d) => !may.includes(d))).toEqual([]);
    });

    it(`${pkg.name} imports only what it declares`, () => {
      const problems: string[] = [];
      for (const file of files(join(pkg.dir, 'src'))) {
        const declared = isTest(file) || pkg.isPrivate ? new Set([...pkg.deps, ...pkg.devDeps]) : pkg.deps;
        for (const spec of importsOf(readFileSync(file, 'utf8'))) {
          // Relative and Node built-in imports, and import-like text inside template literals (generated code).
          if (spec.startsWith('.') || spec.startsWith('node:') || spec.includes('${')) continue;
          const name = packageOf(spec) as string;
          // Types-only packages: `fhir/r4` is provided by `@types/fhir`.
          const typesName = `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
          if (declared.has(typesName)) continue;
          if (name === pkg.name) problems.push(`${relative(root, file)} imports itself by name (${spec})`);
          else if (!declared.has(name) && !isTest(file))
            problems.push(`${relative(root, file)} imports undeclared ${spec}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('core never imports React', () => {
    const core = pkgs.find((p) => p.name === '@sdmkit/core') as Pkg;
    const offenders = files(join(core.dir, 'src')).filter((f) =>
      importsOf(readFileSync(f, 'utf8')).some((s) => /^(react|react-dom)(\/|$)/.test(s)),
    );
    expect(offenders).toEqual([]);
  });

  it('hooks render no markup and ship no CSS', () => {
    const hooks = pkgs.find((p) => p.name === '@sdmkit/hooks') as Pkg;
    const offenders = files(join(hooks.dir, 'src'))
      .filter((f) => !isTest(f))
      .filter((f) => {
        const src = readFileSync(f, 'utf8');
        // JSX can only appear in .tsx files (in .ts, `<readonly T[]>` is a type, not markup). Right after a name,
        // `<` opens type arguments (`createContext<readonly T[]>`), not a tag; comments and strings are left out.
        const jsx =
          f.endsWith('.tsx') &&
          /(^|[^\w$.])<[a-z][a-z0-9-]*[\s>/]/m.test(
            src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''"),
          );
        return jsx || /\.css['"]/.test(src);
      });
    expect(offenders).toEqual([]);
  });

  it('only @sdmkit/smart can make network requests', () => {
    const offenders = pkgs
      .filter((p) => !p.isPrivate && p.name !== '@sdmkit/smart')
      .flatMap((p) => files(join(p.dir, 'src')).filter((f) => !isTest(f)))
      .filter((f) =>
        /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|new\s+(XMLHttpRequest|WebSocket|EventSource)\b/.test(
          readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
        ),
      )
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('has no dependency cycles between packages', () => {
    const graph = new Map(pkgs.map((p) => [p.name, [...p.deps].filter((d) => d.startsWith('@sdmkit/'))]));
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (name: string, trail: string[]) => {
      if (state.get(name) === 'done') return;
      if (state.get(name) === 'visiting') {
        cycles.push([...trail, name].join(' -> '));
        return;
      }
      state.set(name, 'visiting');
      for (const dep of graph.get(name) ?? []) visit(dep, [...trail, name]);
      state.set(name, 'done');
    };
    for (const name of graph.keys()) visit(name, []);
    expect(cycles).toEqual([]);
  });
});
