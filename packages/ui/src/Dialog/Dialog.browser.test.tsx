import '../styles.css';
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { Button } from '../Button/Button.js';
import { renderInWidget } from '../test-utils/render.js';
import { Dialog } from './Dialog.js';

afterEach(() => {
  cleanup();
  document.querySelector('[data-testid="tall-page"]')?.remove();
});

/** A host page taller than the window, with the widget at its end. */
function tallPage(): { width: () => number } {
  const tall = document.createElement('div');
  tall.dataset.testid = 'tall-page';
  tall.style.blockSize = '4000px';
  document.body.append(tall);
  renderInWidget(
    <Dialog title="Where the numbers come from" trigger={<Button>Evidence</Button>}>
      <p>Body text</p>
    </Dialog>,
  );
  return { width: () => tall.getBoundingClientRect().width };
}

describe('Dialog in Chromium', () => {
  it('locks the page behind it without moving it, and puts the page back when it closes', async () => {
    const { width } = tallPage();
    const widthBefore = width();
    const head = document.head.innerHTML;
    /**
     * How far a wheel turn over `target` scrolls the page, towards the end of the page that is further away (so that
     * it could scroll). Where it should scroll, this waits until it has (up to 3 s on a busy machine); where it
     * should not, it gives the wheel 300 ms to act.
     */
    const wheel = async (target: Element, shouldScroll: boolean) => {
      const y = window.scrollY;
      await userEvent.wheel(target, { delta: { y: y > 0 ? -200 : 200 } });
      if (shouldScroll)
        await vi.waitUntil(() => window.scrollY !== y, { timeout: 3000, interval: 25 }).catch(() => undefined);
      else await new Promise((resolve) => setTimeout(resolve, 300));
      return Math.abs(window.scrollY - y);
    };
    const tall = document.querySelector('[data-testid="tall-page"]') as Element;
    // Before: the wheel scrolls the page (so the check below is not vacuous).
    expect(await wheel(tall, true)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Evidence' }).click();
    await expect.element(page.getByRole('dialog', { name: 'Where the numbers come from' })).toBeVisible();
    expect(getComputedStyle(document.body).overflow).toBe('hidden');
    const dialog = document.querySelector('[role="dialog"]') as Element;
    // The wheel over the dialog, whose text fits, would scroll the page if it were not locked.
    expect(await wheel(dialog, false)).toBe(0);
    // The page keeps its width, and no <style> was added for the lock. (Headless Chromium hides scrollbars, so the
    // margin that keeps a scrollbar's room is checked in lock-page-scroll.test.ts.)
    expect(width()).toBe(widthBefore);
    expect(document.head.innerHTML).toBe(head);
    // For touch, where a browser lets a finger scroll a page whose <body> is overflow: hidden (older iOS Safari): a
    // finger on the backdrop does not pan (it may still zoom), and the dialog's own scrolling stops at its ends.
    const backdrop = document.querySelector('.sdm-Dialog__overlay') as Element;
    expect(getComputedStyle(backdrop).touchAction).toBe('pinch-zoom');
    expect(getComputedStyle(dialog).overscrollBehaviorBlock).toBe('contain');
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(document.body.getAttribute('style') ?? '').toBe('');
    expect(width()).toBe(widthBefore);
    expect(await wheel(tall, true)).toBeGreaterThan(0);
  });

  it('closes on a click on the backdrop and gives focus back to the button that opened it', async () => {
    tallPage();
    await page.getByRole('button', { name: 'Evidence' }).click();
    await expect.element(page.getByRole('dialog')).toBeVisible();
    const backdrop = document.querySelector('.sdm-Dialog__overlay');
    expect(backdrop).not.toBeNull();
    // A corner of the backdrop, away from the dialog in the middle.
    await userEvent.click(backdrop as Element, { position: { x: 5, y: 5 } });
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Evidence' })).toHaveFocus();
  });
});
