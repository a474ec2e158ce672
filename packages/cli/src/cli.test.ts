// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mammographyScreeningEn, prostateTreatmentEn, prostateTreatmentEs } from '@sdmkit/content';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { fleschKincaidGrade, readingLevel } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sdmkit-cli-'));
const cli = join(dir, 'sdmkit.mjs');

beforeAll(async () => {
  // Bundle the CLI from source, then run it as a real process.
  await build({
    entryPoints: [join(here, 'bin.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    conditions: ['source'],
    logLevel: 'silent',
  });
}, 60_000);

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const write = (name: string, data: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
};

describe('sdmkit lint', () => {
  it('exits 0 for good content and reports the reading level', () => {
    const r = run('lint', write('good.json', prostateTreatmentEn), write('screen.json', mammographyScreeningEn));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('good.json: ok');
    expect(r.stdout).toMatch(/reading level: Flesch-Kincaid grade \d+(\.\d)?/);
  });

  it('exits 1 with paths when content misses IPDAS criteria', () => {
    const bad = { ...prostateTreatmentEn, decision: { question: 'Treatment choice' } };
    const r = run('lint', write('bad.json', bad));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('error   Q2');
    expect(r.stdout).toContain('$.decision.question');
  });

  it('exits 1 for unreadable JSON and 2 for bad usage; --json gives machine output', () => {
    expect(run('lint', write('broken.json', '{nope')).status).toBe(1);
    expect(run('frobnicate').status).toBe(2);
    const r = run('lint', write('good2.json', prostateTreatmentEn), '--json');
    expect(JSON.parse(r.stdout)[0].lint.ok).toBe(true);
  });
});

describe('reading level', () => {
  it('scores plain text lower than dense text', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was warm.')).toBeLessThan(3);
    expect(
      fleschKincaidGrade(
        'Radical prostatectomy demonstrated considerable deterioration regarding postoperative urinary continence outcomes.',
      ),
    ).toBeGreaterThan(15);
  });

  it('measures English documents and skips languages without a formula here', () => {
    const en = readingLevel(prostateTreatmentEn);
    expect(en.grade).not.toBeNull();
    expect(en.grade!).toBeLessThan(10);
    expect(readingLevel(prostateTreatmentEs)).toEqual({ grade: null, hardest: [] });
  });
});
