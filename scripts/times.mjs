// Prints the time table of a test run from the JSON lines that scripts/test.mjs and scripts/vitest-times.mjs write.
// As a command (.ci/run): `node scripts/times.mjs <file> <ci start, ms since epoch>` adds the install stage (from the
// CI start to the moment `pnpm test` began) and the total.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const line = (name, ms, extra = '') => console.log(`  ${name.padEnd(30)} ${s(ms).padStart(9)}${extra}`);

/** @param {string} path the JSON lines file */
function readRows(path) {
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
}

/** The Vitest project rows only (scripts/vitest-times.mjs). */
export function printProjects(path, rows = readRows(path)) {
  const projects = rows.filter((x) => x.kind === 'project');
  if (projects.length === 0) return;
  console.log('Time per Vitest project (wall time; projects run side by side, so these overlap)');
  for (const r of projects) {
    line(r.name, r.ms, `  ${r.files} files, ${r.tests} tests, ${s(r.summedMs ?? 0)} summed over files`);
  }
}

/**
 * @param {string} path the JSON lines file
 * @param {number} [since] when CI started (ms since epoch): adds "install" and "total"
 */
export function printTimes(path, since) {
  const rows = readRows(path);
  console.log('\nTime per stage');
  const start = rows.find((r) => r.kind === 'start');
  if (since !== undefined) line('install (pnpm, dependencies)', (start?.at ?? Date.now()) - since);
  for (const r of rows.filter((x) => x.kind === 'stage')) line(r.name, r.ms, r.ok === false ? '  FAILED' : '');
  if (since !== undefined) line('total', Date.now() - since);
  printProjects(path, rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, since] = process.argv.slice(2);
  if (!path) throw new Error('usage: node scripts/times.mjs <timings file> [ci start ms]');
  printTimes(path, since ? Number(since) : undefined);
}
