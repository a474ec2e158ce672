import { prostateTreatmentEn } from '@sdmkit/content';
import type { DecisionAidResult } from '@sdmkit/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../styles.css';
import { DecisionAid } from './DecisionAid.js';

let root: Root | null = null;
let host: HTMLElement | null = null;

function mount(ui: React.ReactNode) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(ui));
  return host;
}

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

/** Presses Tab until the focused element matches, like a keyboard user looking for a control. */
async function tabTo(match: (el: Element) => boolean, limit = 150) {
  for (let i = 0; i < limit; i++) {
    if (document.activeElement && match(document.activeElement)) return document.activeElement as HTMLElement;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error('Control not reachable by Tab');
}
const byName = (name: string) => (el: Element) =>
  (el.textContent?.trim() === name || el.closest('label')?.textContent?.trim() === name) &&
  (el.tagName === 'BUTTON' || el.tagName === 'INPUT');
const inGroup = (legend: RegExp) => (el: Element) =>
  el.tagName === 'INPUT' && legend.test(el.closest('fieldset')?.querySelector('legend')?.textContent ?? '');

async function pressNext() {
  await tabTo(byName('Next'));
  await userEvent.keyboard('{Enter}');
}

describe('DecisionAid in a real browser', () => {
  it('can be completed with the keyboard only', async () => {
    const onComplete = vi.fn<(r: DecisionAidResult) => void>();
    const el = mount(<DecisionAid content={prostateTreatmentEn} onComplete={onComplete} />);
    await pressNext(); // options
    expect(document.activeElement?.textContent).toBe('Your options');
    await pressNext(); // outcomes
    await pressNext(); // values
    // Rate the first consideration "Very much": Tab into the group, then arrow keys move and check.
    await tabTo(inGroup(/Avoiding leaking urine/));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect((document.activeElement as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement?.closest('label')?.textContent).toBe('Very much');
    // Add a concern of my own by typing.
    await tabTo((e) => e.tagName === 'INPUT' && (e as HTMLInputElement).type === 'text');
    await userEvent.keyboard('Time off work{Enter}');
    expect(el.textContent).toContain('Time off work');
    await pressNext(); // knowledge
    await tabTo(inGroup(/leaking urine/));
    await userEvent.keyboard('{ArrowRight}');
    expect(el.textContent).toContain('That is right.');
    await pressNext(); // SURE + leaning
    for (const item of [/feel sure/, /benefits and risks of each/, /which benefits and risks/, /support and advice/]) {
      await tabTo(inGroup(item));
      await userEvent.keyboard(' ');
    }
    await tabTo(inGroup(/Which way are you leaning/));
    await userEvent.keyboard('{ArrowLeft}'); // wraps to the last choice: "Not sure yet"
    expect(document.activeElement?.closest('label')?.textContent).toBe('Not sure yet');
    await pressNext(); // summary
    await tabTo(byName('Finish'));
    await userEvent.keyboard('{Enter}');
    expect(onComplete).toHaveBeenCalledTimes(1);
    const result = onComplete.mock.calls[0]![0];
    expect(result.sure.score).toBe(4);
    expect(result.leaningTitle).toBe('unsure');
    expect(result.input.ratings).toEqual({ 'avoid-side-effects': 4 });
    expect(result.input.ownConcerns.map((c) => c.text)).toEqual(['Time off work']);
  });

  it('presents every option in equal detail: same parts, order, element types and size', async () => {
    const el = mount(<DecisionAid content={prostateTreatmentEn} defaultStep="options" />);
    const cards = [...el.querySelectorAll<HTMLElement>('.sdm-OptionsOverview__option')];
    expect(cards).toHaveLength(3);
    const signature = (c: HTMLElement) => [...c.querySelectorAll('*')].map((n) => n.tagName).join('>');
    expect(new Set(cards.map(signature)).size).toBe(1);
    const widths = cards.map((c) => Math.round(c.getBoundingClientRect().width));
    expect(new Set(widths).size).toBe(1);
    // Same font size and weight for every option title: nothing highlighted.
    const styles = cards.map((c) => {
      const s = getComputedStyle(c.querySelector('h4')!);
      return `${s.fontSize}/${s.fontWeight}/${s.color}`;
    });
    expect(new Set(styles).size).toBe(1);
    const grid = el.querySelector('table')!;
    const bodyRows = [...grid.querySelectorAll('tbody tr')];
    for (const r of bodyRows) expect(r.querySelectorAll('td')).toHaveLength(3);
  });
});
