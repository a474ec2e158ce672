import type { JsonPathSegment } from '../errors.js';
import { formatPath } from '../errors.js';
import { planIconArrays } from './icon-array.js';
import { type DecisionAidDocument, type Probability, parseDecisionAid } from './schema.js';

/** IPDAS (IPDASi v4) criteria the lint checks, plus risk-format and quality rules. */
export type LintCriterion =
  | 'Q1'
  | 'Q2'
  | 'Q3'
  | 'Q4'
  | 'Q5'
  | 'Q6'
  | 'C1'
  | 'C2'
  | 'C3'
  | 'C4'
  | 'C5'
  | 'C6'
  | 'screening'
  | 'risk-format'
  | 'quality'
  | 'schema';

export type LintSeverity = 'error' | 'warning';

export interface LintIssue {
  readonly severity: LintSeverity;
  readonly criterion: LintCriterion;
  /** Stable code, e.g. `missing-benefits`, `one-in-x`. */
  readonly code: string;
  readonly path: string;
  readonly segments: readonly JsonPathSegment[];
  readonly message: string;
}

export interface LintReport {
  /** True when there are no errors (warnings allowed). */
  readonly ok: boolean;
  readonly issues: readonly LintIssue[];
  /** Every IPDAS criterion checked, and whether the content meets it. */
  readonly criteria: readonly { readonly criterion: LintCriterion; readonly met: boolean }[];
}

export interface LintOptions {
  /** "Today", for the review-date check (default: now). */
  readonly today?: Date | undefined;
}

/**
 * "1 in 20", "1 of every 20", "uno de cada 20", "1 من كل 20": the format patients misread when X varies. On a
 * round scale ("1 out of 100", "1 de cada 1000") the same words are a plain frequency and are allowed.
 */
const ONE_IN_X = /(?:\b(?:1|one|uno|una)\s+(?:in|of every|out of every|de cada)|(?:^|\s)1\s+من\s+كل)\s+(\d[\d,.]*)/giu;
const ROUND = new Set([10, 100, 1000, 10000, 100000]);

export function hasOneInX(text: string): boolean {
  for (const m of text.matchAll(ONE_IN_X)) {
    const n = Number((m[1] ?? '').replace(/[,.]/g, ''));
    if (!ROUND.has(n)) return true;
  }
  return false;
}
/** Relative-effect wording that must never stand alone. */
const RELATIVE =
  /\b\d+(?:[.,]\d+)?\s?%\s+(?:less|lower|fewer|more|higher|reduction|increase|menos|más|reducción)\b|\b(?:relative risk|riesgo relativo|halves|doubles|reduces the risk by|reduce el riesgo en)\b/iu;

const CRITERIA: LintCriterion[] = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6'];

/** Every patient-facing text of a document with its path (for format checks and reading level). */
export function patientTexts(doc: DecisionAidDocument): { path: JsonPathSegment[]; text: string }[] {
  const out: { path: JsonPathSegment[]; text: string }[] = [];
  const add = (path: JsonPathSegment[], text: string | null | undefined) => {
    if (typeof text === 'string' && text.trim()) out.push({ path, text });
  };
  add(['condition', 'description'], doc.condition.description);
  add(['decision', 'question'], doc.decision.question);
  add(['decision', 'context'], doc.decision.context);
  doc.options.forEach((o, i) => {
    add(['options', i, 'summary'], o.summary);
    o.benefits.forEach((p, j) => {
      add(['options', i, 'benefits', j, 'text'], p.text);
    });
    o.harms.forEach((p, j) => {
      add(['options', i, 'harms', j, 'text'], p.text);
    });
    for (const k of ['physical', 'emotional', 'social', 'practical'] as const)
      add(['options', i, 'livingWith', k], o.livingWith[k]);
  });
  doc.faq.forEach((row, i) => {
    add(['faq', i, 'question'], row.question);
    for (const [id, a] of Object.entries(row.answers)) add(['faq', i, 'answers', id], a);
  });
  doc.outcomes.forEach((o, i) => {
    add(['outcomes', i, 'description'], o.description);
  });
  doc.values.forEach((c, i) => {
    add(['values', i, 'label'], c.label);
    add(['values', i, 'description'], c.description);
  });
  (doc.knowledgeCheck ?? []).forEach((q, i) => {
    add(['knowledgeCheck', i, 'question'], q.question);
    add(['knowledgeCheck', i, 'explanation'], q.explanation);
  });
  if (doc.screening) {
    add(['screening', 'measures'], doc.screening.measures);
    add(['screening', 'afterPositive'], doc.screening.afterPositive);
    add(['screening', 'afterNegative'], doc.screening.afterNegative);
  }
  return out;
}

