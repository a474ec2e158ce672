// Reading a packed package: its exports map, entry files and the modules they import.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export interface ExportTarget {
  /** The subpath key, e.g. `.`, `./styles.css`, `./locales/es`. */
  readonly subpath: string;
  /** Conditions on the way to the target, outermost first, e.g. `['types']`. */
  readonly conditions: readonly string[];
  /** The target as written, e.g. `./dist/index.js` (may contain `*`). */
  readonly target: string;
}

/** Every string target of an exports map, with the subpath and conditions that lead to it. */
export function exportTargets(exportsField: unknown): ExportTarget[] {
  const out: ExportTarget[] = [];
  const walk = (value: unknown, subpath: string, conditions: string[]): void => {
    if (typeof value === 'string') out.push({ subpath, conditions, target: value });
    else if (Array.isArray(value)) for (const v of value) walk(v, subpath, conditions);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key.startsWith('.')) walk(v, key, conditions);
        else walk(v, subpath, [...conditions, key]);
      }
    }
  };
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) walk(exportsField, '.', []);
  else walk(exportsField, '.', []);
  return out;
}

/** Files of the package matched by a target (a `*` pattern matches any run of characters, `/` included). */
export function filesForTarget(target: string, files: readonly string[]): string[] {
  const rel = target.replace(/^\.\//, '');
  if (!rel.includes('*')) return files.includes(rel) ? [rel] : [];
  const re = new RegExp(`^${rel.split('*').map(escapeRegExp).join('.+')}$`);
  return files.filter((f) => re.test(f));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runtime JS entries that a consumer imports (every target that is not a types or source target). */
export function jsEntries(exportsField: unknown, files: readonly string[]): { subpath: string; file: string }[] {
  const seen = new Set<string>();
  const entries: { subpath: string; file: string }[] = [];
  for (const t of exportTargets(exportsField)) {
    if (t.conditions.includes('types') || t.conditions.includes('source')) continue;
    if (!/\.(m?js)$/.test(t.target)) continue;
    for (const file of filesForTarget(t.target, files)) {
      if (seen.has(file)) continue;
      seen.add(file);
      entries.push({ subpath: t.subpath, file });
    }
  }
  return entries;
}

const STATIC_IMPORT = /(?:^|[\s;}])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** A relative path, a `node:` builtin or a valid npm package name with an optional subpath. */
const SPECIFIER = /^(?:\.{1,2}\/|node:|(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*(?:\/|$))/;

/**
 * Module specifiers a built ESM file imports. Built files are plain ESM from the bundler, so a pattern is enough;
 * text in comments that only looks like an import (`from '@sdmkit/<widget>'`) is not a valid specifier and dropped.
 */
export function importsOf(code: string): string[] {
  const found = new Set<string>();
  for (const re of [STATIC_IMPORT, DYNAMIC_IMPORT])
    for (const m of code.matchAll(re)) if (SPECIFIER.test(m[1] as string)) found.add(m[1] as string);
  return [...found];
}

/** The package a bare specifier names (`react/jsx-runtime` -> `react`, `@a/b/c` -> `@a/b`). */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

export const isRelative = (s: string): boolean => s.startsWith('./') || s.startsWith('../');

/** The entry file and every relative module it reaches, read from an unpacked package at `root`. */
export function moduleGraph(root: string, entry: string): Map<string, string> {
  const graph = new Map<string, string>();
  const visit = (file: string): void => {
    if (graph.has(file)) return;
    const code = readFileSync(join(root, file), 'utf8');
    graph.set(file, code);
    for (const spec of importsOf(code)) {
      if (isRelative(spec) && /\.(m?js)$/.test(spec)) visit(normalize(join(dirname(file), spec)));
    }
  };
  visit(entry);
  return graph;
}

/** The code without leading comments and whitespace, so the first statement can be read. */
export function firstStatement(code: string): string {
  return code.replace(/^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '').slice(0, 40);
}
