import type { JsonPathSegment } from '../errors.js';
import { formatPath } from '../errors.js';
import { planIconArrays } from './icon-array.js';
import {
  DECISION_AID_LIMITS,
  type DecisionAidDocument,
  type DecisionAidLimitedPart,
  type Probability,
  parseDecisionAid,
  type ScreeningBlock,
} from './schema.js';

/** Where `lintDecisionAid` starts to warn: more than this is hard for a patient to weigh. */
export const DECISION_AID_ADVISED: Readonly<Record<DecisionAidLimitedPart, number>> = /* @__PURE__ */ Object.freeze({
  options: 8,
  faq: 15,
  outcomes: 12,
  riskProfiles: 6,
  values: 12,
  knowledgeCheck: 10,
  nextSteps: 10,
});

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

/** An `error` makes the report fail (`ok: false`) and its criterion unmet; a `warning` is advice and does neither. */
export type LintSeverity = 'error' | 'warning';

/** One finding of `lintDecisionAid`: severity, criterion, a stable code, where it is and a message for authors. */
export interface LintIssue {
  readonly severity: LintSeverity;
  readonly criterion: LintCriterion;
  /** Stable code, e.g. `missing-benefits`, `one-in-x`. */
  readonly code: string;
  readonly path: string;
  readonly segments: readonly JsonPathSegment[];
  readonly message: string;
}

/** What `lintDecisionAid` returns: every finding, and whether each IPDAS criterion (Q1-Q6, C1-C6) is met. */
export interface LintReport {
  /** True when there are no errors (warnings allowed). */
  readonly ok: boolean;
  readonly issues: readonly LintIssue[];
  /** Every IPDAS criterion checked, and whether the content meets it. */
  readonly criteria: readonly { readonly criterion: LintCriterion; readonly met: boolean }[];
}

/** Options for `lintDecisionAid`. */
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

/**
 * True when the text uses the "1 in X" format ("1 in 20", "uno de cada 20") with X other than 10, 100, 1,000,
 * 10,000 or 100,000 (those read as plain frequencies).
 */
export function hasOneInX(text: string): boolean {
  for (const m of text.matchAll(ONE_IN_X)) {
    const n = Number((m[1] ?? '').replace(/[,.]/g, ''));
    if (!ROUND.has(n)) return true;
  }
  return false;
}
// Relative-effect wording ("20% lower risk", "halves the risk", "twice as likely") makes effects look bigger
// than they are; IPDAS and the risk-communication literature say never to give it without absolute numbers.
// The patterns below are built from small named parts. Gaps between words are bounded ({0,6}) and made of
// tokens that cannot contain spaces, so no pattern can backtrack badly.

/**
 * The patterns, built once when the module loads. The call is marked pure so that a bundle that never lints
 * (a widget) leaves them out: `String.raw` and `new RegExp` at the top level would be kept as possible side effects.
 */
