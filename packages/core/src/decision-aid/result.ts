import type { Translate } from '../i18n/widget-i18n.js';
import type { DecisionAidInput } from './input.js';
import type { DecisionAidDocument } from './schema.js';
import {
  type KnowledgeResult,
  type SureResult,
  selectKnowledge,
  selectSure,
  selectTopValues,
  selectValuesFit,
  type ValuesFit,
} from './selectors.js';

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

/**
 * The result for this content and input (`DecisionAidResult`): how the options fit the ratings, the SURE and
 * knowledge results, what matters most, and the leaning's option title.
 */
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

/** The sections of a summary, in this order; `fit` and `openQuestions` are left out when they would be empty. */
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
