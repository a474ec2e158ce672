import { MAX_QUESTION_ITEMS, type QuestionItem, type QuestionListInput } from './input.js';
import { DEFAULT_QUESTION_SOFT_LIMIT, type PromptList, type PromptQuestion, TOP_QUESTION_COUNT } from './schema.js';
import { normalizeSearchText } from './text.js';

/** Question ids to library questions, for quick lookups. */
export function promptQuestionMap(content: PromptList): ReadonlyMap<string, PromptQuestion> {
  return new Map(content.questions.map((q) => [q.id, q]));
}

/** The key a library question has on the patient's list. */
export function questionLibraryKey(questionId: string): string {
  return `q:${questionId}`;
}

/** The key a host suggestion has on the patient's list. */
export function questionSuggestionKey(suggestionId: string): string {
  return `s:${suggestionId}`;
}

/** The question with this key on the patient's list, or undefined when there is none. */
export function findQuestionItem(input: QuestionListInput, key: string): QuestionItem | undefined {
  return input.items.find((i) => i.key === key);
}

/** True when the library question with this id is on the patient's list. */
export function isQuestionPicked(input: QuestionListInput, questionId: string): boolean {
  const key = questionLibraryKey(questionId);
  return input.items.some((i) => i.key === key);
}

function libraryQuestion(content: PromptList, item: QuestionItem): PromptQuestion | undefined {
  return content.questions.find((q) => q.id === item.questionId);
}

/** The wording to show: the patient's, or the library's. */
export function questionItemText(content: PromptList, item: QuestionItem): string {
  return item.text ?? libraryQuestion(content, item)?.text ?? '';
}

/** The library wording of a library question (undefined for own and suggested ones). */
export function questionOriginalText(content: PromptList, item: QuestionItem): string | undefined {
  return item.source === 'library' ? libraryQuestion(content, item)?.text : undefined;
}

/**
 * Why to ask a question: the library's note for a library question, otherwise the `why` kept with the item (a
 * host suggestion's). Undefined when there is none.
 */
export function questionItemWhy(content: PromptList, item: QuestionItem): string | undefined {
  return item.source === 'library' ? libraryQuestion(content, item)?.why : item.why;
}

/** The list's `softLimit`, or `DEFAULT_QUESTION_SOFT_LIMIT` (10) when it sets none. */
export function questionSoftLimit(content: PromptList): number {
  return content.softLimit ?? DEFAULT_QUESTION_SOFT_LIMIT;
}

/** True when the patient picked more questions than the list's soft limit. */
export function isOverQuestionSoftLimit(content: PromptList, input: QuestionListInput): boolean {
  return input.items.length > questionSoftLimit(content);
}

/**
 * True when the list holds `MAX_QUESTION_ITEMS` questions: then `pick` and `pickStarterSet` add nothing, and
 * `addOwn` and `acceptSuggestion` refuse with `list_full`.
 */
export function isQuestionListFull(input: QuestionListInput): boolean {
  return input.items.length >= MAX_QUESTION_ITEMS;
}

/** True when a 0-based position on the list is among the top `TOP_QUESTION_COUNT` (3). */
export function isTopQuestion(index: number): boolean {
  return index < TOP_QUESTION_COUNT;
}

/** Questions still to ask (not answered), in list order. */
export function unansweredQuestions(input: QuestionListInput): QuestionItem[] {
  return input.items.filter((i) => i.status !== 'answered');
}

/** Questions marked to come back to after the visit, in list order. */
export function followUpQuestions(input: QuestionListInput): QuestionItem[] {
  return input.items.filter((i) => i.followUp);
}

/** How many questions the list holds: in total, by status, and marked for follow-up. */
export interface QuestionCounts {
  readonly total: number;
  readonly open: number;
  readonly asked: number;
  readonly answered: number;
  readonly followUp: number;
}

/** Counts the list's questions: in total, by status, and marked for follow-up. */
export function countQuestionItems(input: QuestionListInput): QuestionCounts {
  // One pass: this runs on every change of a long list during the visit.
  const counts = { total: input.items.length, open: 0, asked: 0, answered: 0, followUp: 0 };
  for (const item of input.items) {
    counts[item.status] += 1;
    if (item.followUp) counts.followUp += 1;
  }
  return counts;
}

/** The questions of one category, with the category's id and label (see `groupQuestionsByCategory`). */
export interface QuestionCategoryGroup {
  readonly categoryId: string;
  readonly label: string;
  readonly questions: readonly PromptQuestion[];
}

/** Groups questions by category, in the order the categories are listed. Empty categories are left out. */
export function groupQuestionsByCategory(
  content: PromptList,
  questions: readonly PromptQuestion[],
): QuestionCategoryGroup[] {
  const byCat = new Map<string, PromptQuestion[]>();
  for (const q of questions) {
    const list = byCat.get(q.categoryId);
    if (list) list.push(q);
    else byCat.set(q.categoryId, [q]);
  }
  return content.categories.flatMap((c) => {
    const qs = byCat.get(c.id);
    return qs ? [{ categoryId: c.id, label: c.label, questions: qs }] : [];
  });
}

/** What a `QuestionSearch` looks for: a question must match every field given; an empty query matches all. */
export interface QuestionQuery {
  /** Words to find, in any order; case and accents do not matter. */
  readonly text?: string | undefined;
  /** Only this category. */
  readonly categoryId?: string | undefined;
  /** Only questions tagged with this visit reason. */
  readonly visitReasonId?: string | undefined;
}

/** A search made by `createQuestionSearch`: the questions that match the query, in the list's order. */
export type QuestionSearch = (query: QuestionQuery) => PromptQuestion[];

/**
 * Builds a search over one prompt list. The searchable text of every question (its wording, why-ask note,
 * visit-reason labels and category) is normalised once, so each search is a plain scan: fast for thousands.
 */
export function createQuestionSearch(content: PromptList): QuestionSearch {
  const reasons = new Map((content.visitReasons ?? []).map((r) => [r.id, r.label]));
  const categories = new Map(content.categories.map((c) => [c.id, c.label]));
  const haystacks = content.questions.map((q) =>
    normalizeSearchText(
      [q.text, q.why ?? '', ...(q.tags ?? []).map((t) => reasons.get(t) ?? t), categories.get(q.categoryId) ?? ''].join(
        ' \u0000 ',
      ),
    ),
  );
  return ({ text, categoryId, visitReasonId }) => {
    const words = normalizeSearchText(text ?? '')
      .split(' ')
      .filter(Boolean);
    return content.questions.filter(
      (q, i) =>
        (!categoryId || q.categoryId === categoryId) &&
        (!visitReasonId || q.tags?.includes(visitReasonId)) &&
        words.every((w) => haystacks[i]?.includes(w)),
    );
  };
}