const FORMS = /* @__PURE__ */ (() => {
  /** Not preceded / not followed by a letter or digit (`\b` is ASCII-only and fails next to "á", "ó"). */
  const START = String.raw`(?<![\p{L}\p{N}_])`;
  const END = String.raw`(?![\p{L}\p{N}_])`;
  /** A number: "20", "2.5", "2,5"; starts at its first digit, so a long run of digits is not tried at every one. */
  const NUM = String.raw`(?<!\d)\d+(?:[.,]\d+)?`;
  /** A percentage ("20%", "20 %", "20 per cent", "20 percent", "20 por ciento"), not "percentage points" (absolute). */
  const PERCENT = String.raw`${NUM}\s?(?:%|per\s?cent${END}|por\s+ciento${END})(?!\s*(?:points?|puntos?)${END})`;
  /** Hedges before an amount: "by about a fifth", "en casi un 20 %". */
  const HEDGE = String.raw`(?:(?:about|around|almost|nearly|roughly|approximately|over|up\s+to|more\s+than|less\s+than|casi|cerca\s+de|alrededor\s+de|aproximadamente|hasta|más\s+de)\s+)?`;
  /** A fraction as a change: "a fifth", "one third", "half", "two thirds". */
  const FRACTION_EN = String.raw`(?:(?:a|one)[\s-](?:half|third|quarter|fifth|sixth|tenth)|half|(?:two|three|four)[\s-](?:thirds|quarters|fifths))${END}`;
  /** The same in Spanish, after "un"/"una": "un tercio", "una quinta parte". */
  const FRACTION_ES = String.raw`(?:un|una)\s+(?:tercio|cuarto|quinto|(?:tercera|cuarta|quinta|décima)\s+parte)${END}`;
  /**
   * One word of the gap between a verb and its amount ("lowers [the risk of death] by 20%"): no sentence
   * punctuation, so a match never runs into the next sentence, and no dosing word ("reduce the dose by half").
   */
  const GAP_WORD = String.raw`\s+(?!(?:doses?|dosage|tablets?|pills?|dosis|pastillas?|comprimidos?)${END})[^\s.;:!?]+`;
  const GAP = `(?:${GAP_WORD}){0,6}?`;
  /** Verbs of change in English. */
  const CHANGE_VERB_EN = String.raw`(?:reduc(?:es?|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|decreas(?:es?|ed|ing)|increas(?:es?|ed|ing)|rais(?:es?|ed|ing)|drop(?:s|ped|ping)?|falls?|fell|rises?|rose|risen|(?:goes|go|went)\s+(?:up|down))`;
  /** Verbs of change in Spanish. */
  const CHANGE_VERB_ES = `(?:reduc(?:e|en|ir|ía|iría)|redujo|disminu(?:ye|yen|ir|yó)|baj(?:a|an|ar|ó)|aument(?:a|an|ar|ó)|sub(?:e|en|ir|ió)|elev(?:a|an|ar|ó)|recort(?:a|an|ar|ó)|ca(?:e|en|er|yó))`;
  /** Words for a risk, so that "doubles the dose", "double vision" and "half the people" pass. */
  const RISK_NOUN = `(?:risks?|chances?|odds|likelihood|probability|riesgos?|probabilidad(?:es)?|probables?|posibilidad(?:es)?)${END}`;
  /** Counts that a scaling verb can act on too: "halved deaths", "duplica la mortalidad". */
  const EVENT_NOUN = `(?:${RISK_NOUN}|(?:deaths?|mortality|number|muertes?|mortalidad|número)${END})`;
  /** "halves", "doubled", "tripling"; "duplica", "triplicó". */
  const SCALE_VERB = `(?:halv(?:es?|ed|ing)|doubl(?:es|ed|ing)|tripl(?:es|ed|ing)|quadrupl(?:es|ed|ing)|duplic(?:a|an|ó|ado|aba)|triplic(?:a|an|ó|ado|aba))${END}`;
  /** A multiple: "3 times", "three times", "twice", "double", "half", "2-fold", "twofold". */
  const MULTIPLE_EN = String.raw`(?:(?:${NUM}|two|three|four|five|six|seven|eight|nine|ten|several|many)[\s-]+times|twice|double|half|${NUM}[\s-]?fold|(?:two|three|four|five|ten)fold)`;
  /** What makes a multiple relative ("3 times more likely", "twice as likely", "half the risk"), unlike "twice a day". */
  const MULTIPLE_EN_TAIL = String.raw`(?:more|less|higher|lower|greater|smaller|increase|decrease|reduction|rise|as\s+(?:likely|common|many|high|low|great|frequent|risky)|the\s+${RISK_NOUN})`;
  /** "3 veces más", "dos veces mayor", unlike "dos veces al día" and "3 veces por semana". */
  const MULTIPLE_ES = String.raw`(?:${NUM}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|muchas)\s+veces\s+(?:m[aá]s|menos|mayor|menor|superior|inferior|el\s+riesgo|la\s+probabilidad)`;
  /** Comparatives after a percentage: "20% lower", "a 30 per cent reduction", "un 20 % menos", "20 % de reducción". */
  const PERCENT_TAIL = String.raw`(?:lower|less|fewer|more|higher|greater|smaller|reduction|decrease|increase|drop|rise|cut|improvement|menos|m[aá]s|menor|mayor|inferior|superior|de\s+(?:reducción|disminución|aumento|incremento|descenso))`;
  /** Nouns of change with their amount: "a reduction of 20%", "una reducción del 20 %". */
  const CHANGE_NOUN = `(?:reduction|decrease|increase|drop|fall|rise|cut|reducción|disminución|aumento|incremento|descenso|caída|subida)`;

  /** Each form of relative wording, one pattern a form (case-insensitive, Unicode). */
  const relative: readonly RegExp[] = [
    // "lowers the risk of death by 20%", "reduces deaths by a fifth", "cuts the risk by half".
    new RegExp(
      String.raw`${START}${CHANGE_VERB_EN}${GAP}\s+by\s+${HEDGE}(?:${PERCENT}|${FRACTION_EN})(?!\s+of${END})`,
      'iu',
    ),
    // "cuts the risk in half".
    new RegExp(String.raw`${START}${CHANGE_VERB_EN}${GAP}\s+in\s+half${END}`, 'iu'),
    // "reduce el riesgo un 20 %", "disminuye en un 20 %", "baja el riesgo en una quinta parte".
    new RegExp(
      String.raw`${START}${CHANGE_VERB_ES}${GAP}\s+(?:en\s+)?${HEDGE}(?:(?:un|una)\s+)?(?:${PERCENT}|${FRACTION_ES})(?!\s+del?${END})`,
      'iu',
    ),
    // "reduce el riesgo a la mitad" (but not "a la mitad del tratamiento", halfway through).
    new RegExp(String.raw`${START}${CHANGE_VERB_ES}${GAP}\s+a\s+la\s+mitad(?!\s+del?${END})${END}`, 'iu'),
    // "la mitad del riesgo"; "el doble de probabilidades", "doble riesgo" (not "la mitad de las mujeres").
    new RegExp(String.raw`${START}la\s+mitad\s+(?:del?\s+)?(?:(?:la|las|los|el)\s+)?${RISK_NOUN}`, 'iu'),
    new RegExp(String.raw`${START}(?:el\s+)?doble\s+(?:del?\s+)?(?:(?:la|las|los|el)\s+)?${EVENT_NOUN}`, 'iu'),
    // "20% lower risk", "a 30 per cent reduction", "un 20 % menos".
    new RegExp(String.raw`${PERCENT}\s+${PERCENT_TAIL}${END}`, 'iu'),
    // "a reduction of 20%", "una reducción del 20 %".
    new RegExp(String.raw`${START}${CHANGE_NOUN}\s+(?:of|by|del?|en)\s+${HEDGE}(?:un\s+)?${PERCENT}`, 'iu'),
    // "3 times more likely", "twice as likely", "half the risk", "a twofold increase".
    new RegExp(String.raw`${START}${MULTIPLE_EN}\s+${MULTIPLE_EN_TAIL}${END}`, 'iu'),
    // "3 veces más", "tres veces mayor".
    new RegExp(`${START}${MULTIPLE_ES}${END}`, 'iu'),
    // "halves the risk", "the risk doubles", "duplica el riesgo": a scaling verb within 4 words of a risk or death word.
    new RegExp(String.raw`${START}${SCALE_VERB}(?:\s+[^\s.;:!?]+){0,4}?\s+${EVENT_NOUN}`, 'iu'),
    new RegExp(String.raw`${START}${EVENT_NOUN}(?:\s+[^\s.;:!?]+){0,4}?\s+${SCALE_VERB}`, 'iu'),
    // The technical names.
    /\b(?:relative\s+risk|hazard\s+ratio|odds\s+ratio)\b|riesgo\s+relativo/iu,
  ];

  /**
   * Absolute numbers in the same text make relative wording acceptable: "8 out of 100", "8 of 545 men",
   * "5 per 1,000", "20% of people", "8 de cada 100", "el 20 % de las mujeres", "from 10% to 8%".
   */
  const absolute: readonly RegExp[] = [
    new RegExp(
      String.raw`${START}${NUM}\s+(?:out\s+of(?:\s+every)?|of\s+every|of|in|de\s+cada|por\s+cada|per)\s+${NUM}`,
      'iu',
    ),
    new RegExp(String.raw`${PERCENT}\s+(?:of|de)\s`, 'iu'),
    new RegExp(String.raw`${START}(?:from|del?)\s+${PERCENT}\s+(?:to|al?)\s+${PERCENT}`, 'iu'),
  ];
  return { relative, absolute };
})();

