import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { sameShallow, useKeptSelection } from './kept-selection.js';

describe('sameShallow', () => {
  it('compares arrays item by item and plain objects key by key, one level deep', () => {
    expect(sameShallow(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameShallow(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameShallow(['a'], ['a', 'b'])).toBe(false);
    expect(sameShallow({ total: 2, open: 1 }, { open: 1, total: 2 })).toBe(true);
    expect(sameShallow({ total: 2 }, { total: 2, open: undefined })).toBe(false);
    expect(sameShallow({ total: 2, open: undefined }, { total: 2, answered: undefined })).toBe(false);
    expect(sameShallow([{ id: 'a' }], [{ id: 'a' }])).toBe(false);
    expect(sameShallow({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameShallow(Number.NaN, Number.NaN)).toBe(true);
    expect(sameShallow(null, {})).toBe(false);
  });
});

type State = { items: { key: string; note: string }[]; other: number };
type Store = ReturnType<typeof makeStore>;
const makeStore = () => createStore<State>(() => ({ items: [{ key: 'a', note: '' }], other: 0 }));

function Keys({ store, seen }: { store: Store; seen: (readonly string[])[] }) {
  const keys = useStore(
    store,
    useKeptSelection((s: State) => s.items.map((i) => i.key)),
  );
  seen.push(keys);
  return null;
}

describe('useKeptSelection', () => {
  it('re-renders only when the built selection holds other values', () => {
    const store = makeStore();
    const seen: (readonly string[])[] = [];
    render(<Keys store={store} seen={seen} />);
    act(() => store.setState((s) => ({ items: s.items.map((i) => ({ ...i, note: 'typed' })) })));
    act(() => store.setState({ other: 1 }));
    expect(seen).toHaveLength(1);
    act(() => store.setState((s) => ({ items: [...s.items, { key: 'b', note: '' }] })));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(['a', 'b']);
  });
});
