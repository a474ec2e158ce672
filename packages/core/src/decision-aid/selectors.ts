import type { Translate } from '../i18n/widget-i18n.js';
import type { DecisionAidDocument, Probability } from './schema.js';
import { type DecisionAidInput, RATING_MAX, SURE_ITEMS, type SureItem } from './store.js';

/**
 * How well each option fits the patient's ratings. The maths, stated plainly:
 *
 *   fit(option) = (sum of ratings of the considerations that speak for this option)
 *               / (sum of ratings of all rated considerations that speak for any option)
 *
 * Ratings run 0 (does not matter) … 4 (matters very much). The patient's own concerns count like the content's
 * considerations, with the options the patient ticked. The result is a share from 0 to 1, rounded to whole
 * percent for display; `null` when nothing that speaks for an option has been rated above 0. Options keep their
 * content order: the result is never sorted and never names a "best" option.
 */
export interface ValuesFit {
  readonly optionId: string;
  /** 0…1, or null when there is nothing to compare yet. */
  readonly share: number | null;
  /** Whole percent for display, or null. */
  readonly percent: number | null;
  /** Considerations (content + own) rated above 0 that speak for this option. */
  readonly supportingCount: number;
}

/**
 * The content's considerations, then the patient's own concerns, each with its rating (-1 = not rated) and the
 * options it speaks for.
 */
function considerations(content: DecisionAidDocument, input: DecisionAidInput) {
  return [
    ...content.values.map((c) => ({
      id: c.id,
      label: c.label,
      rating: input.ratings[c.id] ?? -1,
      supports: c.supports,
    })),
    ...input.ownConcerns.map((c) => ({ id: c.id, label: c.text, rating: c.rating ?? -1, supports: c.optionIds })),
  ];
}

export function selectValuesFit(content: DecisionAidDocument, input: DecisionAidInput): ValuesFit[] {
  const weighted = considerations(content, input).filter((c) => c.rating > 0 && c.supports.length > 0);
  const total = weighted.reduce((s, w) => s + w.rating, 0);
  return content.options.map((o) => {
    const mine = weighted.filter((w) => w.supports.includes(o.id));
    const sum = mine.reduce((s, w) => s + w.rating, 0);
    const share = total > 0 ? sum / total : null;
    return {
      optionId: o.id,
      share,
      percent: share === null ? null : Math.round(share * 100),
      supportingCount: mine.length,
    };
  });
}

/** The kind of help a SURE "no" points to. */
export type SureHelp = 'certainty' | 'information' | 'values' | 'support';

/**
 * SURE test (Légaré et al. 2010): one point per "yes". Score 4 = no decisional conflict; below 4 (with all four
 * answered) = conflict. Each "no" names help: Sure -> `certainty` (time, talking it through), Understand ->
 * `information`, Risk-benefit ratio -> `values`, Encouragement -> `support`.
 */
export const SURE_HELP: Readonly<Record<SureItem, SureHelp>> = {
  sure: 'certainty',
  understand: 'information',
  riskBenefit: 'values',
  encouragement: 'support',
};

export interface SureResult {
  readonly score: number;
  readonly answered: number;
  readonly complete: boolean;
  /** True only when all four are answered and the score is below 4. */
  readonly conflict: boolean;
  /** Help for every item answered "no", in item order. */
  readonly help: readonly SureHelp[];
}

export function selectSure(input: DecisionAidInput): SureResult {
  let score = 0;
  let answered = 0;
  const help: SureHelp[] = [];
  for (const item of SURE_ITEMS) {
    const a = input.sure[item];
    if (a === undefined) continue;
    answered++;
    if (a) score++;
    else help.push(SURE_HELP[item]);
  }
  const complete = answered === SURE_ITEMS.length;
  return { score, answered, complete, conflict: complete && score < 4, help };
}

export interface KnowledgeResult {
  readonly total: number;
  readonly answered: number;
  readonly correct: number;
}

export function selectKnowledge(content: DecisionAidDocument, input: DecisionAidInput): KnowledgeResult {
  const qs = content.knowledgeCheck ?? [];
  let answered = 0;
  let correct = 0;
  for (const q of qs) {
    const a = input.knowledge[q.id];
    if (a === undefined) continue;
    answered++;
    if (a === q.correctChoiceId) correct++;
  }
  return { total: qs.length, answered, correct };
}

export interface DecisionAidCompletion {
  readonly values: boolean;
  readonly knowledge: boolean;
  readonly sure: boolean;
  readonly leaning: boolean;
  /** Every step the patient can do is done (knowledge only when the content has questions). */
  readonly ready: boolean;
}

