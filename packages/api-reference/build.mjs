// Builds the API reference (TypeDoc, from the TypeScript sources of every public package) into ./site, which the
// Storybook site serves at /api (staticDirs in .storybook/main.ts). With --check it fails when a public export has
// no documentation comment or a {@link} goes nowhere: `pnpm build-storybook` (and so `pnpm test`) runs it that way.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes('--check');
const out = join(here, 'site');
rmSync(out, { recursive: true, force: true });

const started = Date.now();
const run = spawnSync(process.execPath, [join(here, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out], {
  cwd: here,
  // Plain text, so the checks below read TypeDoc's log as it is.
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const log = `${run.stdout}\n${run.stderr}`;
const lines = log.split('\n');
const undocumented = lines.filter((l) => l.includes('does not have any documentation'));
const badLinks = lines.filter((l) => /Failed to resolve link|links to .* which was not resolved/.test(l));
const errors = lines.filter((l) => l.startsWith('[error]'));

/**
 * Each page TypeDoc wrote, counted and mended in one walk. Its theme puts a "Permalink" link inside the heading of
 * each collapsible section's <summary>: a link inside a control (axe nested-interactive, WCAG 4.1.2). The section's
 * heading keeps its id, so the address still works; only the link inside the summary goes.
 */
function mendPages(dir) {
  let pages = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) pages += mendPages(path);
    else if (e.name.endsWith('.html')) {
      pages++;
      const html = readFileSync(path, 'utf8');
      const fixed = html.replace(/<summary\b[\s\S]*?<\/summary>/g, (summary) =>
        summary.replace(/<a href="#[^"]*" aria-label="Permalink" class="tsd-anchor-icon">[\s\S]*?<\/a>/g, ''),
      );
      if (fixed !== html) writeFileSync(path, fixed);
    }
  }
  return pages;
}
const made = run.status === 0 ? mendPages(out) : 0;
process.stdout.write(
  `API reference: ${made} pages in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
    `${undocumented.length} public exports without documentation, ${badLinks.length} broken links, ${errors.length} errors\n`,
);
for (const l of [...errors, ...badLinks, ...undocumented].slice(0, 50)) process.stdout.write(`  ${l}\n`);
if (run.status !== 0 || made === 0) {
  process.stderr.write(`${log.slice(-4000)}\n`);
  process.exit(1);
}
if (check && (undocumented.length > 0 || badLinks.length > 0 || errors.length > 0)) process.exit(1);
