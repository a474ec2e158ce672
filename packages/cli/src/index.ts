import { readFile } from 'node:fs/promises';
import { type LintIssue, type LintReport, lintDecisionAid, parseDecisionAid, patientTexts } from '@sdmkit/core';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** US school grade of a text by the Flesch-Kincaid formula (English only; counted with `syllable`). */
export function fleschKincaidGrade(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim().length > 0).length || 1;
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length === 0) return 0;
  const syllables = words.reduce((n, w) => n + syllable(w), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
}

export interface ReadingLevel {
  /** Grade of all patient-facing text together, or null when the language has no formula here. */
  readonly grade: number | null;
  /** Texts above the target grade, hardest first. */
  readonly hardest: readonly { readonly path: string; readonly grade: number }[];
}

/** Target: grade 8 or below (patient materials aim at grade 6-8). */
export const TARGET_GRADE = 8;

/** Reading level of a decision aid's patient-facing text (English documents only). */
export function readingLevel(doc: unknown): ReadingLevel {
  const parsed = parseDecisionAid(doc);
  if (!parsed.ok || !parsed.value.locale.startsWith('en')) return { grade: null, hardest: [] };
  const texts = patientTexts(parsed.value);
  const all = texts.map((t) => (/[.!?]$/.test(t.text.trim()) ? t.text : `${t.text}.`)).join(' ');
  const hardest = texts
    .map((t) => ({
      path: `$${t.path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}`,
      grade: fleschKincaidGrade(t.text),
    }))
    .filter((t) => t.grade > TARGET_GRADE + 2 && t.path.length > 0)
    .sort((a, b) => b.grade - a.grade)
    .slice(0, 10);
  return { grade: Math.round(fleschKincaidGrade(all) * 10) / 10, hardest };
}

export interface FileReport {
  readonly file: string;
  readonly lint: LintReport;
  readonly reading: ReadingLevel;
}

export async function lintFile(file: string, today?: Date): Promise<FileReport> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const issue: LintIssue = {
      severity: 'error',
      criterion: 'schema',
      code: 'unreadable',
      path: '$',
      segments: [],
      message,
    };
    return { file, lint: { ok: false, issues: [issue], criteria: [] }, reading: { grade: null, hardest: [] } };
  }
  return { file, lint: lintDecisionAid(doc, { today }), reading: readingLevel(doc) };
}

export function formatReport(r: FileReport): string {
  const lines = [`${r.file}: ${r.lint.ok ? 'ok' : 'errors found'}`];
  for (const i of r.lint.issues)
    lines.push(`  ${i.severity.padEnd(7)} ${i.criterion.padEnd(11)} ${i.path}  ${i.message} [${i.code}]`);
  if (r.reading.grade !== null) {
    lines.push(`  reading level: Flesch-Kincaid grade ${r.reading.grade} (target ${TARGET_GRADE} or below)`);
    for (const h of r.reading.hardest) lines.push(`    hard to read: ${h.path} (grade ${h.grade.toFixed(1)})`);
  }
  return lines.join('\n');
}

const USAGE = 'Usage: sdmkit lint <file.json> [more files] [--json]';

/** Runs the CLI; returns the exit code (0 ok, 1 content errors, 2 usage error). */
export async function main(
  argv: readonly string[],
  out: (s: string) => void = (s) => process.stdout.write(`${s}\n`),
  err: (s: string) => void = (s) => process.stderr.write(`${s}\n`),
): Promise<number> {
  const [command, ...rest] = argv;
  const files = rest.filter((a) => !a.startsWith('--'));
  if (command !== 'lint' || files.length === 0) {
    err(USAGE);
    return 2;
  }
  const reports = await Promise.all(files.map((f) => lintFile(f)));
  if (rest.includes('--json')) out(JSON.stringify(reports, null, 2));
  else for (const r of reports) out(formatReport(r));
  return reports.every((r) => r.lint.ok) ? 0 : 1;
}
