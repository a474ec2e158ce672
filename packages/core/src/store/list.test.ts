import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendRow,
  findRowIndex,
  type ListRow,
  moveRow,
  nextRowId,
  nextRowNumber,
  patchRow,
  refuseRow,
  removeRow,
  rowIdOf,
} from './list.js';

interface Row {
  readonly id: string;
  readonly text: string;
}
const rows = (...ids: string[]): Row[] => ids.map((id) => ({ id, text: `text of ${id}` }));
const ids = (list: readonly ListRow[]) => list.map(rowIdOf);

describe('row ids', () => {
  it('reads a row by its id, or by its key (question list)', () => {
    expect(rowIdOf({ id: 'concern-1' })).toBe('concern-1');
    expect(rowIdOf({ key: 'own:1' })).toBe('own:1');
    expect(findRowIndex([{ key: 'q:a' }, { key: 'own:2' }], 'own:2')).toBe(1);
    expect(findRowIndex(rows('a'), 'b')).toBe(-1);
  });

  it('makes `<name>-<n>`, one above the largest number used under that name', () => {
    expect(nextRowId('concern', [])).toBe('concern-1');
    expect(nextRowId('concern', rows('concern-1', 'concern-7', 'concern-3'))).toBe('concern-8');
    // Other names and other forms do not count: they only have to stay unique.
    expect(nextRowId('concern', rows('medicine-9', 'x', 'concern-', 'concern-2b', 'my-concern-5'))).toBe('concern-1');
  });

  it('keeps reading the ids saved drafts hold: visit prep, decision aid (`own-n`), question list (`own:n`)', () => {
    expect(nextRowId('medicine', rows('medicine-1', 'medicine-4'))).toBe('medicine-5');
    expect(nextRowId('own', rows('own-1', 'own-3'))).toBe('own-4');
    const items = [{ key: 'q:q1' }, { key: 'own:2' }, { key: 's:sure' }];
    expect(nextRowId('own', items, { separator: ':' })).toBe('own:3');
    // The question list's counter (`seq`) is passed too, so a removed question's number is not used again.
    expect(nextRowId('own', items, { separator: ':', after: 5 })).toBe('own:6');
    expect(nextRowNumber('own', items, { separator: ':', after: 1 })).toBe(3);
    // The separators are not mixed up.
    expect(nextRowId('own', items)).toBe('own-1');
  });

  it('never makes an id the list has, even past numbers too long to count', () => {
    const list = rows('x-999999999999999', 'x-1000000000000000', 'x-0000000000000000001');
    expect(nextRowId('x', list)).toBe('x-1000000000000001');
    expect(nextRowId('x', rows('x-01'))).toBe('x-2');
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(
            fc.nat({ max: 30 }).map((n) => `a-${n}`),
            fc.nat({ max: 30 }).map((n) => `a:${n}`),
            fc.string({ maxLength: 6 }),
          ),
        ),
        fc.constantFrom('-' as const, ':' as const),
        fc.nat({ max: 40 }),
        (made, separator, after) => {
          const list = made.map((id) => ({ id }));
          const id = nextRowId('a', list, { separator, after });
          expect(made).not.toContain(id);
          expect(Number(id.slice(2))).toBeGreaterThan(after);
        },
      ),
    );
  });
});

describe('appendRow', () => {
  it('adds at the end and says the id; the list it was given is not changed', () => {
    const list = rows('a-1');
    const result = appendRow(list, { id: 'a-2', text: 'new' });
    expect(result).toEqual({ ok: true, id: 'a-2', list: [...list, { id: 'a-2', text: 'new' }] });
    expect(list).toHaveLength(1);
  });

  it('refuses in one typed way: `limit` when full, `duplicate` for an id on the list', () => {
    expect(appendRow(rows('a', 'b'), { id: 'c', text: '' }, { max: 2 })).toEqual({ ok: false, reason: 'limit' });
    expect(appendRow(rows('a', 'b'), { id: 'a', text: '' })).toEqual({ ok: false, reason: 'duplicate' });
    expect(appendRow([{ key: 'own:1' }], { key: 'own:1' }, { max: 5 })).toEqual(refuseRow('duplicate'));
    expect(refuseRow('empty')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('moveRow', () => {
  const list = rows('a', 'b', 'c', 'd');

  it('moves by id: up, down, top, bottom, to an index (clamped)', () => {
    expect(ids(moveRow(list, 'c', 'up'))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(moveRow(list, 'b', 'down'))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(moveRow(list, 'c', 'top'))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(moveRow(list, 'a', 'bottom'))).toEqual(['b', 'c', 'd', 'a']);
    expect(ids(moveRow(list, 'a', 2))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(moveRow(list, 'a', 99))).toEqual(['b', 'c', 'd', 'a']);
    expect(ids(moveRow(list, 'd', -5))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(moveRow(list, 'd', 1.7))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(moveRow([{ key: 'q:1' }, { key: 'own:1' }], 'own:1', 'up'))).toEqual(['own:1', 'q:1']);
  });

  it('gives the same array when nothing moves', () => {
    for (const to of ['up', 'top', 0, -1, Number.NaN] as const) expect(moveRow(list, 'a', to)).toBe(list);
    for (const to of ['down', 'bottom', 3, 99] as const) expect(moveRow(list, 'd', to)).toBe(list);
    expect(moveRow(list, 'missing', 'top')).toBe(list);
    expect(list.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('only ever reorders: the same rows, the moved one where it was sent', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.oneof(fc.constantFrom('up' as const, 'down' as const, 'top' as const, 'bottom' as const), fc.integer()),
        (made, n, to) => {
          const before = made.map((id) => ({ id }));
          const id = made[n % made.length] as string;
          const from = made.indexOf(id);
          const after = moveRow(before, id, to);
          expect([...ids(after)].sort()).toEqual([...made].sort());
          const last = made.length - 1;
          const want =
            to === 'up' ? from - 1 : to === 'down' ? from + 1 : to === 'top' ? 0 : to === 'bottom' ? last : to;
          expect(ids(after).indexOf(id)).toBe(Math.max(0, Math.min(last, want)));
        },
      ),
    );
  });
});

describe('patchRow', () => {
  const list = rows('a', 'b');

  it('changes fields of one row by id, never its id or key', () => {
    const next = patchRow(list, 'b', { text: 'new' });
    expect(next).toEqual([list[0], { id: 'b', text: 'new' }]);
    expect(next[0]).toBe(list[0]);
    const sneaky = { text: 'x', id: 'z' } as { text: string };
    expect(ids(patchRow(list, 'a', sneaky))).toEqual(['a', 'b']);
    const keyed = [{ key: 'own:1', note: '' }];
    expect(patchRow(keyed, 'own:1', (row) => ({ note: `${row.note}!` }))).toEqual([{ key: 'own:1', note: '!' }]);
  });

  it('gives the same array for an unknown id or a change of nothing', () => {
    expect(patchRow(list, 'missing', { text: 'new' })).toBe(list);
    expect(patchRow(list, 'a', { text: 'text of a' })).toBe(list);
    expect(patchRow(list, 'a', {})).toBe(list);
  });
});

describe('removeRow', () => {
  it('removes by id; the same array when there is no such row', () => {
    const list = rows('a', 'b', 'c');
    expect(ids(removeRow(list, 'b'))).toEqual(['a', 'c']);
    expect(removeRow(list, 'missing')).toBe(list);
    expect(ids(removeRow([{ key: 'q:1' }, { key: 'own:1' }], 'q:1'))).toEqual(['own:1']);
  });
});