export function selectDecisionAidCompletion(
  content: DecisionAidDocument,
  input: DecisionAidInput,
): DecisionAidCompletion {
  const values = content.values.every((c) => input.ratings[c.id] !== undefined);
  const k = selectKnowledge(content, input);
  const knowledge = k.answered === k.total;
  const sure = selectSure(input).complete;
  const leaning = input.leaning !== null;
  return { values, knowledge, sure, leaning, ready: values && knowledge && sure && leaning };
}

/** The considerations that matter most: rated 3 or 4, highest first, content order for ties. */
export function selectTopValues(
  content: DecisionAidDocument,
  input: DecisionAidInput,
): { id: string; label: string; rating: number }[] {
  // The sort is stable: ties keep content order.
  return considerations(content, input)
    .filter((x) => x.rating >= RATING_MAX - 1)
    .sort((a, b) => b.rating - a.rating)
    .map(({ id, label, rating }) => ({ id, label, rating }));
}

/** The numbers for a probability under the chosen risk profile (falls back to the main numbers). */
export function numbersFor(
  p: Probability,
  riskProfileId: string | null,
): { numerator: number; denominator: number; range?: { low: number; high: number } | undefined } {
  const n = (riskProfileId && p.profiles?.[riskProfileId]) || p;
  return { numerator: n.numerator, denominator: p.denominator, range: n.range };
}

/** The result handed to `onComplete`: typed, serialisable, self-describing. */
export interface DecisionAidResult {
  readonly contentId: string;
  readonly contentVersion: string;
  readonly locale: string;
  readonly input: DecisionAidInput;
  readonly valuesFit: readonly ValuesFit[];
  readonly sure: SureResult;
  readonly knowledge: KnowledgeResult;
  readonly topValues: readonly { id: string; label: string; rating: number }[];
  /** The leaning's option title, `unsure`, or null. */
  readonly leaningTitle: string | null;
  readonly completedAt: string | null;
}

export function buildDecisionAidResult(content: DecisionAidDocument, input: DecisionAidInput): DecisionAidResult {
  const leaningTitle =
    input.leaning === null
      ? null
      : input.leaning === 'unsure'
        ? 'unsure'
        : (content.options.find((o) => o.id === input.leaning)?.title ?? null);
  return {
    contentId: content.id,
    contentVersion: content.meta.version,
    locale: content.locale,
    input,
    valuesFit: selectValuesFit(content, input),
    sure: selectSure(input),
    knowledge: selectKnowledge(content, input),
    topValues: selectTopValues(content, input),
    leaningTitle,
    completedAt: input.completedAt,
  };
}

/**
 * Plain-text summary to copy or print: the decision, options, what matters most, leaning, SURE result and
 * questions still open. All fixed wording comes from `t` (keys under `summary.` in the `sdm-decision-aid`
 * namespace), so core ships no UI strings.
 */
export function buildDecisionAidSummary(content: DecisionAidDocument, input: DecisionAidInput, t: Translate): string {
  const r = buildDecisionAidResult(content, input);
  const line = (key: string, value: string) => `${t(`summary.${key}`)}: ${value}`;
  /** A blank line, the heading and one "- " line per item. */
  const list = (key: string, items: readonly string[]) => [
    '',
    `${t(`summary.${key}`)}:`,
    ...items.map((i) => `- ${i}`),
  ];
  // valuesFit has one entry per option, in content order.
  const fits = content.options.flatMap((o, i) => {
    const percent = r.valuesFit[i]?.percent;
    return percent == null ? [] : [`${o.title}: ${t('summary.fitPercent', { percent })}`];
  });
  const open = [
    ...content.faq.filter((row) => Object.values(row.answers).some((a) => a === null)).map((row) => row.question),
    ...input.ownConcerns.map((c) => c.text).filter((text) => text.trim().length > 0),
    ...(r.sure.help.includes('information') ? [t('summary.askBenefitsHarms')] : []),
  ];
  return [
    content.meta.title,
    '',
    line('decision', content.decision.question),
    ...list(
      'options',
      content.options.map((o) => o.title),
    ),
    ...list(
      'whatMatters',
      r.topValues.length === 0
        ? [t('summary.nothingRated')]
        : r.topValues.map((v) => `${v.label} (${t(`rating.${v.rating}`)})`),
    ),
    ...(fits.length > 0 ? list('fit', fits) : []),
    '',
    line(
      'leaning',
      r.leaningTitle === null
        ? t('summary.notChosen')
        : r.leaningTitle === 'unsure'
          ? t('leaning.unsure')
          : r.leaningTitle,
    ),
    line('sure', r.sure.complete ? t('summary.sureScore', { score: r.sure.score }) : t('summary.sureIncomplete')),
    ...r.sure.help.map((h) => `- ${t(`sure.help.${h}`)}`),
    ...(open.length > 0 ? list('openQuestions', open) : []),
    ...(content.meta.demonstration ? ['', t('summary.demonstration')] : []),
  ].join('\n');
}
