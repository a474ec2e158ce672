import type { Translate } from '../i18n/widget-i18n.js';
import type { DecisionAidDocument } from './schema.js';
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

/** Where the words of a summary part come from, so a screen can mark their language. */
export type SummaryTextSource =
  /** The content document (its own `locale`). */
  | 'content'
  /** The widget's strings (the interface language). */
  | 'interface'
  /** The patient's own words (no known language). */
  | 'patient';

/** One run of text in a summary line. */
export interface SummaryPart {
  readonly text: string;
  readonly from: SummaryTextSource;
}

/** One line of the summary: its parts, read one after the other (the plain text joins them as they are). */
export type SummaryLine = readonly SummaryPart[];

export type DecisionAidSummarySectionId =
  | 'decision'
  | 'options'
  | 'whatMatters'
  | 'fit'
  | 'leaning'
  | 'sure'
  | 'openQuestions';

/** One labelled part of the summary: a value on the label's line ("Decision: …"), a list under it, or both. */
export interface DecisionAidSummarySection {
  readonly id: DecisionAidSummarySectionId;
  /** The label, in interface words (`summary.<id>`). */
  readonly label: string;
  /** The value on the label's line, or null when the section is a list under its label. */
  readonly value: SummaryLine | null;
  /** The lines listed under the label, in order. */
  readonly items: readonly SummaryLine[];
}

/**
 * The patient's summary as structured sections: the one source of both the plain text
 * (`buildDecisionAidSummary`) and the `Summary` component, so the screen and the copied text always say the same
 * things in the same order.
 */
export interface DecisionAidSummary {
  /** The decision aid's title (content). */
  readonly title: string;
  readonly sections: readonly DecisionAidSummarySection[];
  /** The demonstration notice (interface words), or null for real content. */
  readonly notice: string | null;
}

const fromContent = (text: string): SummaryLine => [{ text, from: 'content' }];
const fromInterface = (text: string): SummaryLine => [{ text, from: 'interface' }];
const fromPatient = (text: string): SummaryLine => [{ text, from: 'patient' }];

/**
 * The decision, options, what matters most, how the options fit the ratings, leaning, SURE result with the help
 * each "no" points to, and questions still open. All fixed wording comes from `t` (keys under `summary.`, and
 * `rating.*`, `leaning.unsure`, `sure.help.*`, in the `sdm-decision-aid` namespace), so core ships no UI strings.
 * Pass `result` when it is already at hand (it is `buildDecisionAidResult(content, input)`).
 */
export function selectDecisionAidSummary(
  content: DecisionAidDocument,
  input: DecisionAidInput,
  t: Translate,
  result: DecisionAidResult = buildDecisionAidResult(content, input),
): DecisionAidSummary {
  const r = result;
  const section = (
    id: DecisionAidSummarySectionId,
    value: SummaryLine | null,
    items: readonly SummaryLine[] = [],
  ): DecisionAidSummarySection => ({ id, label: t(`summary.${id}`), value, items });
  // Rated considerations from the content; the others are the patient's own concerns, in their own words.
  const contentValues = new Set(content.values.map((v) => v.id));
  // valuesFit has one entry per option, in content order.
  const fits = content.options.flatMap((o, i): SummaryLine[] => {
    const percent = r.valuesFit[i]?.percent;
    return percent == null
      ? []
      : [
          [
            { text: o.title, from: 'content' },
            { text: `: ${t('summary.fitPercent', { percent })}`, from: 'interface' },
          ],
        ];
  });
  const open: SummaryLine[] = [
    ...content.faq
      .filter((row) => Object.values(row.answers).some((a) => a === null))
      .map((row) => fromContent(row.question)),
    ...input.ownConcerns
      .map((c) => c.text)
      .filter((text) => text.trim().length > 0)
      .map(fromPatient),
    ...(r.sure.help.includes('information') ? [fromInterface(t('summary.askBenefitsHarms'))] : []),
  ];
  const leaning =
    r.leaningTitle === null
      ? fromInterface(t('summary.notChosen'))
      : r.leaningTitle === 'unsure'
        ? fromInterface(t('leaning.unsure'))
        : fromContent(r.leaningTitle);
  return {
    title: content.meta.title,
    sections: [
      section('decision', fromContent(content.decision.question)),
      section(
        'options',
        null,
        content.options.map((o) => fromContent(o.title)),
      ),
      section(
        'whatMatters',
        null,
        r.topValues.length === 0
          ? [fromInterface(t('summary.nothingRated'))]
          : r.topValues.map((v) => [
              { text: v.label, from: contentValues.has(v.id) ? 'content' : 'patient' },
              { text: ` (${t(`rating.${v.rating}`)})`, from: 'interface' },
            ]),
      ),
      ...(fits.length > 0 ? [section('fit', null, fits)] : []),
      section('leaning', leaning),
      section(
        'sure',
        fromInterface(r.sure.complete ? t('summary.sureScore', { score: r.sure.score }) : t('summary.sureIncomplete')),
        r.sure.help.map((h) => fromInterface(t(`sure.help.${h}`))),
      ),
      ...(open.length > 0 ? [section('openQuestions', null, open)] : []),
    ],
    notice: content.meta.demonstration ? t('summary.demonstration') : null,
  };
}

/** A summary line as plain text. */
export function summaryLineText(line: SummaryLine): string {
  return line.map((p) => p.text).join('');
}

/**
 * A summary as plain text to copy or print: the title; then each section, either "Label: value" or a blank line,
 * "Label:" and its list; lines listed under a section start with "- ". A "Label: value" line right after another
 * one stays in its paragraph (leaning and SURE). The notice, if any, comes last.
 */
export function decisionAidSummaryText(summary: DecisionAidSummary): string {
  const lines = [summary.title];
  let previous: DecisionAidSummarySection | null = null;
  for (const s of summary.sections) {
    if (s.value === null) lines.push('', `${s.label}:`);
    else {
      if (previous?.value == null) lines.push('');
      lines.push(`${s.label}: ${summaryLineText(s.value)}`);
    }
    for (const item of s.items) lines.push(`- ${summaryLineText(item)}`);
    previous = s;
  }
  if (summary.notice !== null) lines.push('', summary.notice);
  return lines.join('\n');
}

/** Plain-text summary to copy or print: `decisionAidSummaryText(selectDecisionAidSummary(content, input, t))`. */
export function buildDecisionAidSummary(content: DecisionAidDocument, input: DecisionAidInput, t: Translate): string {
  return decisionAidSummaryText(selectDecisionAidSummary(content, input, t));
}
