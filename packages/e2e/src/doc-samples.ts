// The TypeScript code samples of the documents a portal team reads first (README.md and docs/embedding.md), as
// files a throwaway app type-checks (consumer.e2e.test.ts): a sample that no longer compiles against the packed
// packages fails the test instead of misleading a reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './packing.js';

/** The documents whose samples are checked, relative to the repository root. */
export const SAMPLE_DOCS = ['README.md', 'docs/embedding.md'] as const;

export interface DocSample {
  /** File name in the app: `<doc>-<n>.tsx`. */
  readonly file: string;
  /** Where it comes from, for failure messages: `docs/embedding.md:21`. */
  readonly from: string;
  readonly code: string;
}

/** Every ```ts / ```tsx block of a document, in order. */
export function samplesOf(doc: string, text: string): DocSample[] {
  const out: DocSample[] = [];
  const lines = text.split('\n');
  const base = doc
    .replace(/^docs\//, '')
    .replace(/\.md$/, '')
    .toLowerCase();
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(tsx?)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    const body = lines.slice(start, end).join('\n');
    // Each sample is a module of its own, so names in two samples never clash.
    out.push({ file: `${base}-${out.length + 1}.tsx`, from: `${doc}:${start}`, code: `${body}\n\nexport {};\n` });
    i = end;
  }
  return out;
}

export function docSamples(): DocSample[] {
  return SAMPLE_DOCS.flatMap((doc) => samplesOf(doc, readFileSync(join(repoRoot, doc), 'utf8')));
}

/**
 * What the samples leave to the reader's app (its own data and services), declared with the types a portal would
 * have, so the samples are checked exactly as written.
 */
export const SAMPLE_AMBIENT = `// The reader's own app, as the documentation's samples assume it.
import type {
  DecisionAidDocument,
  DecisionAidHandoffText,
  DecisionAidInput,
  DecisionAidResult,
  PromptList,
  QuestionListInput,
  VisitPrepTemplate,
} from '@sdmkit/core';

declare global {
  const portal: { save(result: unknown): void; log(what: string, detail: unknown): void };
  function sendToChart(result: DecisionAidResult): void;
  function loadTemplate(): Promise<VisitPrepTemplate>;
  const doc: unknown;
  const template: VisitPrepTemplate;
  const list: PromptList;
  const decisionDoc: DecisionAidDocument;
  const decisionInput: DecisionAidInput;
  const questionInput: QuestionListInput;
  function setQuestionInput(input: QuestionListInput): void;
  const myText: { decisionAid: DecisionAidHandoffText; topQuestions: string };
}
export {};
`;
