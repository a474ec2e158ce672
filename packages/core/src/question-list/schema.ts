import * as v from 'valibot';
import { documentHeader, Id, ShortText, Text } from '../content/common.js';
import { duplicateIds, parseWith, strictObject } from '../content/validate.js';
import { type ContentIssue, issue, type JsonPathSegment, type ParseResult, SdmContentError } from '../errors.js';

/** Longest question text, in the library and in the patient's own questions. */
export const MAX_QUESTION_LENGTH = 300;
/** Used when a list does not set `softLimit`: short lists get more answers. */
export const DEFAULT_QUESTION_SOFT_LIMIT = 10;
/** How many questions count as the patient's "top" questions (AHRQ: keep your top 3). */
export const TOP_QUESTION_COUNT = 3;

/** A group of questions in the prompt list: its id, its label and an optional description. */
export const QuestionCategory = strictObject({
  id: Id,
  label: ShortText,
  description: v.optional(Text),
});

/** A reason for a visit, with its label: questions that suit it name its id in their `tags`. */
export const VisitReason = strictObject({
  id: Id,
  label: ShortText,
});

/** One question of the prompt list's library, in one category. */
export const PromptQuestion = strictObject({
  id: Id,
  categoryId: Id,
  /** The question as the patient would ask it. */
  text: ShortText,
  /** A short note on why this question is worth asking. */
  why: v.optional(Text),
  /** Visit reasons (ids from `visitReasons`) this question suits. */
  tags: v.optional(v.array(Id)),
  /** Sources (ids from `meta.sources`) the question or its note comes from. */
  sourceIds: v.optional(v.array(Id)),
});

export const PromptList = strictObject({
  ...documentHeader,
  /** Name of the list shown to the patient, e.g. "Questions for a new medicine". */
  title: ShortText,
  intro: v.optional(Text),
  /** The categories that group the questions; at least one. `groupQuestionsByCategory` keeps their order. */
  categories: v.pipe(v.array(QuestionCategory), v.minLength(1, 'Add at least one category.')),
  /** Visit reasons a search can narrow the questions by; a question names the ones it suits in `tags`. */
  visitReasons: v.optional(v.array(VisitReason)),
  /** The library of questions the patient picks from; at least one, each in a category of `categories`. */
  questions: v.pipe(v.array(PromptQuestion), v.minLength(1, 'Add at least one question.')),
  /** Question ids recommended as a starting point. */
  starterSet: v.optional(v.array(Id)),
  /** Above this many picked questions the patient is nudged toward a shorter list. */
  softLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
});

/** A group of questions in the prompt list (see the `QuestionCategory` schema). */
export type QuestionCategory = v.InferOutput<typeof QuestionCategory>;
/** A reason for a visit that questions can be tagged with. */
export type VisitReason = v.InferOutput<typeof VisitReason>;
/** One question of the prompt list's library. */
export type PromptQuestion = v.InferOutput<typeof PromptQuestion>;
/** A question prompt list: the content document of the question-list widget. */
export type PromptList = v.InferOutput<typeof PromptList>;

function refine(doc: PromptList): ContentIssue[] {
  const out: ContentIssue[] = [
    ...duplicateIds(doc.categories, ['categories']),
    ...duplicateIds(doc.questions, ['questions']),
    ...duplicateIds(doc.visitReasons ?? [], ['visitReasons']),
    ...duplicateIds(doc.meta.sources, ['meta', 'sources']),
  ];
  const ids = (list: readonly { readonly id: string }[] | undefined) => new Set(list?.map((x) => x.id));
  const reference = (known: Set<string>, what: string, id: string, path: JsonPathSegment[]) => {
    if (!known.has(id)) out.push(issue('unknown_reference', path, `No ${what} has the id "${id}".`));
  };
  const categories = ids(doc.categories);
  const reasons = ids(doc.visitReasons);
  const sources = ids(doc.meta.sources);
  const questions = ids(doc.questions);
  doc.questions.forEach((q, i) => {
    reference(categories, 'category', q.categoryId, ['questions', i, 'categoryId']);
    q.tags?.forEach((tag, j) => {
      reference(reasons, 'visit reason', tag, ['questions', i, 'tags', j]);
    });
    q.sourceIds?.forEach((s, j) => {
      reference(sources, 'source', s, ['questions', i, 'sourceIds', j]);
    });
  });
  const seen = new Set<string>();
  doc.starterSet?.forEach((id, i) => {
    reference(questions, 'question', id, ['starterSet', i]);
    if (seen.has(id)) out.push(issue('duplicate_id', ['starterSet', i], `Question "${id}" is listed twice.`));
    seen.add(id);
  });
  return out;
}

const validator = { kind: 'question prompt list', schema: PromptList, refine };

/** Validates a prompt list. Never throws: problems come back as issues with paths. */
export function parsePromptList(input: unknown): ParseResult<PromptList> {
  return parseWith(validator, input);
}

/** Like `parsePromptList`, but throws `SdmContentError` listing every problem. */
export function assertPromptList(input: unknown): PromptList {
  const result = parsePromptList(input);
  if (!result.ok) throw new SdmContentError(validator.kind, result.issues);
  return result.value;
}
