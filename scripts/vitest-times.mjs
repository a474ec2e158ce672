// A Vitest reporter that adds one table to the end of a run: per project, its test files and tests, the wall time
// from its first file starting to its last file ending (projects overlap: Vitest runs them side by side), and the
// summed time of its files (environment set-up, import and tests). With SDM_TIMINGS_FILE set, the rows are also
// appended there as JSON lines, for the stage table that scripts/test.mjs prints.
import { appendFileSync } from 'node:fs';

/** @typedef {{ files: number; tests: number; first: number; last: number; summed: number }} Row */

export default class ProjectTimes {
  /** @type {Map<string, Row>} */
  rows = new Map();

  /** @param {import('vitest/node').TestModule} module */
  row(module) {
    const name = module.project.name || '(root)';
    let row = this.rows.get(name);
    if (!row) {
      row = { files: 0, tests: 0, first: Number.POSITIVE_INFINITY, last: 0, summed: 0 };
      this.rows.set(name, row);
    }
    return row;
  }

  /** @param {import('vitest/node').TestModule} module */
  onTestModuleStart(module) {
    const row = this.row(module);
    row.first = Math.min(row.first, Date.now());
  }

  /** @param {import('vitest/node').TestModule} module */
  onTestModuleEnd(module) {
    const row = this.row(module);
    const d = module.diagnostic();
    row.files += 1;
    row.tests += [...module.children.allTests()].length;
    row.last = Math.max(row.last, Date.now());
    row.summed += d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration;
  }

  onTestRunEnd() {
    if (this.rows.size === 0) return;
    const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
    const lines = [...this.rows].map(([name, r]) => ({
      name,
      files: String(r.files),
      tests: String(r.tests),
      wall: s(r.last - r.first),
      summed: s(r.summed),
    }));
    const head = { name: 'Vitest project', files: 'files', tests: 'tests', wall: 'wall', summed: 'files summed' };
    const cols = /** @type {const} */ (['name', 'files', 'tests', 'wall', 'summed']);
    const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[head, ...lines].map((l) => l[c].length))]));
    const fmt = (l) => cols.map((c, i) => (i === 0 ? l[c].padEnd(width[c]) : l[c].padStart(width[c]))).join('  ');
    console.log(`\n${fmt(head)}\n${cols.map((c) => '-'.repeat(width[c])).join('  ')}`);
    for (const l of lines) console.log(fmt(l));
    const file = process.env.SDM_TIMINGS_FILE;
    if (file) {
      for (const [name, r] of this.rows) {
        appendFileSync(
          file,
          `${JSON.stringify({ kind: 'project', name, files: r.files, tests: r.tests, ms: r.last - r.first })}\n`,
        );
      }
    }
  }
}
