// `pnpm test`: every check, in order, stopping at the first that fails: lint, typecheck, library build, Storybook
// build, Chromium, then every Vitest project but `storybook-project` (its play functions and axe run already happen
// in the e2e project's one story pass, packages/e2e/test/story-pass.e2e.test.ts; the project stays for Storybook's
// own test panel). Prints the time of each stage and of each Vitest project at the end, also when a stage fails.
// With SDM_TIMINGS_FILE set (as .ci/run does), the rows are appended there as JSON lines.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTimes } from './times.mjs';

const STAGES = [
  ['lint', 'pnpm lint'],
  ['typecheck', 'pnpm typecheck'],
  ['build', 'pnpm build'],
  ['Storybook build', 'pnpm build-storybook'],
  ['Chromium', 'node scripts/ensure-chromium.mjs'],
  [
    'tests (Vitest)',
    "vitest run --project '!storybook-project' --reporter=default --reporter=./scripts/vitest-times.mjs",
  ],
];

const file = process.env.SDM_TIMINGS_FILE ?? join(mkdtempSync(join(tmpdir(), 'sdm-times-')), 'times.jsonl');
const env = { ...process.env, SDM_TIMINGS_FILE: file };
appendFileSync(file, `${JSON.stringify({ kind: 'start', at: Date.now() })}\n`);

let failed = null;
for (const [name, command] of STAGES) {
  console.log(`\n== ${name}: ${command}`);
  const start = Date.now();
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env });
  const ok = result.status === 0;
  appendFileSync(file, `${JSON.stringify({ kind: 'stage', name, ms: Date.now() - start, ok })}\n`);
  if (!ok) {
    failed = `${name} failed (${result.signal ? `signal ${result.signal}` : `exit code ${result.status}`}): ${command}`;
    break;
  }
}

// .ci/run prints the table itself, with the install time added.
if (!process.env.SDM_TIMINGS_OWNER) printTimes(file);
if (failed) {
  console.error(`\n${failed}`);
  process.exit(1);
}
