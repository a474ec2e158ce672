import type { Translate } from '../i18n/widget-i18n.js';
import { MAX_QUESTION_KEY_LENGTH, type QuestionListInput, type QuestionSource, type QuestionStatus } from './input.js';
import type { PromptList } from './schema.js';
import { TOP_QUESTION_COUNT } from './schema.js';
import {
  countQuestionItems,
  followUpQuestions,
  type QuestionCounts,
  questionItemText,
  questionItemWhy,
  questionOriginalText,
  questionSuggestionKey,
  unansweredQuestions,
} from './selectors.js';
import type { QuestionSuggestion } from './store.js';

/** One question in the result, in the patient's order. */
export interface QuestionResultItem {
  readonly key: string;
  /** 1-based position on the patient's list. */
  readonly rank: number;
  /** Among the patient's top 3. */
  readonly top: boolean;
  readonly source: QuestionSource;
  readonly questionId?: string | undefined;
  readonly categoryId?: string | undefined;
  /** The wording the patient will ask. */
  readonly text: string;
  /** The library wording when the patient changed it. */
  readonly originalText?: string | undefined;
  readonly status: QuestionStatus;
  /** The answer as noted during the visit ('' when none). */
  readonly note: string;
  readonly followUp: boolean;
}

/** What the widget hands the host (`onComplete`): plain JSON. */
export interface QuestionListResult {
  readonly widget: 'question-list';
  readonly contentId: string;
  readonly contentVersion: string;
  readonly locale: string;
  /** ISO time the result was made. */
  readonly createdAt: string;
  readonly questions: readonly QuestionResultItem[];
  readonly counts: QuestionCounts;
}

/**
 * Builds what the widget hands the host: every question in the patient's order (rank, top 3, wording, status,
 * note, follow-up) and the counts. `createdAt` is `now` as an ISO time (default: the current time).
 */
export function buildQuestionListResult(
  content: PromptList,
  input: QuestionListInput,
  now: Date = new Date(),
): QuestionListResult {
  const categories = new Map(content.questions.map((q) => [q.id, q.categoryId]));
  return {
    widget: 'question-list',
    contentId: content.id,
    contentVersion: content.meta.version,
    locale: content.locale,
    createdAt: now.toISOString(),
    questions: input.items.map((item, index) => {
      const original = questionOriginalText(content, item);
      const text = questionItemText(content, item);
      return {
        key: item.key,
        rank: index + 1,
        top: index < TOP_QUESTION_COUNT,
        source: item.source,
        ...(item.questionId ? { questionId: item.questionId, categoryId: categories.get(item.questionId) } : {}),
        text,
        ...(original !== undefined && original !== text ? { originalText: original } : {}),
        status: item.status,
        note: item.note,
        followUp: item.followUp,
      };
    }),
    counts: countQuestionItems(input),
  };
}

/** Suggestions still to offer: not on the list and not dismissed (nor with an id too long to be kept). */
export function openQuestionSuggestions(
  input: QuestionListInput,
  suggestions: readonly QuestionSuggestion[] | undefined,
): QuestionSuggestion[] {
  if (!suggestions?.length) return [];
  const onList = new Set(input.items.map((i) => i.key));
  const seen = new Set<string>();
  return suggestions.filter((s) => {
    if (seen.has(s.id) || onList.has(`s:${s.id}`) || input.dismissed.includes(s.id) || !s.text.trim()) return false;
    if (questionSuggestionKey(s.id).length > MAX_QUESTION_KEY_LENGTH) return false;
    seen.add(s.id);
    return true;
  });
}

/**
 * The list as plain text, to copy or print. Uses keys of the `sdm-question-list` namespace:
 * `summary.textTitle`, `summary.top`, `status.*`, `summary.answer`, `summary.followUpMark`,
 * `summary.followUpHeading`, `summary.unansweredHeading`, `summary.empty`, `summary.why`.
 */
export function questionListSummaryText(
  content: PromptList,
  input: QuestionListInput,
  t: Translate,
  options: { readonly includeWhy?: boolean } = {},
): string {
  const lines: string[] = [t('summary.textTitle', { title: content.title }), ''];
  if (input.items.length === 0) {
    lines.push(t('summary.empty'));
    return lines.join('\n');
  }
  input.items.forEach((item, index) => {
    const marks = [
      index < TOP_QUESTION_COUNT && t('summary.top'),
      t(`status.${item.status}`),
      item.followUp && t('summary.followUpMark'),
    ];
    lines.push(`${index + 1}. ${questionItemText(content, item)} [${marks.filter(Boolean).join(', ')}]`);
    const why = options.includeWhy ? questionItemWhy(content, item) : undefined;
    if (why) lines.push(`   ${t('summary.why', { why })}`);
    const [answer, ...more] = item.note.trim().split(/\r?\n/);
    if (answer) lines.push(`   ${t('summary.answer', { note: answer })}`, ...more.map((line) => `   ${line}`));
  });
  for (const [heading, items] of [
    ['summary.followUpHeading', followUpQuestions(input)],
    ['summary.unansweredHeading', unansweredQuestions(input)],
  ] as const) {
    if (items.length > 0) {
      lines.push('', t(heading, { count: items.length }));
      for (const item of items) lines.push(`- ${questionItemText(content, item)}`);
    }
  }
  return lines.join('\n');
}