/** True when the text uses relative-effect wording ("20% lower risk", "halves", "twice as likely", "un 20 % menos"). */
export function hasRelativeWording(text: string): boolean {
  return FORMS.relative.some((re) => re.test(text));
}

/** True when the text gives absolute numbers ("8 out of 100", "20% of people", "8 de cada 100"). */
export function hasAbsoluteNumbers(text: string): boolean {
  return FORMS.absolute.some((re) => re.test(text));
}

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
  for (const { at, s } of screeningBlocks(doc))
    for (const k of ['measures', 'afterPositive', 'afterNegative'] as const) add([...at, k], s[k]);
  return out;
}

/** The document's screening block and each option's own (test accuracy per option), with their paths. */
function screeningBlocks(doc: DecisionAidDocument): { at: JsonPathSegment[]; s: ScreeningBlock }[] {
  return [
    ...(doc.screening ? [{ at: ['screening'], s: doc.screening }] : []),
    ...doc.options.flatMap((o, i) => (o.screening ? [{ at: ['options', i, 'screening'], s: o.screening }] : [])),
  ];
}

/**
 * Short patient-facing labels and the texts `patientTexts` leaves out of the reading level: option titles, outcome
 * labels, risk profiles, knowledge-check choices, screening labels and next steps. Checked for number format only.
 */
