import * as v from 'valibot';
import { Id, ShortText, Text } from '../content/common.js';
import { duplicateIds, parseWith } from '../content/validate.js';
import type { ParseResult } from '../errors.js';

/** Most additions a host may put on one agenda, and most items in one: the agenda is a 30-second read. */
export const MAX_AGENDA_ADDITIONS = 5;
/** Most items (lines) in one agenda addition. */
export const MAX_AGENDA_ADDITION_ITEMS = 8;

/** Valibot schema of one agenda addition: the host's id, a heading and 1 to `MAX_AGENDA_ADDITION_ITEMS` lines. */
export const AgendaAdditionSchema = v.strictObject({
  /** Stable id from the host, e.g. `decision-aid`. */
  id: Id,
  /** Heading the clinician reads, in the agenda's language (the host translates it). */
  heading: ShortText,
  /** Lines under the heading, in order. */
  items: v.pipe(
    v.array(Text),
    v.minLength(1, 'An agenda addition needs at least one item.'),
    v.maxLength(MAX_AGENDA_ADDITION_ITEMS, `An agenda addition has at most ${MAX_AGENDA_ADDITION_ITEMS} items.`),
  ),
});

/**
 * Valibot schema of the agenda additions a host hands in: at most `MAX_AGENDA_ADDITIONS`. Repeated ids are
 * found by `parseAgendaAdditions`, not by this schema.
 */
export const AgendaAdditionsSchema = v.pipe(
  v.array(AgendaAdditionSchema),
  v.maxLength(MAX_AGENDA_ADDITIONS, `At most ${MAX_AGENDA_ADDITIONS} agenda additions.`),
);

/**
 * Something the host adds to the clinician agenda from outside the visit prep, e.g. the patient's leaning and
 * open SURE answers from a decision aid, or the top 3 of a question list. It is host data, not patient input:
 * it is shown and exported with the agenda but never stored in the visit prep's input.
 */
export type AgendaAddition = v.InferOutput<typeof AgendaAdditionSchema>;

const additionsValidator = {
  kind: 'agenda additions',
  schema: AgendaAdditionsSchema,
  refine: (list: AgendaAddition[]) => duplicateIds(list, []),
};

/** Checks agenda additions handed in by a host. Never throws; issues carry a JSONPath such as `$[1].items[0]`. */
export function parseAgendaAdditions(raw: unknown): ParseResult<AgendaAddition[]> {
  return parseWith(additionsValidator, raw);
}
