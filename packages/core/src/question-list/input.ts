import * as v from 'valibot';
import { Id } from '../content/common.js';
import { parseWith } from '../content/validate.js';
import { type ContentIssue, issue, type ParseResult } from '../errors.js';
import { MAX_QUESTION_LENGTH, type PromptList } from './schema.js';

/*
 * The limits of the input schema, and of every store action (one source), with `MAX_QUESTION_LENGTH`: the store
 * never holds input that this schema would refuse on the next load.
 */

/** Longest answer note. */
export const MAX_ANSWER_NOTE_LENGTH = 2000;
/** Most questions one list holds (and most suggestions said no to). */
export const MAX_QUESTION_ITEMS = 1000;
/** Longest key of a question on the list, and longest id of a suggestion said no to. */
export const MAX_QUESTION_KEY_LENGTH = 200;
/** Longest "why" kept with a suggested question. */
export const MAX_QUESTION_WHY_LENGTH = 2000;
/** Longest `completedAt` time (as `MAX_VISIT_PREP_TIME`; the store's clock gives ISO times of 24 to 27). */
const MAX_COMPLETED_AT_LENGTH = 40;

/** Where a question stands during the visit: not asked yet (`open`), `asked`, or `answered`. */
export type QuestionStatus = 'open' | 'asked' | 'answered';
/** Where a question on the patient's list came from. */
export type QuestionSource = 'library' | 'own' | 'suggested';

/** One question on the patient's list. Plain JSON. */
export interface QuestionItem {
  /** Unique on the list: `q:<questionId>`, `own:<n>` or `s:<suggestionId>`. */
  readonly key: string;
  readonly source: QuestionSource;
  /** The library question (source `library`). */
  readonly questionId?: string | undefined;
  /** The patient's wording: edited library wording, their own question, or the host's suggestion. */
  readonly text?: string | undefined;
  /** Why to ask (suggestions from the host may carry one). */
  readonly why?: string | undefined;
  readonly status: QuestionStatus;
  /** What the clinician said, noted during the visit. */
  readonly note: string;
  /** To come back to after the visit. */
  readonly followUp: boolean;
}

/** The patient's input: questions in their order (the first three are the top 3). */
export interface QuestionListInput {
  readonly items: readonly QuestionItem[];
  /** Host suggestions the patient said no to, so they are not offered again. */
  readonly dismissed: readonly string[];
  /** Counter for the patient's own question keys. */
  readonly seq: number;
  /**
   * ISO time the patient last pressed Finish (`complete()`), or null / absent when not finished. Absent in drafts
   * saved before the question list kept it, and in a new list.
   */
  readonly completedAt?: string | null | undefined;
}

const notBlank = (s: string) => s.trim().length > 0;

const QuestionText = v.pipe(v.string(), v.check(notBlank, 'Text must not be empty.'), v.maxLength(MAX_QUESTION_LENGTH));

const QuestionItemSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUESTION_KEY_LENGTH)),
  source: v.picklist(['library', 'own', 'suggested']),
  questionId: v.optional(Id),
  text: v.optional(QuestionText),
  why: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUESTION_WHY_LENGTH))),
  status: v.picklist(['open', 'asked', 'answered']),
  note: v.pipe(v.string(), v.maxLength(MAX_ANSWER_NOTE_LENGTH)),
  followUp: v.boolean(),
});

const QuestionListInputSchema = v.object({
  items: v.pipe(v.array(QuestionItemSchema), v.maxLength(MAX_QUESTION_ITEMS)),
  dismissed: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_QUESTION_KEY_LENGTH))), v.maxLength(MAX_QUESTION_ITEMS)),
  seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  // Optional: drafts saved before the question list kept its finish time have none, and still load.
  completedAt: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_COMPLETED_AT_LENGTH)))),
});

/** A new list: no questions, no dismissed suggestions, `seq` 0 and no `completedAt`. */
export function emptyQuestionListInput(): QuestionListInput {
  return { items: [], dismissed: [], seq: 0 };
}

function refineInput(input: QuestionListInput, content: PromptList): ContentIssue[] {
  const out: ContentIssue[] = [];
  const questions = new Set(content.questions.map((q) => q.id));
  const keys = new Set<string>();
  input.items.forEach((item, i) => {
    if (keys.has(item.key)) out.push(issue('duplicate_id', ['items', i, 'key'], `Key "${item.key}" is used twice.`));
    keys.add(item.key);
    if (item.source === 'library') {
      if (!item.questionId || !questions.has(item.questionId))
        out.push(
          issue('unknown_reference', ['items', i, 'questionId'], `No question "${item.questionId}" in this list.`),
        );
      else if (item.key !== `q:${item.questionId}`)
        out.push(issue('invalid_value', ['items', i, 'key'], `Key must be "q:${item.questionId}".`));
    } else if (item.text === undefined) {
      out.push(issue('required', ['items', i, 'text'], 'Own and suggested questions need their text.'));
    }
  });
  return out;
}

/** Validates input read back from storage or handed in by the host, against this prompt list. */
export function parseQuestionListInput(raw: unknown, content: PromptList): ParseResult<QuestionListInput> {
  return parseWith(
    {
      kind: 'question list input',
      schema: QuestionListInputSchema as v.GenericSchema<unknown, QuestionListInput>,
      refine: (value) => refineInput(value, content),
    },
    raw,
  );
}
