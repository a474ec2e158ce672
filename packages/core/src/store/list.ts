/*
 * The list toolkit: the one way every widget store edits a list of rows (decision-aid own concerns, visit-prep
 * rows, question-list items). Pure functions over readonly arrays; each returns the same array when nothing
 * changes, so a store whose recipe changes nothing keeps its input object (no re-render, no save).
 */

/** A row of a list: identified by its string `id` or, in the question list, its `key` (as the draft merge reads it). */
export type ListRow = { readonly id: string } | { readonly key: string };

/** The identity of a row: its `id`, else its `key`. */
export function rowIdOf(row: ListRow): string {
  return 'id' in row && typeof row.id === 'string' ? row.id : (row as { readonly key: string }).key;
}

/** Index of the row with this id, or -1. */
export function findRowIndex(list: readonly ListRow[], id: string): number {
  return list.findIndex((row) => rowIdOf(row) === id);
}

/*
 * Row ids. One scheme for every list: a name, a separator and a number one above every number in use under that
 * name (and above a counter, when the list keeps one). It is what the draft merge (`merge3`) reads as a
 * counter-made id, and it keeps every id saved drafts hold: `concern-3`, `own-2` (decision aid), `own:4` (question
 * list) are all of this form, and ids of any other form are left alone (they only have to be unique).
 */

/** Options for `nextRowId` and `nextRowNumber`. */
export interface RowIdOptions {
  /** Between the name and the number: `-` (`concern-3`, the default) or `:` (the question list's `own:3`). */
  readonly separator?: '-' | ':' | undefined;
  /** A counter the number must also pass (the question list's `seq`), so a removed row's number is not used again. */
  readonly after?: number | undefined;
}

/** Numbers longer than this are not exact as a JS number: such ids are left out of the count (and never made). */
const MAX_DIGITS = 15;

/** The number the next id under `name` gets (see `nextRowId`). */
export function nextRowNumber(name: string, list: readonly ListRow[], options: RowIdOptions = {}): number {
  const prefix = `${name}${options.separator ?? '-'}`;
  const ids = new Set(list.map(rowIdOf));
  let max = Math.max(0, Math.trunc(options.after ?? 0) || 0);
  for (const id of ids) {
    const digits = id.startsWith(prefix) ? id.slice(prefix.length) : '';
    if (digits.length > 0 && digits.length <= MAX_DIGITS && /^\d+$/.test(digits)) max = Math.max(max, Number(digits));
  }
  let n = max + 1;
  // Only an id that is not a plain count (`concern-0001000…`) can be in the way: step past it.
  while (ids.has(`${prefix}${n}`)) n++;
  return n;
}

/**
 * The id for a new row: `<name>-<n>` (or `<name>:<n>`), `n` one more than the largest number used under `name`
 * (and than `after`). Pure, so the same list gives the same id after a reload; never an id already in the list.
 */
export function nextRowId(name: string, list: readonly ListRow[], options: RowIdOptions = {}): string {
  return `${name}${options.separator ?? '-'}${nextRowNumber(name, list, options)}`;
}

/*
 * Adding. Every add action of every widget store refuses in one typed way.
 */

/**
 * Why a row was not added (or a row's text not changed):
 * - `limit`: the list is full;
 * - `empty`: the text is empty or only spaces;
 * - `too_long`: the text, or an id it would be stored under, is longer than the input schema takes;
 * - `duplicate`: the row (or the same text) is on the list already;
 * - `missing`: there is no row with that id to change.
 */
export type ListRefusalReason = 'limit' | 'empty' | 'too_long' | 'duplicate' | 'missing';

/** A refused add or edit: nothing changed. */
export interface ListRefusal {
  readonly ok: false;
  readonly reason: ListRefusalReason;
}

/** A row was added (or changed): its id. */
export interface ListAdded {
  readonly ok: true;
  readonly id: string;
}

/** What an add action returns: the new row's id, or why nothing was added. */
export type ListAddResult = ListAdded | ListRefusal;

/** A refusal, for actions to return. */
export function refuseRow(reason: ListRefusalReason): ListRefusal {
  return { ok: false, reason };
}

export interface AppendRowOptions {
  /** Most rows the list may hold: a full list refuses with `limit`. */
  readonly max?: number | undefined;
}

/** The row added at the end: its id and the new list. */
export interface RowAppended<T> extends ListAdded {
  readonly list: readonly T[];
}

/**
 * Adds `row` at the end. Refused as `limit` when the list holds `max` rows already, as `duplicate` when a row has
 * its id. Checks of the row's own content (empty or repeated text) are the caller's, with the same `ListRefusal`.
 */
export function appendRow<T extends ListRow>(
  list: readonly T[],
  row: T,
  options: AppendRowOptions = {},
): RowAppended<T> | ListRefusal {
  if (options.max !== undefined && list.length >= options.max) return refuseRow('limit');
  const id = rowIdOf(row);
  if (findRowIndex(list, id) >= 0) return refuseRow('duplicate');
  return { ok: true, id, list: [...list, row] };
}

/*
 * Moving, changing and removing, by id. Unknown ids change nothing.
 */

/**
 * Where to move a row: a 0-based index (clamped to the list), one place `up` or `down`, to the `top` or the
 * `bottom`.
 */
export type ListMoveTarget = number | 'up' | 'down' | 'top' | 'bottom';

/** Moves the row with this id; the same array when it is missing or already there (or at the end it moves past). */
export function moveRow<T extends ListRow>(list: readonly T[], id: string, to: ListMoveTarget): readonly T[] {
  const from = findRowIndex(list, id);
  if (from < 0) return list;
  const wanted =
    to === 'up' ? from - 1 : to === 'down' ? from + 1 : to === 'top' ? 0 : to === 'bottom' ? list.length - 1 : to;
  if (Number.isNaN(wanted)) return list;
  const target = Math.max(0, Math.min(list.length - 1, Math.trunc(wanted)));
  if (target === from) return list;
  const next = list.slice();
  const [row] = next.splice(from, 1);
  if (row) next.splice(target, 0, row);
  return next;
}

/** The fields of a row a patch may change: all but its identity. */
export type RowPatch<T> = Partial<Omit<T, 'id' | 'key'>>;

/**
 * Changes fields of the row with this id (`patch`, or a function of the row giving it); its id or key never
 * changes. The same array when the row is missing or every patched field already has that value.
 */
export function patchRow<T extends ListRow>(
  list: readonly T[],
  id: string,
  patch: NoInfer<RowPatch<T>> | ((row: T) => NoInfer<RowPatch<T>>),
): readonly T[] {
  const index = findRowIndex(list, id);
  const row = list[index];
  if (!row) return list;
  const changes = typeof patch === 'function' ? patch(row) : patch;
  const fields = row as Readonly<Record<string, unknown>>;
  if (Object.entries(changes).every(([field, value]) => Object.is(fields[field], value))) return list;
  const next = list.slice();
  next[index] = { ...row, ...changes, ...('id' in row ? { id: row.id } : { key: rowIdOf(row) }) };
  return next;
}

/** Removes the row with this id; the same array when there is none. */
export function removeRow<T extends ListRow>(list: readonly T[], id: string): readonly T[] {
  const next = list.filter((row) => rowIdOf(row) !== id);
  return next.length === list.length ? list : next;
}
