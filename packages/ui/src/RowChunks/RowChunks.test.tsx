import { act, render, screen } from '@testing-library/react';
import { memo, Profiler, useCallback, useLayoutEffect, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RowChunks } from './RowChunks.js';

const keysOf = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `k${from + i}`);

/** Which rows rendered: each row sits in a Profiler named by its key. */
const rendered: string[] = [];
const control: { setKeys: (keys: string[]) => void } = { setKeys: () => undefined };

/** What a row saw on mount, in its layout effect (where a moved row takes focus), by key. */
const onMount = new Map<string, () => void>();

const Row = memo(function Row({ itemKey }: { itemKey: string }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only.
  useLayoutEffect(() => onMount.get(itemKey)?.(), []);
  return (
    <Profiler id={itemKey} onRender={(id) => rendered.push(id)}>
      {/* biome-ignore lint/a11y/useSemanticElements: rows in chunks' elements, as RowChunks lays them out. */}
      <div role="listitem">{itemKey}</div>
    </Profiler>
  );
});

function List({ initial }: { initial: string[] }) {
  const [keys, setKeys] = useState(initial);
  control.setKeys = setKeys;
  const renderRow = useCallback((key: string) => <Row itemKey={key} />, []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an `ol` cannot hold the chunks' elements.
    <div role="list">
      <RowChunks keys={keys} renderRow={renderRow} size={32} chunkClassName="chunk" />
    </div>
  );
}

const setKeys = (keys: string[]) => {
  rendered.length = 0;
  act(() => control.setKeys(keys));
};
const rows = () => screen.getAllByRole('listitem');
const row = (key: string) => rows().find((r) => r.textContent === key) as HTMLElement;
const chunkSizes = () => [...document.querySelectorAll('.chunk')].map((c) => c.children.length);
/** The places the chunks' rows give: each chunk's first row's index and its row count. */
const consistentPlaces = () => {
  let start = 0;
  return chunkSizes().map((n) => {
    start += n;
    return [`${start - n}`, `${n}`];
  });
};
/** Each chunk's `--sdm-chunk-start` and `--sdm-chunk-rows`, as set on its element. */
const places = () =>
  [...document.querySelectorAll<HTMLElement>('.chunk')].map((c) => [
    c.style.getPropertyValue('--sdm-chunk-start'),
    c.style.getPropertyValue('--sdm-chunk-rows'),
  ]);

describe('RowChunks', () => {
  it('renders the rows in order, a short first chunk and then chunks of the size, each an element with the class', () => {
    render(<List initial={keysOf(70)} />);
    expect(rows().map((r) => r.textContent)).toEqual(keysOf(70));
    // The first chunk is about a screen of rows (headSize, 8 unless told): where the list opens, it lays out that.
    expect(chunkSizes()).toEqual([8, 32, 30]);
    expect(screen.getByRole('list').children).toHaveLength(3);
  });

  it('keeps each row’s element when rows before it go or a far row jumps to the front', () => {
    render(<List initial={keysOf(100)} />);
    const kept = ['k5', 'k40', 'k64', 'k98'].map((k) => [k, row(k)] as const);
    // The last row to place 3, as "Move to top 3" does.
    const jumped = [...keysOf(2), 'k99', ...keysOf(97, 2)];
    setKeys(jumped);
    expect(rows().map((r) => r.textContent)).toEqual(jumped);
    // Only the jumped row renders (anew, in the first chunk); the chunks it left and joined pass over their rows.
    expect(rendered).toEqual(['k99']);
    setKeys(jumped.filter((k) => k !== 'k0' && k !== 'k50'));
    expect(rendered).toEqual([]);
    for (const [key, element] of kept) expect(row(key)).toBe(element);
    expect(chunkSizes()).toEqual([8, 32, 31, 27]);
  });

  it('mounts anew only the row that crosses a chunk’s edge when two rows swap there', () => {
    render(<List initial={keysOf(64)} />);
    const before = { k7: row('k7'), k8: row('k8') };
    const swapped = [...keysOf(7), 'k8', 'k7', ...keysOf(55, 9)];
    setKeys(swapped);
    expect(rows().map((r) => r.textContent)).toEqual(swapped);
    expect(row('k7')).toBe(before.k7);
    expect(row('k8')).not.toBe(before.k8);
    expect(chunkSizes()).toEqual([9, 31, 24]);
  });

  it('gives each chunk its first row’s place and its rows, and after a move the chunks after it their new places', () => {
    render(<List initial={keysOf(70)} />);
    expect(places()).toEqual([
      ['0', '8'],
      ['8', '32'],
      ['40', '30'],
    ]);
    // The last row to place 3: the first chunk holds one row more, so the second starts one place later. No row but
    // the moved one renders for it (the places are written to the chunks' elements, not rendered).
    setKeys([...keysOf(2), 'k69', ...keysOf(67, 2)]);
    expect(rendered).toEqual(['k69']);
    expect(places()).toEqual([
      ['0', '9'],
      ['9', '32'],
      ['41', '29'],
    ]);
    // Places that follow from the rows the chunks hold, also for chunks made when one grows past twice its size.
    setKeys([...keysOf(40, 100), ...keysOf(70)]);
    expect(chunkSizes()).toEqual([8, 32, 8, 32, 30]);
    expect(places()).toEqual(consistentPlaces());
    // No style attribute in server-rendered markup: a strict Content-Security-Policy would block it.
    expect(renderToString(<List initial={keysOf(40)} />)).not.toContain('style=');
  });

  it('has every chunk’s new place on its element when a moved row’s layout effect runs', () => {
    // A row mounted anew by a move takes focus in its layout effect, and focus makes the browser lay the page out
    // at once: with the places still old there, it lays the chunks out twice (issue 17).
    render(<List initial={keysOf(100)} />);
    let seen: string[][] = [];
    onMount.set('k99', () => {
      seen = places();
    });
    setKeys([...keysOf(2), 'k99', ...keysOf(97, 2)]);
    onMount.clear();
    expect(rendered).toEqual(['k99']);
    expect(seen).toEqual([
      ['0', '9'],
      ['9', '32'],
      ['41', '32'],
      ['73', '27'],
    ]);
    expect(places()).toEqual(seen);
  });
});
