import '@sdmkit/ui/styles.css';
import '../styles.css';
import { generatePromptList } from '@sdmkit/content';
import { cleanup } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { MyQuestions } from './MyQuestions.js';

afterEach(() => {
  cleanup();
});

interface Snapshot {
  readonly strings: readonly string[];
  readonly documents: readonly {
    readonly nodes: {
      readonly parentIndex: readonly number[];
      readonly attributes: readonly (readonly number[])[];
      readonly pseudoType: { readonly index: readonly number[] };
    };
    readonly layout: { readonly nodeIndex: readonly number[]; readonly text: readonly number[] };
  }[];
}

/** The text Chromium lays out for the `::before` of the element marked `data-probe` (from a DOM snapshot). */
async function probedBefore(): Promise<string | undefined> {
  const snap = (await cdp().send('DOMSnapshot.captureSnapshot', { computedStyles: [] })) as Snapshot;
  const { strings } = snap;
  for (const doc of snap.documents) {
    const pseudo = new Set(doc.nodes.pseudoType.index);
    for (const [i, node] of doc.layout.nodeIndex.entries()) {
      const text = doc.layout.text[i] ?? -1;
      if (!pseudo.has(node) || text < 0) continue;
      const attrs = (doc.nodes.attributes[doc.nodes.parentIndex[node] ?? -1] ?? []).map((a) => strings[a]);
      if (attrs.includes('data-probe')) return strings[text];
    }
  }
  return undefined;
}

/**
 * The place numbers as the browser shows them, in page order. They are generated content (a CSS counter), in no
 * DOM text, so each is read from Chromium's layout with its row scrolled into view (rows out of view are not laid
 * out: content-visibility).
 */
async function shownPlaces(): Promise<(string | undefined)[]> {
  const places: (string | undefined)[] = [];
  for (const rank of document.querySelectorAll<HTMLElement>('.sdm-MyQuestions__rank')) {
    rank.scrollIntoView({ block: 'center' });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    rank.setAttribute('data-probe', '');
    places.push(await probedBefore());
    rank.removeAttribute('data-probe');
  }
  return places;
}

it('shows each question’s place from the list’s counter, renumbered after a move and a removal', async () => {
  const list = generatePromptList(12);
  renderInProvider(<MyQuestions />, { content: list, input: pickedInput(...list.questions.map((q) => q.id)) });
  const numbers = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
  expect(await shownPlaces()).toEqual(numbers(12));

  const tenth = list.questions[9]?.text ?? '';
  await page.getByRole('group', { name: tenth }).getByRole('button', { name: 'Move to top 3' }).click();
  // The moved question is third in the page, and every place still reads 1 to 12 in order.
  const third = page.getByRole('listitem').nth(2);
  await expect.element(third).toHaveTextContent(tenth);
  expect(await shownPlaces()).toEqual(numbers(12));

  await page.getByRole('group', { name: tenth }).getByRole('button', { name: 'Remove' }).click();
  expect(await shownPlaces()).toEqual(numbers(11));
});

/** The space between each row and the next, in page order (px, rounded). */
function gaps(): number[] {
  const rows = [...document.querySelectorAll<HTMLElement>('.sdm-MyQuestions__item')];
  return rows.slice(1).map((row, i) => {
    row.scrollIntoView({ block: 'center' });
    const before = rows[i] as HTMLElement;
    return Math.round(row.getBoundingClientRect().top - before.getBoundingClientRect().bottom);
  });
}

it('sets the top 3 apart from the rest with a wider gap, after moves too', async () => {
  const list = generatePromptList(6);
  renderInProvider(<MyQuestions />, { content: list, input: pickedInput(...list.questions.map((q) => q.id)) });
  const check = () => {
    const [a, b, after, ...rest] = gaps();
    // Between the top rows, and between the others: the list's gap; after the third row, a wider one.
    expect(after).toBeGreaterThan((a ?? 0) + 8);
    expect(new Set([a, b, ...rest]).size).toBe(1);
  };
  check();
  const last = list.questions[5]?.text ?? '';
  await page.getByRole('group', { name: last }).getByRole('button', { name: 'Move to top 3' }).click();
  await expect.element(page.getByRole('listitem').nth(2)).toHaveTextContent(last);
  check();
  await page.getByRole('group', { name: last }).getByRole('button', { name: 'Move down' }).click();
  await expect.element(page.getByRole('listitem').nth(3)).toHaveTextContent(last);
  check();
});
