import '@sdmkit/ui/styles.css';
import '../styles.css';
import { longVisitPrepInput, newSymptomTemplates, sampleVisitPrepInput } from '@sdmkit/content';
import type { VisitPrepResult } from '@sdmkit/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { VisitPrep } from './VisitPrep.js';

const today = new Date(2026, 10, 21);

afterEach(() => {
  cleanup();
});

/** Presses Tab (only the keyboard) until the focused element matches, failing after `max` presses. */
async function tabTo(matches: (el: Element) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    const el = document.activeElement;
    const interactive = el && /^(BUTTON|INPUT|TEXTAREA|SELECT|A)$/.test(el.tagName);
    if (el && interactive && matches(el)) return el as HTMLElement;
    await userEvent.tab();
  }
  throw new Error(`Focus never reached the element; it is on ${document.activeElement?.outerHTML.slice(0, 120)}`);
}
const byName = (name: string | RegExp) => (el: Element) => {
  const text = el.getAttribute('aria-label') ?? el.textContent ?? '';
  const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
  const s = `${text} ${label}`;
  return typeof name === 'string' ? s.includes(name) : name.test(s);
};

describe('VisitPrep in Chromium', () => {
  it('can be completed with the keyboard only', async () => {
    const onComplete = vi.fn<(r: VisitPrepResult) => void>();
    render(<VisitPrep content={newSymptomTemplates.en} onComplete={onComplete} today={today} />);

    await tabTo(byName('Main reason for the visit'));
    await userEvent.keyboard('Cough for three weeks');
    await tabTo(byName('Add a concern'));
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('Cough keeps me awake');
    await tabTo(byName('Add a concern'));
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('Worried it is asthma');
    // Make the second concern the first, by keyboard.
    await tabTo(byName('Move concern 2 up'));
    await userEvent.keyboard('{Enter}');
    expect(
      screen.getAllByRole('textbox', { name: /Concern \d/ }).map((el) => (el as HTMLTextAreaElement).value),
    ).toEqual(['Worried it is asthma', 'Cough keeps me awake']);
    expect(document.activeElement?.textContent).toContain('Move concern');

    await tabTo((el) => el.textContent === 'Next');
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Your symptom story' }));
    await tabTo(byName('What do you feel?'));
    await userEvent.keyboard('Dry cough');
    await tabTo((el) => el instanceof HTMLInputElement && el.type === 'radio');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: /Moderate/ })).toBeChecked();

    await tabTo((el) => el.textContent === 'Next');
    await userEvent.keyboard('{Enter}');
    await tabTo(byName('I do not take any medicines'));
    await userEvent.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'I do not take any medicines' })).toBeChecked();

    // Jump straight to the agenda through the step list (free navigation).
    await tabTo(byName(/Your agenda/), 120);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('article', { name: 'Agenda for your care team' })).toBeVisible();
    await tabTo((el) => el.textContent === 'Finish');
    await userEvent.keyboard('{Enter}');

    expect(onComplete).toHaveBeenCalledOnce();
    const agenda = onComplete.mock.calls[0]?.[0].agenda;
    expect(agenda?.topConcerns.map((c) => c.text)).toEqual(['Worried it is asthma', 'Cough keeps me awake']);
    expect(agenda?.symptoms).toMatchObject({ what: 'Dry cough', severity: 'moderate' });
    expect(agenda?.noMedicines).toBe(true);
  });

  it('is usable at 320 px wide: no horizontal scrolling, even with long input, in English and Arabic', async () => {
    await page.viewport(320, 700);
    for (const [locale, input] of [
      ['en', longVisitPrepInput],
      ['ar', { ...sampleVisitPrepInput, step: 'medicines' as const }],
      ['en', sampleVisitPrepInput],
    ] as const) {
      const view = render(
        <VisitPrep content={newSymptomTemplates[locale]} locale={locale} defaultValue={input} today={today} />,
      );
      await new Promise((r) => requestAnimationFrame(r));
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const buttons = [...document.querySelectorAll<HTMLElement>('.sdm-root button')];
      for (const b of buttons) {
        const r = b.getBoundingClientRect();
        expect(r.height).toBeGreaterThanOrEqual(24);
        expect(r.width).toBeGreaterThanOrEqual(24);
      }
      view.unmount();
    }
  });
});