/**
 * Reports every IPDAS qualifying (Q1-Q6) and certification (C1-C6) criterion the content misses, screening
 * criteria, and risk-format problems, each with a path. Invalid documents report their schema issues.
 * Pure and small: reading level is measured by `@sdmkit/cli`, so no text library ends up in a widget bundle.
 */
export function lintDecisionAid(input: unknown, options: LintOptions = {}): LintReport {
  const parsed = parseDecisionAid(input);
  if (!parsed.ok) {
    const issues = parsed.issues.map<LintIssue>((i) => ({
      severity: 'error',
      criterion: 'schema',
      code: i.code,
      path: i.path,
      segments: i.segments,
      message: i.message,
    }));
    return { ok: false, issues, criteria: CRITERIA.map((criterion) => ({ criterion, met: false })) };
  }
  const doc = parsed.value;
  const issues: LintIssue[] = [];
  const add = (
    severity: LintSeverity,
    criterion: LintCriterion,
    code: string,
    segments: JsonPathSegment[],
    message: string,
  ) => issues.push({ severity, criterion, code, path: formatPath(segments), segments, message });

  // Q1 — the condition.
  if (doc.condition.description.trim().length < 20)
    add(
      'error',
      'Q1',
      'condition-too-short',
      ['condition', 'description'],
      'Describe the condition in a sentence or two.',
    );
  // Q2 — the decision as one explicit question.
  if (!/\?\s*$/.test(doc.decision.question))
    add(
      'error',
      'Q2',
      'decision-not-a-question',
      ['decision', 'question'],
      'State the decision as a question ("Should I …?").',
    );
  // Q3 — two options, including the status quo.
  if (!doc.options.some((o) => o.statusQuo))
    add(
      'warning',
      'Q3',
      'no-status-quo',
      ['options'],
      'No option is marked statusQuo: include waiting, watching or no treatment where it is reasonable.',
    );
  doc.options.forEach((o, i) => {
    if (o.benefits.length === 0)
      add('error', 'Q4', 'missing-benefits', ['options', i, 'benefits'], `Option "${o.id}" lists no benefits.`);
    if (o.harms.length === 0)
      add('error', 'Q5', 'missing-harms', ['options', i, 'harms'], `Option "${o.id}" lists no harms or downsides.`);
    for (const k of ['physical', 'emotional', 'social', 'practical'] as const)
      if (!o.livingWith[k])
        add(
          'error',
          'Q6',
          'missing-living-with',
          ['options', i, 'livingWith', k],
          `Option "${o.id}" does not say what it is like ${k}ly.`,
        );
  });
  // C1 — equal detail.
  const counts = doc.options.map((o) => o.benefits.length + o.harms.length);
  if (doc.faq.length === 0)
    add('warning', 'C1', 'no-option-grid', ['faq'], 'Add frequently asked questions answered for every option.');
  doc.faq.forEach((row, i) => {
    for (const [id, a] of Object.entries(row.answers))
      if (a === null)
        add(
          'warning',
          'C1',
          'no-data',
          ['faq', i, 'answers', id],
          `"${row.question}" has no data for option "${id}"; it will show "no data".`,
        );
  });
  if (Math.max(...counts) > 2 * Math.max(1, Math.min(...counts)))
    add(
      'warning',
      'C1',
      'unequal-detail',
      ['options'],
      'Options differ a lot in how many benefits and harms they list.',
    );
  // C2 — sources.
  if (doc.meta.sources.length === 0)
    add('error', 'C2', 'no-sources', ['meta', 'sources'], 'Cite the sources of evidence in meta.sources.');
  // C4 — review date and update policy.
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  if (doc.meta.nextReview < today)
    add(
      'warning',
      'C4',
      'review-overdue',
      ['meta', 'nextReview'],
      `The review date ${doc.meta.nextReview} has passed.`,
    );
  if (!doc.meta.updatePolicy)
    add('warning', 'C4', 'no-update-policy', ['meta', 'updatePolicy'], 'Say how and when the content is updated.');
  // C5 and risk format — every probability.
  const checkProbability = (p: Probability, at: JsonPathSegment[]) => {
    if (p.sourceIds.length === 0)
      add('error', 'C2', 'probability-without-source', [...at, 'sourceIds'], 'This number cites no source.');
    if (!p.range && !p.certainty && !p.uncertaintyNote)
      add(
        'error',
        'C5',
        'probability-without-uncertainty',
        at,
        'Give a range, a certainty rating or an uncertainty note.',
      );
  };
  doc.outcomes.forEach((o, i) => {
    const present = Object.entries(o.byOption).filter((e): e is [string, Probability] => e[1] !== null);
    for (const [id, p] of present) checkProbability(p, ['outcomes', i, 'byOption', id]);
    for (const [id, p] of Object.entries(o.byOption))
      if (p === null)
        add(
          'warning',
          'C1',
          'no-data',
          ['outcomes', i, 'byOption', id],
          `Outcome "${o.id}" has no data for option "${id}".`,
        );
    const plan = planIconArrays(present.map(([, p]) => p));
    if (!plan.ok && plan.reason === 'mixed-time-frames')
      add(
        'error',
        'risk-format',
        'mixed-time-frames',
        ['outcomes', i, 'byOption'],
        `Outcome "${o.id}" mixes time frames.`,
      );
    if (!plan.ok && plan.reason === 'mixed-denominators')
      add(
        'error',
        'risk-format',
        'mixed-denominators',
        ['outcomes', i, 'byOption'],
        `Outcome "${o.id}" mixes "per 100" and "per 1000" style numbers.`,
      );
    if (new Set(present.map(([, p]) => p.population.trim().toLowerCase())).size > 1)
      add(
        'warning',
        'risk-format',
        'mixed-populations',
        ['outcomes', i, 'byOption'],
        `Outcome "${o.id}" describes different populations.`,
      );
    if (o.relativeEffect && present.length === 0)
      add(
        'error',
        'risk-format',
        'relative-without-absolute',
        ['outcomes', i, 'relativeEffect'],
        'A relative effect needs the absolute numbers beside it.',
      );
  });
  // Screening and test decisions.
  if (doc.kind === 'screening' || doc.kind === 'test') {
    if (!doc.screening)
      add(
        'error',
        'screening',
        'missing-screening-block',
        ['screening'],
        'Screening decisions need what the test measures, true/false positive and false negative chances, and what happens after each result.',
      );
    else {
      for (const k of ['truePositive', 'falsePositive', 'falseNegative'] as const)
        checkProbability(doc.screening[k], ['screening', k]);
      const s = doc.screening;
      const plan = planIconArrays([s.truePositive, s.falsePositive, s.falseNegative]);
      if (!plan.ok)
        add(
          'error',
          'risk-format',
          plan.reason,
          ['screening'],
          'The screening chances must share their time frame and scale.',
        );
    }
  }
  // Format of numbers in text.
  for (const { path, text } of patientTexts(doc)) {
    if (hasOneInX(text))
      add(
        'error',
        'risk-format',
        'one-in-x',
        path,
        'Say "5 out of 100 people", not "1 in X": patients misread "1 in X".',
      );
    if (RELATIVE.test(text))
      add(
        'warning',
        'risk-format',
        'relative-risk-in-text',
        path,
        'Relative numbers in text: give absolute numbers beside them.',
      );
  }
  // Quality: values clarification and steps to decide.
  if (doc.values.length === 0)
    add('warning', 'quality', 'no-values-clarification', ['values'], 'Add considerations for values clarification.');
  if (!doc.nextSteps || doc.nextSteps.length === 0)
    add('warning', 'quality', 'no-next-steps', ['nextSteps'], 'Add plain-language steps to decide.');

  const failing = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.criterion));
  return {
    ok: !issues.some((i) => i.severity === 'error'),
    issues,
    criteria: CRITERIA.map((criterion) => ({ criterion, met: !failing.has(criterion) })),
  };
}
