// The recovery notice in Chromium: operated by keyboard only, its dialog takes the focus and gives it back, axe
// finds nothing (notice and open dialog), and at 320 px in Arabic nothing sticks out.
import '../styles.css';
import type { KeptAside } from '@sdmkit/core';
import { cleanup } from '@testing-library/react';
import type { AxeResults, RunOptions } from 'axe-core';
// As text, not as a module: no dependency optimising (and reloading) in Vite; the same file the story pass loads.
import axeSource from 'axe-core/axe.min.js?raw';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderInWidget } from '../test-utils/render.js';
import { RecoveryNotice } from './RecoveryNotice.js';

afterEach(() => cleanup());

const ASIDES: readonly KeptAside[] = [
  {
    key: 'k:aside:content-changed:1',
    reason: 'content-changed',
    at: '2026-11-21T10:00:00.000Z',
    entries: [
      { path: 'items.1', words: ['Ask about the cost', 'My sister had this test'] },
      { path: 'ratings.travel', words: [] },
    ],
  },
  { key: 'k:aside:conflict:1', reason: 'conflict', at: '2026-11-21T10:05:00.000Z' },
];

/** As a widget shows it: its heading, its save status, then the notice; dismissing removes a copy from the list. */
function Widget() {
  const [asides, setAsides] = useState(ASIDES);
  return (
    <>
      <h2>Your questions</h2>
      <p>Saved</p>
      <RecoveryNotice
        asides={asides}
        onRead={async () => null}
        onRestore={async () => true}
        onDismiss={async (key) => setAsides((list) => list.filter((a) => a.key !== key))}
      />
    </>
  );
}

/** axe-core, WCAG 2.0/2.1/2.2 A and AA, as the story pass runs it (without the whole-page rules). */
async function axeViolations(): Promise<string[]> {
  const w = window as unknown as { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
  if (!w.axe) {
    const script = document.createElement('script');
    script.textContent = axeSource;
    document.head.append(script);
  }
  const result = await (w.axe as NonNullable<typeof w.axe>).run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: {
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
      region: { enabled: false },
    },
  });
  expect(result.passes.length, 'axe checked nothing').toBeGreaterThan(10);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const active = () => document.activeElement;

describe('RecoveryNotice in Chromium', () => {
  it('opens the words by keyboard only, keeps focus in the dialog, gives it back, and axe finds nothing', async () => {
    renderInWidget(<Widget />);
    const show = page.getByRole('button', { name: 'Show the answers no longer in this content' });
    await expect.element(show).toBeVisible();
    expect(await axeViolations()).toEqual([]);

    // From the start of the page, Tab reaches Show first.
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{Tab}');
    await expect.element(show).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: 'Answers no longer in this content' });
    await expect.element(dialog).toBeVisible();
    const dialogEl = dialog.element();
    expect(dialogEl.contains(active())).toBe(true);
    await expect.element(dialog.getByText('Ask about the cost')).toBeVisible();
    await expect.element(dialog.getByText('(no text)')).toBeVisible();
    // Tab goes round inside the dialog: Close, Copy, and back.
    for (let i = 0; i < 4; i++) {
      await userEvent.keyboard('{Tab}');
      expect(dialogEl.contains(active()), `Tab ${i + 1} left the dialog`).toBe(true);
    }
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(dialogEl.contains(active())).toBe(true);
    expect(await axeViolations()).toEqual([]);

    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(show).toHaveFocus();
  });

  it('moves focus to the next message after Dismiss, then to the heading, by keyboard', async () => {
    renderInWidget(<Widget />);
    const dismiss = page.getByRole('button', {
      name: 'Dismiss this message about the answers no longer in this content',
    });
    await expect.element(dismiss).toBeVisible();
    (dismiss.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('button', { name: /^Use that copy/ })).toHaveFocus();
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(page.getByRole('heading', { name: 'Your questions' })).toHaveFocus();
    expect(active()).not.toBe(document.body);
  });

  it('fits 320 px in Arabic, right to left, with nothing sticking out', async () => {
    await page.viewport(320, 700);
    try {
      renderInWidget(<Widget />, 'ar');
      await expect.element(page.getByRole('button', { name: /^عرض / })).toBeVisible();
      const root = document.querySelector<HTMLElement>('.sdm-root');
      expect(root).not.toBeNull();
      const box = (root as HTMLElement).getBoundingClientRect();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      for (const el of (root as HTMLElement).querySelectorAll<HTMLElement>('.sdm-RecoveryNotice button, p')) {
        const r = el.getBoundingClientRect();
        expect(r.left, el.textContent ?? '').toBeGreaterThanOrEqual(box.left - 1);
        expect(r.right, el.textContent ?? '').toBeLessThanOrEqual(box.right + 1);
      }
      expect(await axeViolations()).toEqual([]);
    } finally {
      await page.viewport(1024, 800);
    }
  });
});
