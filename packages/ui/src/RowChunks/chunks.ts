/** Rows per chunk when not told: about the square root of the longest lists (1,000 questions). */
export const CHUNK_SIZE = 32;

/**
 * Rows in the first chunk when not told: about a screen of rows. The list opens at its top, and a move into the top 3
 * from far down scrolls there: the browser lays out, pre-paints and paints the whole chunk that comes into view, and
 * a short first chunk makes that a screen's worth, not 32 rows (issue 17: 435 → 274 layout objects, about 10 ms less
 * at 4x CPU for the top-3 move among 1,000 questions).
 */
export const HEAD_CHUNK_SIZE = 8;

/** One chunk of a long list: its rows' keys, in order, and an id that stays with it while its rows move. */
export interface RowChunk {
  readonly id: number;
  readonly keys: readonly string[];
}

/** `keys` cut in pieces of `size`, the first of `first`. */
function split(keys: readonly string[], size: number, first: number): string[][] {
  const pieces: string[][] = [];
  for (let start = 0, end = first; start < keys.length; start = end, end += size) pieces.push(keys.slice(start, end));
  return pieces;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The chunks of `keys` after a change, keeping each row in the chunk it was in wherever that can be (a row that
 * changes chunk is mounted anew by React). Rows of one chunk that are still together stay in it: each chunk keeps
 * one run of its rows, chosen so that the chunks stay in their order and the most rows stay. A row away from its
 * chunk's run (a move across a chunk's edge) and a new row join the chunk before them, or the first one after them
 * at the start of the list. Rows that come or go change only their own chunk. New rows with no chunk before them
 * (the first list) make a first chunk of `head` rows (at most `size`), then chunks of `size`. A chunk that grows past
 * twice that (`2 · head` for the first chunk, `2 · size` for the others) is split the same way, and only then do rows
 * that did not move change chunk; a chunk that only loses rows is never split. Chunks whose rows are the same are
 * returned as they were (the same objects).
 */
export function rechunk(
  prev: readonly RowChunk[],
  keys: readonly string[],
  size: number,
  head: number = size,
): readonly RowChunk[] {
  const step = Math.max(1, Math.floor(size));
  const first = Math.min(step, Math.max(1, Math.floor(head)));
  let nextId = 0;
  for (const chunk of prev) nextId = Math.max(nextId, chunk.id + 1);

  const order = new Map<RowChunk, number>(prev.map((chunk, i) => [chunk, i]));
  const owner = new Map<string, RowChunk>();
  for (const chunk of prev) for (const key of chunk.keys) owner.set(key, chunk);

  // Runs of consecutive rows from one chunk (new rows: no chunk).
  const runs: { chunk: RowChunk | undefined; keys: string[] }[] = [];
  for (const key of keys) {
    const chunk = owner.get(key);
    const last = runs[runs.length - 1];
    if (last && last.chunk === chunk) last.keys.push(key);
    else runs.push({ chunk, keys: [key] });
  }
  // Each chunk's place: one of its runs, so that the chunks keep their order and as many rows as can stay do (the
  // heaviest increasing run of chunks; runs are few, about √n).
  const best: number[] = [];
  const from: number[] = [];
  let end = -1;
  for (const [i, run] of runs.entries()) {
    best.push(0);
    from.push(-1);
    if (!run.chunk) continue;
    const at = order.get(run.chunk) ?? 0;
    let weight = 0;
    for (let j = 0; j < i; j += 1) {
      const other = runs[j]?.chunk;
      if (other && (order.get(other) ?? 0) < at && (best[j] ?? 0) > weight) {
        weight = best[j] ?? 0;
        from[i] = j;
      }
    }
    best[i] = weight + run.keys.length;
    if (end < 0 || (best[i] ?? 0) > (best[end] ?? 0)) end = i;
  }
  const placed = new Set<(typeof runs)[number]>();
  for (let i = end; i >= 0; i = from[i] ?? -1) placed.add(runs[i] as (typeof runs)[number]);

  const grouped: { id: number; keys: string[]; was: RowChunk | undefined }[] = [];
  let before: string[] = [];
  for (const run of runs) {
    if (run.chunk && placed.has(run)) {
      grouped.push({ id: run.chunk.id, keys: [...before, ...run.keys], was: run.chunk });
      before = [];
    } else {
      const last = grouped[grouped.length - 1];
      if (last) last.keys.push(...run.keys);
      else before.push(...run.keys);
    }
  }
  if (before.length) grouped.push({ id: nextId++, keys: before, was: undefined });

  const next: RowChunk[] = [];
  for (const group of grouped) {
    const most = next.length === 0 ? first : step;
    if (!group.was || (group.keys.length > 2 * most && group.keys.length > group.was.keys.length)) {
      // New rows only: chunks of `size` (the first of `head`). A chunk grown too long keeps its first rows; the rest
      // make new chunks.
      for (const [i, keys] of split(group.keys, step, most).entries()) {
        next.push({ id: i === 0 ? group.id : nextId++, keys });
      }
    } else if (sameKeys(group.was.keys, group.keys)) {
      next.push(group.was);
    } else {
      next.push({ id: group.id, keys: group.keys });
    }
  }
  return next;
}
