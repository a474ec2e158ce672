import '@sdmkit/ui/styles.css';
import '../styles.css';
import { generatePromptList } from '@sdmkit/content';
import { cleanup } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { exposedNodes } from '../../../ui/src/test-utils/ax.js';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { VisitMode } from './VisitMode.js';

afterEach(() => {
  cleanup();
});

const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

// 70 questions: the rows and the "not answered yet" entries each in three chunks (ui's RowChunks), and with the
// view at the top, the chunks out of view skipped (content-visibility: auto; ADR 0011).
it('keeps the rows and entries of chunks out of view in the accessibility tree, and "Go to" reaches them', async () => {
  const list = generatePromptList(70);
  renderInProvider(<VisitMode />, { content: list, input: pickedInput(...list.questions.map((q) => q.id)) });
  const sizes = (selector: string) => [...document.querySelectorAll(selector)].map((c) => c.children.length);
  expect(sizes('.sdm-VisitMode__chunk')).toEqual([8, 32, 30]);
  expect(sizes('.sdm-VisitMode__openChunk')).toEqual([8, 32, 30]);
  document.querySelector('.sdm-VisitMode__item')?.scrollIntoView({ block: 'start' });
  await frames();
  const lastRows = document.querySelectorAll<HTMLElement>('.sdm-VisitMode__chunk')[2] as HTMLElement;
  expect(getComputedStyle(lastRows).contentVisibility).toBe('auto');
  expect(lastRows.getBoundingClientRect().top).toBeGreaterThan(window.innerHeight);

  // In the tree a screen reader reads (accessibility on from the start: vitest.config.ts): every row with its
  // heading and its buttons, and every entry with its "Go to" button, the skipped chunks' too.
  const exposed = await exposedNodes();
  const texts = list.questions.map((q) => q.text);
  expect(exposed.filter((n) => n.role === 'listitem')).toHaveLength(140);
  expect(exposed.filter((n) => n.role === 'heading' && texts.some((t) => n.name.endsWith(t)))).toHaveLength(70);
  expect(exposed.filter((n) => n.role === 'button' && n.name === 'Answered')).toHaveLength(70);
  expect(exposed.filter((n) => n.role === 'textbox' && n.name === 'Answer notes')).toHaveLength(70);
  expect(exposed.filter((n) => n.role === 'button' && n.name.endsWith(texts[69] ?? '-'))).toHaveLength(1);

  // The entries keep their bullets (list items in the chunk's padding, which it paints).
  const entry = document.querySelector<HTMLElement>('.sdm-VisitMode__openItem') as HTMLElement;
  expect(getComputedStyle(entry).display).toBe('list-item');
  expect(Number.parseFloat(getComputedStyle(entry.parentElement as HTMLElement).paddingInlineStart)).toBeGreaterThan(0);

  // "Go to" for the last question, from its entry at the end: its row, in a chunk that was skipped, takes focus and
  // is in view.
  const far = texts[68] ?? '';
  await page.getByRole('button', { name: `Go to this question: ${far}` }).click();
  const row = page.getByRole('listitem', { name: `69. ${far}` });
  await expect.element(row).toHaveFocus();
  await frames();
  const box = (row.element() as HTMLElement).getBoundingClientRect();
  expect(box.bottom).toBeGreaterThan(0);
  expect(box.top).toBeLessThan(window.innerHeight);

  // Tab from the row's note to its buttons' neighbours: the next row's first button, in the next chunk.
  await page
    .getByRole('listitem', { name: `70. ${texts[69]}` })
    .getByRole('button', { name: 'Asked' })
    .click();
  await userEvent.keyboard('{Tab}');
  await expect
    .element(page.getByRole('listitem', { name: `70. ${texts[69]}` }).getByRole('button', { name: 'Answered' }))
    .toHaveFocus();
});
