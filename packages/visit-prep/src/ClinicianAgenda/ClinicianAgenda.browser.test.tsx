import '@sdmkit/ui/styles.css';
import '../styles.css';
import { longVisitPrepInput, sampleVisitPrepInput } from '@sdmkit/content';
import { countWords } from '@sdmkit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { renderInRoot } from '../test-utils/render.js';
import { ClinicianAgenda } from './ClinicianAgenda.js';

afterAll(async () => {
  await page.viewport(414, 896);
});

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** One desktop screen, and two phone screens. */
const SCREENS = [
  { width: 1280, height: 800, maxHeight: 800 },
  { width: 360, height: 640, maxHeight: 2 * 640 },
] as const;

/** The words the clinician reads on screen: the agenda without its Print and Copy buttons. */
function screenWords(article: HTMLElement): number {
  const actions = article.querySelector<HTMLElement>('.sdm-ClinicianAgenda__actions');
  // innerText on purpose: the rendered text, without hidden items and with line breaks between blocks.
  // biome-ignore lint/performance/useDomNodeTextContent: see above.
  const shown = (el: HTMLElement | null) => countWords(el?.innerText ?? '');
  return shown(article) - shown(actions);
}

describe('ClinicianAgenda in Chromium: one desktop screen, two phone screens', () => {
  it.each([
    ['sample', sampleVisitPrepInput],
    ['long', longVisitPrepInput],
  ] as const)('the %s agenda fits', async (name, input) => {
    for (const { width, height, maxHeight } of SCREENS) {
      await page.viewport(width, height);
      const view = renderInRoot(<ClinicianAgenda />, { defaultValue: { ...input, step: 'agenda' } });
      await frame();
      const article = view.container.querySelector('.sdm-ClinicianAgenda') as HTMLElement;
      const measured = Math.ceil(article.getBoundingClientRect().height);
      console.log(
        `${name}: agenda height at ${width}px: ${measured} px (limit ${maxHeight}); words on screen: ${screenWords(article)}`,
      );
      expect(measured).toBeLessThanOrEqual(maxHeight);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      // Show all buttons are at least 24 by 24 px (WCAG 2.5.8).
      for (const b of article.querySelectorAll<HTMLElement>('.sdm-ClinicianAgenda__more')) {
        const r = b.getBoundingClientRect();
        expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(24);
      }
      view.unmount();
    }
  });

  it('shows the whole text in place, one click away', async () => {
    await page.viewport(360, 640);
    const view = renderInRoot(<ClinicianAgenda />, { defaultValue: longVisitPrepInput });
    const reason = page.getByRole('paragraph').filter({ hasText: 'Reason:' });
    await reason.getByRole('button', { name: 'Show all' }).click();
    await expect.element(reason).toHaveTextContent(longVisitPrepInput.reason);
    await expect.element(reason.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    view.unmount();
  });
});
