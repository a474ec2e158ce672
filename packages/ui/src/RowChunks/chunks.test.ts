import { describe, expect, it } from 'vitest';
import { type RowChunk, rechunk } from './chunks.js';

const keysOf = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `k${from + i}`);
/** Each key's chunk id, in the list's order. */
const owners = (chunks: readonly RowChunk[]) => chunks.flatMap((c) => c.keys.map((k) => [k, c.id] as const));
/** The keys whose chunk changed from `a` to `b` (rows React mounts anew), sorted. */
function moved(a: readonly RowChunk[], b: readonly RowChunk[]): string[] {
  const before = new Map(owners(a));
  return owners(b)
    .filter(([k, id]) => before.has(k) && before.get(k) !== id)
    .map(([k]) => k)
    .sort();
}
const flat = (chunks: readonly RowChunk[]) => chunks.flatMap((c) => c.keys);
const swap = (keys: string[], i: number) => {
  const next = [...keys];
  [next[i], next[i + 1]] = [next[i + 1] as string, next[i] as string];
  return next;
};

describe('rechunk', () => {
  it('splits a first list into chunks of the size, with ids of their own', () => {
    const chunks = rechunk([], keysOf(70), 32);
    expect(chunks.map((c) => c.keys.length)).toEqual([32, 32, 6]);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(3);
    expect(flat(chunks)).toEqual(keysOf(70));
    expect(rechunk([], [], 32)).toEqual([]);
  });

  it('gives back the same chunks (the same objects) where their rows did not change', () => {
    const chunks = rechunk([], keysOf(70), 32);
    const same = rechunk(chunks, keysOf(70), 32);
    same.forEach((c, i) => {
      expect(c).toBe(chunks[i]);
    });
    const swapped = rechunk(chunks, swap(keysOf(70), 40), 32);
    expect(swapped[0]).toBe(chunks[0]);
    expect(swapped[1]).not.toBe(chunks[1]);
    expect(swapped[2]).toBe(chunks[2]);
  });

  it('keeps every row in its chunk when a row moves inside its chunk', () => {
    const chunks = rechunk([], keysOf(70), 32);
    const next = rechunk(chunks, swap(keysOf(70), 10), 32);
    expect(flat(next)).toEqual(swap(keysOf(70), 10));
    expect(moved(chunks, next)).toEqual([]);
  });

  it('moves one row to the chunk before when two rows swap across a chunk’s edge', () => {
    const chunks = rechunk([], keysOf(70), 32);
    // k32 (first of the second chunk) up past k31, or k31 (last of the first) down past k32: the same order.
    const next = rechunk(chunks, swap(keysOf(70), 31), 32);
    expect(flat(next)).toEqual(swap(keysOf(70), 31));
    expect(moved(chunks, next)).toEqual(['k32']);
  });

  it('keeps the rows between when the last row jumps to the front, and when rows go or come', () => {
    const keys = keysOf(1000);
    const chunks = rechunk([], keys, 32);
    const jumped = [...keys.slice(0, 2), 'k999', ...keys.slice(2, 999)];
    const next = rechunk(chunks, jumped, 32);
    expect(flat(next)).toEqual(jumped);
    expect(moved(chunks, next)).toEqual(['k999']);
    // The chunks between are the same objects (their rows do not render); the last lost the row that jumped.
    expect(next.slice(1, -1)).toEqual(chunks.slice(1, -1));
    next.slice(1, -1).forEach((c, i) => {
      expect(c).toBe(chunks[i + 1]);
    });
    expect(next.at(-1)?.keys).toEqual(chunks.at(-1)?.keys.slice(0, -1));

    const removed = rechunk(next, jumped.slice(1), 32);
    expect(flat(removed)).toEqual(jumped.slice(1));
    expect(moved(next, removed)).toEqual([]);
    expect(removed.slice(1)).toEqual(next.slice(1));

    const added = rechunk(removed, [...jumped.slice(1), 'new1', 'new2'], 32);
    expect(added.at(-1)?.keys.slice(-2)).toEqual(['new1', 'new2']);
    expect(added.length).toBe(removed.length);
    expect(moved(removed, added)).toEqual([]);
  });

  it('puts new rows at the very front into the first chunk', () => {
    const chunks = rechunk([], keysOf(10), 32);
    const next = rechunk(chunks, ['new', ...keysOf(10)], 32);
    expect(next).toHaveLength(1);
    expect(next[0]?.id).toBe(chunks[0]?.id);
  });

  it('splits a chunk that grows past twice the size, keeping its first rows', () => {
    let keys = keysOf(70);
    let chunks = rechunk([], keys, 32);
    // The last row moved to the front, again and again: each joins the first chunk, which holds up to 64 rows.
    const sizes: number[] = [];
    for (let i = 0; i < 33; i += 1) {
      keys = [keys[69] as string, ...keys.slice(0, 69)];
      const next = rechunk(chunks, keys, 32);
      expect(flat(next)).toEqual(keys);
      // Only the moved row changes chunk, until the first chunk is split.
      if (next[0]?.keys.length !== 32) expect(moved(chunks, next)).toEqual([keys[0]]);
      chunks = next;
      sizes.push(chunks[0]?.keys.length ?? 0);
    }
    expect(sizes.slice(-2)).toEqual([64, 32]);
    expect(Math.max(...chunks.map((c) => c.keys.length))).toBeLessThanOrEqual(64);
    const grown = rechunk([{ id: 7, keys: keysOf(64) }], keysOf(65), 32);
    expect(grown.map((c) => [c.id, c.keys.length])).toEqual([
      [7, 32],
      [8, 32],
      [9, 1],
    ]);
  });

  it('makes a short first chunk of `head` rows, and splits it when it grows past twice that', () => {
    expect(rechunk([], keysOf(70), 32, 8).map((c) => c.keys.length)).toEqual([8, 32, 30]);
    expect(rechunk([], keysOf(5), 32, 8).map((c) => c.keys.length)).toEqual([5]);
    // Never longer than the others.
    expect(rechunk([], keysOf(70), 32, 50).map((c) => c.keys.length)).toEqual([32, 32, 6]);

    // "Move to top 3" from the end, again and again: each moved row joins the first chunk, up to 16 rows.
    let keys = keysOf(100);
    let chunks = rechunk([], keys, 32, 8);
    const sizes: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      keys = [...keys.slice(0, 2), keys[99] as string, ...keys.slice(2, 99)];
      const next = rechunk(chunks, keys, 32, 8);
      expect(flat(next)).toEqual(keys);
      if (i < 8) expect(moved(chunks, next)).toEqual([keys[2]]);
      else {
        // Grown to 17: the first 8 (the moved row among them) keep the chunk, the other 9 make one of their own.
        expect(next.slice(0, 2).map((c) => [c.id, c.keys.length])).toEqual([
          [chunks[0]?.id, 8],
          [4, 9],
        ]);
        expect(moved(chunks, next)).toEqual([keys[2], ...(next[1]?.keys ?? [])].sort());
      }
      chunks = next;
      sizes.push(chunks[0]?.keys.length ?? 0);
    }
    expect(sizes).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 8]);
  });

  it('leaves a chunk that becomes the first (the rows before it gone) as it is until it grows', () => {
    const keys = keysOf(100);
    const chunks = rechunk([], keys, 32, 8);
    // The first chunk's 8 rows removed: the next one, of 32 rows, is first now, and no row of it mounts anew.
    const rest = keys.slice(8);
    const shorter = rechunk(chunks, rest, 32, 8);
    expect(shorter.map((c) => c.keys.length)).toEqual([32, 32, 28]);
    expect(shorter[0]).toBe(chunks[1]);
    // A row moved into it grows it past 16 rows: split, its first 8 rows keep it.
    const jumped = [...rest.slice(0, 2), 'k99', ...rest.slice(2, -1)];
    const next = rechunk(shorter, jumped, 32, 8);
    expect(flat(next)).toEqual(jumped);
    expect(next.map((c) => c.keys.length)).toEqual([8, 25, 32, 27]);
    expect(next[0]?.id).toBe(chunks[1]?.id);
  });

  it('starts afresh when every key is new (a host replaced the list)', () => {
    const chunks = rechunk([], keysOf(40), 32);
    const next = rechunk(chunks, keysOf(40, 100), 32);
    expect(next.map((c) => c.keys.length)).toEqual([32, 8]);
    expect(next.map((c) => c.id).some((id) => chunks.some((c) => c.id === id))).toBe(false);
  });
});
