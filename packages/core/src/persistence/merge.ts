/**
 * Three-way merge of two copies of a widget's input (plain JSON) that both started from `base`: what the patient
 * typed in this tab (`mine`) and what another tab, another widget or slow storage has (`theirs`). Entries are
 * merged one by one: object fields by name, list rows by their `id` or `key`, lists of words as sets. Only where
 * both copies changed the same scalar differently does `mine` win, and that is counted as a conflict so that the
 * caller keeps `theirs` aside. Two rows added on both sides under the same counter-made id (`concern-3`, `own:2`)
 * are two rows: theirs gets the next free number. A field named `seq` is such a counter: the larger wins.
 */
export interface MergeResult {
  readonly value: unknown;
  /** Places where both copies changed the same thing differently (`mine` was kept). */
  readonly conflicts: number;
}

type Json = unknown;
type Obj = Record<string, Json>;

const isObject = (x: Json): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Structural equality of plain JSON values (object key order ignored). */
export function jsonEqual(a: Json, b: Json): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** The identity of a list row: its string `id` or `key`. */
function rowId(x: Json): string | undefined {
  if (!isObject(x)) return undefined;
  if (typeof x.id === 'string') return `id:${x.id}`;
  if (typeof x.key === 'string') return `key:${x.key}`;
  return undefined;
}

const isPrimitive = (x: Json) => x === null || ['string', 'number', 'boolean'].includes(typeof x);

/**
 * Merges `mine` and `theirs`, two copies of an input that both started from `base` (see `MergeResult`): what the
 * saving engine does for two tabs, and the clinician's screen for a save refused because the patient changed the
 * response meanwhile. Check the result with the widget's input parser before using it.
 */
export function merge3(base: Json, mine: Json, theirs: Json): MergeResult {
  const counter = { n: 0 };
  const value = mergeValue(base, mine, theirs, counter);
  return { value, conflicts: counter.n };
}

function mergeValue(base: Json, mine: Json, theirs: Json, c: { n: number }): Json {
  if (jsonEqual(mine, theirs)) return mine;
  if (base !== undefined && jsonEqual(mine, base)) return theirs;
  if (base !== undefined && jsonEqual(theirs, base)) return mine;
  if (isObject(mine) && isObject(theirs)) return mergeObject(isObject(base) ? base : {}, mine, theirs, c);
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const b = Array.isArray(base) ? base : [];
    const all = [...b, ...mine, ...theirs];
    if (all.every((x) => rowId(x) !== undefined)) return mergeRows(b, mine, theirs, c);
    if (all.every(isPrimitive)) return mergeSet(b, mine, theirs);
  }
  c.n++;
  return mine;
}

function mergeObject(base: Obj, mine: Obj, theirs: Obj, c: { n: number }): Obj {
  const out: Obj = {};
  const counter = (k: string) => k === 'seq' && typeof mine[k] === 'number' && typeof theirs[k] === 'number';
  const keys = [...Object.keys(mine), ...Object.keys(theirs).filter((k) => !Object.hasOwn(mine, k))];
  for (const k of keys) {
    const inMine = Object.hasOwn(mine, k);
    const inTheirs = Object.hasOwn(theirs, k);
    const inBase = Object.hasOwn(base, k);
    if (inMine && inTheirs && counter(k)) out[k] = Math.max(mine[k] as number, theirs[k] as number);
    else if (inMine && inTheirs) out[k] = mergeValue(inBase ? base[k] : undefined, mine[k], theirs[k], c);
    else if (inMine) {
      // Theirs removed it (keep it only if this copy changed it) or this copy added it.
      if (!inBase || !jsonEqual(mine[k], base[k])) out[k] = mine[k];
    } else if (!inBase || !jsonEqual(theirs[k], base[k])) out[k] = theirs[k];
  }
  return out;
}

function mergeRows(base: Json[], mine: Json[], theirs: Json[], c: { n: number }): Json[] {
  const index = (rows: Json[]) => new Map(rows.map((r) => [rowId(r) as string, r]));
  const b = index(base);
  const m = index(mine);
  const t = index(theirs);
  const orderOf = (rows: Json[]) => rows.map((r) => rowId(r) as string);
  // Follow the order of the copy that reordered; this copy's order wins when both did.
  const mineReordered = !jsonEqual(
    orderOf(mine).filter((id) => b.has(id)),
    orderOf(base).filter((id) => m.has(id)),
  );
  const skeleton = mineReordered ? orderOf(mine) : orderOf(theirs);
  const rest = mineReordered ? orderOf(theirs) : orderOf(mine);
  const ids = [...skeleton, ...rest.filter((id) => !skeleton.includes(id))];
  const out: Json[] = [];
  const renamed: Json[] = [];
  for (const id of ids) {
    const inMine = m.has(id);
    const inTheirs = t.has(id);
    const was = b.get(id);
    if (inMine && inTheirs && was === undefined && COUNTED.test(id) && !jsonEqual(m.get(id), t.get(id))) {
      // Both sides added a row and their counters gave it the same id: two rows, not one.
      out.push(m.get(id));
      renamed.push(t.get(id));
    } else if (inMine && inTheirs) out.push(mergeValue(was, m.get(id), t.get(id), c));
    else if (inMine) {
      if (was === undefined || !jsonEqual(m.get(id), was)) out.push(m.get(id));
    } else if (was === undefined || !jsonEqual(t.get(id), was)) out.push(t.get(id));
  }
  for (const row of renamed) out.push(withNextId(row as Obj, [...out, ...mine, ...theirs]));
  return out;
}

/** Ids made by a counter: a name, `-` or `:`, a number. */
const COUNTED = /^(?:id|key):.*[-:]\d{1,15}$/;

/** The row under the next number free among `rows` for its id's name. */
function withNextId(row: Obj, rows: Json[]): Obj {
  const field = typeof row.id === 'string' ? 'id' : 'key';
  const id = row[field] as string;
  const prefix = id.replace(/\d+$/, '');
  let max = 0;
  for (const r of rows) {
    const other = isObject(r) ? r[field] : undefined;
    if (typeof other === 'string' && other.startsWith(prefix) && /^\d{1,15}$/.test(other.slice(prefix.length)))
      max = Math.max(max, Number(other.slice(prefix.length)));
  }
  return { ...row, [field]: `${prefix}${max + 1}` };
}

function mergeSet(base: Json[], mine: Json[], theirs: Json[]): Json[] {
  const removed = new Set(base.filter((x) => !mine.includes(x) || !theirs.includes(x)));
  const out: Json[] = [];
  for (const x of [...theirs, ...mine]) if (!out.includes(x) && !removed.has(x)) out.push(x);
  return out;
}
