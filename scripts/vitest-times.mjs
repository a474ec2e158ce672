// A Vitest reporter that records, per project, its test files and tests, the wall time from its first file starting
// to its last file ending (projects overlap: Vitest runs them side by side), and the summed time of its files
// (environment set-up, import and tests). The rows go to SDM_TIMINGS_FILE as JSON lines, and scripts/times.mjs
// prints them with the stage table; run without that file (plain `vitest run --reporter=…`), it prints them itself.
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printProjects } from './times.mjs';

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
    const own = process.env.SDM_TIMINGS_FILE;
    const file = own ?? join(mkdtempSync(join(tmpdir(), 'sdm-times-')), 'times.jsonl');
    for (const [name, r] of this.rows) {
      const row = { kind: 'project', name, files: r.files, tests: r.tests, ms: r.last - r.first, summedMs: r.summed };
      appendFileSync(file, `${JSON.stringify(row)}\n`);
    }
    if (!own) printProjects(file);
  }
}
