import '@sdmkit/ui/styles.css';
import '../styles.css';
import { newSymptomTemplates } from '@sdmkit/content';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { VisitPrep } from './VisitPrep.js';

afterEach(() => {
  cleanup();
});

describe('VisitPrep steps in a browser', () => {
  it('keeps a visited step out of the tab order and out of find-in-page while it is hidden', async () => {
    const { container } = render(<VisitPrep content={newSymptomTemplates.en} today={new Date(2026, 10, 21)} />);
    await userEvent.fill(page.getByRole('textbox', { name: 'Main reason for the visit' }), 'Wheezing at night');
    await userEvent.click(page.getByRole('button', { name: 'Next', exact: true }));
    const hidden = container.querySelector<HTMLElement>('[data-step-panel="concerns"]');
    // The step is still there (its fields keep what was typed), hidden: kept laid out (StepPanels' keepLaidOut), its
    // content skipped by content-visibility.
    const field = hidden?.querySelector('textarea, input');
    expect(field).not.toBeNull();
    expect(hidden?.hidden).toBe(true);
    expect(hidden && getComputedStyle(hidden).contentVisibility).toBe('hidden');
    expect(field?.checkVisibility()).toBe(false);
    // Tab through the whole widget, from its first control: focus never lands in the hidden step.
    const stops: Element[] = [];
    container.querySelector<HTMLElement>('button')?.focus();
    for (let i = 0; i < 60; i++) {
      if (document.activeElement && container.contains(document.activeElement)) stops.push(document.activeElement);
      await userEvent.keyboard('{Tab}');
    }
    expect(stops.some((el) => el.closest('[data-step-panel="symptoms"]'))).toBe(true);
    expect(stops.filter((el) => hidden?.contains(el))).toEqual([]);
    // Find-in-page does not find what the patient typed there.
    getSelection()?.removeAllRanges();
    expect((window as Window & { find?: (text: string) => boolean }).find?.('Wheezing at night') ?? false).toBe(false);
    // Shown again: found, and reachable.
    await userEvent.click(page.getByRole('button', { name: 'Back', exact: true }));
    expect(hidden?.hidden).toBe(false);
    expect(field?.checkVisibility()).toBe(true);
    getSelection()?.removeAllRanges();
    expect((window as Window & { find?: (text: string) => boolean }).find?.('Wheezing at night')).toBe(true);
  });
});
