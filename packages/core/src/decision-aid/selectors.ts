import { type DecisionAidInput, RATING_MAX, SURE_ITEMS, type SureItem } from './input.js';
import type { DecisionAidDocument } from './schema.js';

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

/** How well each option fits the ratings (the maths is under `ValuesFit`): one entry per option, in content order. */
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

/**
 * The SURE test's result: the score (one point per "yes"), how many of the four items are answered, and the help
 * each "no" points to.
 */
export interface SureResult {
  readonly score: number;
  readonly answered: number;
  readonly complete: boolean;
  /** True only when all four are answered and the score is below 4. */
  readonly conflict: boolean;
  /** Help for every item answered "no", in item order. */
  readonly help: readonly SureHelp[];
}

/** Scores the SURE answers in the input (see `SURE_HELP`); items not answered add nothing. */
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

/** The knowledge check so far: how many questions the content has, how many are answered, how many correctly. */
export interface KnowledgeResult {
  readonly total: number;
  readonly answered: number;
  readonly correct: number;
}

/** Counts the knowledge-check answers; answers to questions the content does not have are not counted. */
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

/**
 * Which steps are done: every content consideration rated, every knowledge question answered, all four SURE
 * items answered, a leaning chosen (`unsure` counts).
 */
export interface DecisionAidCompletion {
  readonly values: boolean;
  readonly knowledge: boolean;
  readonly sure: boolean;
  readonly leaning: boolean;
  /** Every step the patient can do is done (knowledge only when the content has questions). */
  readonly ready: boolean;
}

/** Which steps of the aid the patient has done (see `DecisionAidCompletion`). */
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
