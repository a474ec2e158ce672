import { describe, expect, it } from 'vitest';
import { jsonEqual, merge3 } from './merge.js';

describe('merge3', () => {
  it('takes the side that changed', () => {
    expect(merge3({ a: 1 }, { a: 1 }, { a: 2 })).toEqual({ value: { a: 2 }, conflicts: 0 });
    expect(merge3({ a: 1 }, { a: 3 }, { a: 1 })).toEqual({ value: { a: 3 }, conflicts: 0 });
  });

  it('merges different fields of one object and counts a field both changed as a conflict, keeping mine', () => {
    const base = { reason: '', goals: '', worries: '' };
    const mine = { reason: 'headache', goals: 'sleep', worries: '' };
    const theirs = { reason: '', goals: 'walk', worries: 'cost' };
    expect(merge3(base, mine, theirs)).toEqual({
      value: { reason: 'headache', goals: 'sleep', worries: 'cost' },
      conflicts: 1,
    });
  });

  it('merges list rows by id: adds from both, edits of different rows, removals of unchanged rows', () => {
    const base = {
      rows: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
        { id: 'c', text: 'C' },
      ],
    };
    const mine = {
      rows: [
        { id: 'a', text: 'A edited' },
        { id: 'c', text: 'C' },
        { id: 'd', text: 'mine' },
      ],
    };
    const theirs = {
      rows: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
        { id: 'c', text: 'C theirs' },
        { id: 'e', text: 'theirs' },
      ],
    };
    expect(merge3(base, mine, theirs)).toEqual({
      value: {
        rows: [
          { id: 'a', text: 'A edited' },
          { id: 'c', text: 'C theirs' },
          { id: 'e', text: 'theirs' },
          { id: 'd', text: 'mine' },
        ],
      },
      conflicts: 0,
    });
  });

  it('keeps a row one side removed when the other side changed it (nothing typed is dropped)', () => {
    const base = [{ key: 'q:1', note: '' }];
    expect(merge3(base, [], [{ key: 'q:1', note: 'the answer' }]).value).toEqual([{ key: 'q:1', note: 'the answer' }]);
    expect(merge3(base, [{ key: 'q:1', note: 'mine' }], []).value).toEqual([{ key: 'q:1', note: 'mine' }]);
  });

  it('follows the order of the side that reordered', () => {
    const base = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const reordered = [{ id: 'c' }, { id: 'a' }, { id: 'b' }];
    expect(merge3(base, base, reordered).value).toEqual(reordered);
    expect(merge3(base, reordered, [...base, { id: 'd' }]).value).toEqual([...reordered, { id: 'd' }]);
  });

  it('merges lists of words as sets', () => {
    expect(merge3(['head'], ['head', 'neck'], ['back']).value).toEqual(['back', 'neck']);
  });

  it('merges records by key (ratings by consideration)', () => {
    expect(merge3({}, { cost: 3 }, { pain: 1 })).toEqual({ value: { cost: 3, pain: 1 }, conflicts: 0 });
    expect(merge3({ cost: 1 }, {}, { cost: 1, pain: 2 })).toEqual({ value: { pain: 2 }, conflicts: 0 });
  });

  it('counts a row added on both sides with the same id and different content as a conflict', () => {
    const result = merge3([], [{ id: 'x', text: 'mine' }], [{ id: 'x', text: 'theirs' }]);
    expect(result).toEqual({ value: [{ id: 'x', text: 'mine' }], conflicts: 1 });
  });

  it('keeps both rows when two counters made the same id, and the larger counter', () => {
    const base = { items: [{ key: 'own:1', text: 'a' }], seq: 1 };
    const mine = { items: [...base.items, { key: 'own:2', text: 'mine' }], seq: 2 };
    const theirs = { items: [...base.items, { key: 'own:2', text: 'theirs' }, { key: 'own:3', text: 'more' }], seq: 3 };
    expect(merge3(base, mine, theirs)).toEqual({
      value: {
        items: [
          { key: 'own:1', text: 'a' },
          { key: 'own:2', text: 'mine' },
          { key: 'own:3', text: 'more' },
          { key: 'own:4', text: 'theirs' },
        ],
        seq: 3,
      },
      conflicts: 0,
    });
    const rows = merge3([], [{ id: 'concern-1', text: 'x' }], [{ id: 'concern-1', text: 'y' }]).value;
    expect(rows).toEqual([
      { id: 'concern-1', text: 'x' },
      { id: 'concern-2', text: 'y' },
    ]);
  });
});

describe('jsonEqual', () => {
  it('ignores key order and compares deeply', () => {
    expect(jsonEqual({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
  });
});
