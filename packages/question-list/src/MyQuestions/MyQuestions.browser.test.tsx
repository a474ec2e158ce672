import '@sdmkit/ui/styles.css';
import '../styles.css';
import { generatePromptList } from '@sdmkit/content';
import { cleanup } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { exposedNodes } from '../../../ui/src/test-utils/ax.js';
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
 * The place numbers as the browser shows them, in page order. They are generated content (a CSS counter, started
 * again by each chunk at its first row's place), in no DOM text, so each is read from Chromium's layout with its row
 * scrolled into view (chunks out of view are not laid out: content-visibility).
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
  // 40 questions: two chunks of rows (ui's RowChunks); the count goes on from one to the next.
  const list = generatePromptList(40);
  renderInProvider(<MyQuestions />, { content: list, input: pickedInput(...list.questions.map((q) => q.id)) });
  expect(document.querySelectorAll('.sdm-MyQuestions__chunk')).toHaveLength(2);
  const numbers = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
  expect(await shownPlaces()).toEqual(numbers(40));

  const last = list.questions[39]?.text ?? '';
  await page.getByRole('group', { name: last }).getByRole('button', { name: 'Move to top 3' }).click();
  // The moved question is third in the page, and every place still reads 1 to 40 in order.
  const third = page.getByRole('listitem').nth(2);
  await expect.element(third).toHaveTextContent(last);
  expect(await shownPlaces()).toEqual(numbers(40));

  await page.getByRole('group', { name: last }).getByRole('button', { name: 'Remove' }).click();
  expect(await shownPlaces()).toEqual(numbers(39));
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

it('keeps every row of a chunk out of view in the list’s accessibility tree, in find-in-page and in the tab order', async () => {
  const list = generatePromptList(70);
  renderInProvider(<MyQuestions />, { content: list, input: pickedInput(...list.questions.map((q) => q.id)) });
  const chunks = [...document.querySelectorAll<HTMLElement>('.sdm-MyQuestions__chunk')];
  expect(chunks.map((c) => c.children.length)).toEqual([8, 32, 30]);
  // The view at the top: the last chunk is out of view, so Chromium skips its rows (content-visibility: auto).
  document.querySelector('.sdm-MyQuestions__item')?.scrollIntoView({ block: 'start' });
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const last = chunks[2] as HTMLElement;
  expect(getComputedStyle(last).contentVisibility).toBe('auto');
  expect(last.getBoundingClientRect().top).toBeGreaterThan(window.innerHeight);
  // Never laid out, it is as tall as its 30 rows at the rows' usual height (ui's RowChunks rule, this list's size).
  const em = Number.parseFloat(getComputedStyle(last).fontSize);
  expect(last.getBoundingClientRect().height).toBeCloseTo(30 * 13.5 * em, 0);

  // One list of 70 items, each with its question and its buttons, in the tree a screen reader reads (accessibility
  // on from the start: vitest.config.ts), the skipped chunk's rows too.
  const exposed = await exposedNodes();
  expect(exposed.filter((n) => n.role === 'listitem')).toHaveLength(70);
  const groups = exposed.filter((n) => n.role === 'group').map((n) => n.name);
  expect(groups).toEqual(list.questions.map((q) => q.text));
  const removes = exposed.filter((n) => n.role === 'button' && n.name === 'Remove');
  expect(removes).toHaveLength(70);

  // Find-in-page reaches a question in a row out of view (skipped).
  const far = list.questions[68]?.text ?? '';
  getSelection()?.removeAllRanges();
  expect((window as unknown as { find: (text: string) => boolean }).find(far)).toBe(true);

  // Tab reaches its buttons: focus on the one before them, then Tab.
  const rowOf = (text: string) => page.getByRole('group', { name: text });
  const before = rowOf(list.questions[67]?.text ?? '').getByRole('button', { name: 'Remove' });
  (before.element() as HTMLElement).focus();
  await userEvent.keyboard('{Tab}');
  await expect.element(rowOf(far).getByRole('button', { name: 'Move up' })).toHaveFocus();
});
