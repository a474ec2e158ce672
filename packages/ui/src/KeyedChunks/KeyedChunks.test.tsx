import { act, render, screen } from '@testing-library/react';
import { memo, Profiler, useCallback, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { KeyedChunks } from './KeyedChunks.js';

const keysOf = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `k${from + i}`);

/** Which rows rendered: each row sits in a Profiler named by its key. */
const rendered: string[] = [];
const control: { setKeys: (keys: string[]) => void; setLabel: (label: string) => void } = {
  setKeys: () => undefined,
  setLabel: () => undefined,
};

function PlainRow({ itemKey, index }: { itemKey: string; index: number }) {
  return (
    <Profiler id={itemKey} onRender={(id) => rendered.push(id)}>
      <li>
        {itemKey} at {index + 1}
      </li>
    </Profiler>
  );
}
const MemoRow = memo(PlainRow);

function List({ initial, size, memoRows = true }: { initial: string[]; size?: number; memoRows?: boolean }) {
  const [keys, setKeys] = useState(initial);
  const [label, setLabel] = useState('Rows');
  control.setKeys = setKeys;
  control.setLabel = setLabel;
  const renderRow = useCallback(
    (key: string, index: number) =>
      memoRows ? <MemoRow itemKey={key} index={index} /> : <PlainRow itemKey={key} index={index} />,
    [memoRows],
  );
  return (
    <ol aria-label={label}>
      <KeyedChunks keys={keys} renderRow={renderRow} size={size} />
    </ol>
  );
}

function makeList() {
  rendered.length = 0;
  return {
    List,
    rendered,
    setKeys: (keys: string[]) => act(() => control.setKeys(keys)),
    setLabel: (label: string) => act(() => control.setLabel(label)),
  };
}

const rows = () => screen.getAllByRole('listitem').map((li) => li.textContent);

describe('KeyedChunks', () => {
  it('renders every row in order, directly in the list, with its index', () => {
    const { List } = makeList();
    render(<List initial={keysOf(70)} size={32} />);
    const list = screen.getByRole('list');
    expect(list.children).toHaveLength(70);
    for (const child of list.children) expect(child.tagName).toBe('LI');
    expect(rows()).toEqual(keysOf(70).map((k, i) => `${k} at ${i + 1}`));
  });

  it('renders no row again when the parent renders with the same keys', () => {
    const { List, rendered, setLabel } = makeList();
    render(<List initial={keysOf(70)} size={32} />);
    rendered.length = 0;
    setLabel('Other rows');
    expect(screen.getByRole('list', { name: 'Other rows' })).toBeTruthy();
    expect(rendered).toEqual([]);
  });

  it('renders only the rows whose chunk changed when keys are added or removed', () => {
    const { List, rendered, setKeys } = makeList();
    const keys = keysOf(70);
    render(<List initial={keys} size={32} />);

    rendered.length = 0;
    setKeys([...keys, 'k70']);
    // The new row only: the rows of its chunk keep their keys and places (memoised rows bail out).
    expect(rendered).toEqual(['k70']);
    expect(rows().at(-1)).toBe('k70 at 71');

    rendered.length = 0;
    const withoutK40 = [...keys.slice(0, 40), ...keys.slice(41), 'k70'];
    setKeys(withoutK40);
    // The first chunk (rows 1–32) is passed over; the rows after the removed one show their new place.
    expect(rendered.some((id) => keysOf(32).includes(id))).toBe(false);
    expect(rendered).toContain('k41');
    expect(rows()).toEqual(withoutK40.map((k, i) => `${k} at ${i + 1}`));
  });

  it('passes over whole chunks whose keys did not change, even with rows that are not memoised', () => {
    const { List, rendered, setKeys, setLabel } = makeList();
    const keys = keysOf(70);
    render(<List initial={keys} size={32} memoRows={false} />);

    rendered.length = 0;
    setLabel('Other rows');
    expect(rendered).toEqual([]);

    setKeys([...keys, 'k70']);
    // Only the last chunk (rows 65–71) renders; a plain map would render all 71 rows.
    expect(rendered.sort()).toEqual([...keysOf(6, 64), 'k70'].sort());
  });

  it('handles an empty list and a size that is not a whole number', () => {
    const { List, setKeys } = makeList();
    render(<List initial={[]} size={2.5} />);
    expect(screen.getByRole('list').children).toHaveLength(0);
    setKeys(keysOf(5));
    expect(rows()).toEqual(keysOf(5).map((k, i) => `${k} at ${i + 1}`));
  });
});