function labelTexts(doc: DecisionAidDocument): { path: JsonPathSegment[]; text: string }[] {
  const out: { path: JsonPathSegment[]; text: string }[] = [];
  const add = (path: JsonPathSegment[], text: string | null | undefined) => {
    if (typeof text === 'string' && text.trim()) out.push({ path, text });
  };
  doc.options.forEach((o, i) => {
    add(['options', i, 'title'], o.title);
  });
  doc.outcomes.forEach((o, i) => {
    for (const k of ['label', 'eventText', 'nonEventText'] as const) add(['outcomes', i, k], o[k]);
  });
  (doc.riskProfiles ?? []).forEach((r, i) => {
    add(['riskProfiles', i, 'label'], r.label);
    add(['riskProfiles', i, 'description'], r.description);
  });
  (doc.knowledgeCheck ?? []).forEach((q, i) => {
    q.choices.forEach((c, j) => {
      add(['knowledgeCheck', i, 'choices', j, 'label'], c.label);
    });
  });
  for (const { at, s } of screeningBlocks(doc))
    for (const k of ['truePositiveText', 'falsePositiveText', 'falseNegativeText'] as const) add([...at, k], s[k]);
  (doc.nextSteps ?? []).forEach((t, i) => {
    add(['nextSteps', i], t);
  });
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
    if (new Set(present.map(([, p]) => p.population.trim().toLowerCase())).size > 1)
      add(
        'warning',
        'risk-format',
        'mixed-populations',
        ['outcomes', i, 'byOption'],
        `Outcome "${o.id}" describes different populations.`,
      );
    const statusQuo = doc.options.filter((x) => x.statusQuo).map((x) => x.id);
    // Figures given as differences from an option (comparedWith) carry their reference group with them.
    const hasReference = o.comparedWith !== undefined || statusQuo.some((id) => o.byOption[id]);
    if (present.length > 0 && statusQuo.length > 0 && !hasReference)
      add(
        'warning',
        'risk-format',
        'no-reference-group',
        ['outcomes', i],
        `Outcome "${o.id}" has no reference group: "${statusQuo.join('", "')}" (the option of waiting or no treatment) has no numbers, so patients cannot see how much the other options change. Add its numbers from the same source if they were published, or, when the source gives differences from it, say so with "comparedWith".`,
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
    // One block for a test every option shares, or one per option that is a test (the status quo has none).
    const untested = doc.screening ? [] : doc.options.flatMap((o, i) => (o.statusQuo || o.screening ? [] : [i]));
    const missing =
      'Screening decisions need what the test measures, true/false positive and false negative chances, and what happens after each result.';
    if (!doc.screening && untested.length === doc.options.filter((o) => !o.statusQuo).length)
      add('error', 'screening', 'missing-screening-block', ['screening'], missing);
    else
      for (const i of untested)
        add(
          'error',
          'screening',
          'missing-screening-block',
          ['options', i, 'screening'],
          `${missing} This option has none.`,
        );
    for (const { at, s } of screeningBlocks(doc)) {
      for (const k of ['truePositive', 'falsePositive', 'falseNegative'] as const) checkProbability(s[k], [...at, k]);
      const plan = planIconArrays([s.truePositive, s.falsePositive, s.falseNegative]);
      if (!plan.ok)
        add('error', 'risk-format', plan.reason, at, 'The screening chances must share their time frame and scale.');
    }
  }
  // Format of numbers in text. An outcome's relativeEffect is not checked: the widget always shows it beside the
  // absolute numbers (and relative-without-absolute above catches an outcome without them).
  for (const { path, text } of [...patientTexts(doc), ...labelTexts(doc)]) {
    if (hasOneInX(text))
      add(
        'error',
        'risk-format',
        'one-in-x',
        path,
        'Say "5 out of 100 people", not "1 in X": patients misread "1 in X".',
      );
    if (hasRelativeWording(text) && !hasAbsoluteNumbers(text))
      add(
        'error',
        'risk-format',
        'relative-only',
        path,
        'Say "8 out of 100 people, compared with 10 out of 100", not only "20% lower", "halves" or "twice as likely": relative numbers alone make effects look bigger. Give the absolute numbers in the same text, or put the relative effect in the outcome\'s relativeEffect.',
      );
    else if (hasRelativeWording(text))
      add(
        'warning',
        'risk-format',
        'relative-risk-in-text',
        path,
        'Relative numbers in text: check that the absolute numbers beside them are for the same people and time.',
      );
  }
  // Risk profiles: every declared profile has numbers, for every number compared in one outcome or for none.
  // Without them the widget falls back to the numbers for everyone in the studies (numbersFor).
  type Compared = { owner: string; part: string; numbers: { at: JsonPathSegment[]; p: Probability }[] };
  const compared: Compared[] = doc.outcomes.map((o, j) => ({
    owner: `Outcome "${o.id}"`,
    part: 'options',
    numbers: Object.entries(o.byOption).flatMap(([id, p]) => (p ? [{ at: ['outcomes', j, 'byOption', id], p }] : [])),
  }));
  for (const { at, s } of screeningBlocks(doc))
    compared.push({
      owner: 'The screening block',
      part: 'chances',
      numbers: (['truePositive', 'falsePositive', 'falseNegative'] as const).map((k) => ({ at: [...at, k], p: s[k] })),
    });
  (doc.riskProfiles ?? []).forEach((r, i) => {
    const has = (p: Probability) => p.profiles !== undefined && Object.hasOwn(p.profiles, r.id);
    const using = compared.filter((c) => c.numbers.some((n) => has(n.p)));
    if (using.length === 0)
      add(
        'warning',
        'quality',
        'risk-profile-without-numbers',
        ['riskProfiles', i],
        `No outcome gives numbers for the risk profile "${r.label}": patients who choose it will see the numbers for everyone in the studies instead. Add them under profiles["${r.id}"] of the outcomes' numbers, or remove the profile.`,
      );
    for (const c of using)
      for (const n of c.numbers)
        if (!has(n.p))
          add(
            'warning',
            'quality',
            'risk-profile-partial',
            n.at,
            `${c.owner} gives numbers for the risk profile "${r.label}" for some ${c.part} but not for this one: with that profile chosen, this one shows the numbers for everyone in the studies, so the ${c.part} are compared on different numbers. Add profiles["${r.id}"] here, or remove it from the others.`,
          );
  });
  // Quality: sizes a patient can weigh, well before the hard limits.
  for (const part of Object.keys(DECISION_AID_ADVISED) as DecisionAidLimitedPart[]) {
    const count = doc[part]?.length ?? 0;
    if (count > DECISION_AID_ADVISED[part])
      add(
        'warning',
        'quality',
        'too-many',
        [part],
        `${count} ${part}: more than ${DECISION_AID_ADVISED[part]} is hard for a patient to weigh (at most ${DECISION_AID_LIMITS[part]} are accepted).`,
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
