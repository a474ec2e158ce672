import { prostateTreatmentEn } from '@sdmkit/content';
import type { DecisionAidInput, DecisionAidResult } from '@sdmkit/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import {
  checkDialogFocusReturn,
  drivers,
  type InputDriver,
  keyboardDriver,
  pointerDriver,
  withoutTimestamps,
} from '../../../e2e/src/input-drivers.js';
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

const button = (name: string) => page.getByRole('button', { name, exact: true });
const radio = (group: RegExp, name: string) =>
  page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true });

interface Run {
  readonly value: DecisionAidInput | undefined;
  readonly result: DecisionAidResult;
}

/**
 * The patient's choices, made once through a driver: the keyboard driver only presses Tab, Shift+Tab, arrows,
 * Enter, Space and Escape; the pointer driver only clicks (and types the same text into the same field).
 */
async function journey(driver: InputDriver): Promise<Run> {
  let value: DecisionAidInput | undefined;
  const onComplete = vi.fn<(r: DecisionAidResult) => void>();
  const el = mount(
    <DecisionAid content={prostateTreatmentEn} onValueChange={(v) => (value = v)} onComplete={onComplete} />,
  );
  // The evidence dialog gives focus back to its trigger after Escape and after Close.
  expect(
    await checkDialogFocusReturn(driver, button('About the evidence'), [button('Close')], 'evidence dialog'),
  ).toEqual([]);
  await driver.activate(button('Next')); // options
  expect(document.activeElement?.textContent).toBe('Your options');
  await driver.activate(button('Next')); // outcomes
  await driver.activate(button('Next')); // values
  await driver.choose(radio(/Avoiding leaking urine/, 'Very much'));
  await driver.choose(radio(/Not having an operation/, 'A little'));
  // A concern of my own: typed, then added (Enter in the field, or a click on Add).
  await driver.type(page.getByRole('textbox', { name: 'Add something that matters to you' }), 'Time off work');
  await driver.submit(page.getByRole('textbox', { name: 'Add something that matters to you' }), button('Add'));
  expect(el.textContent).toContain('Time off work');
  // Focus moves to the new concern's rating, the next thing to do, and it is in view; it used to stay in the field,
  // which the new concern pushed down.
  await vi.waitFor(() =>
    expect(document.activeElement?.closest('[data-concern-id]')?.textContent).toContain('Time off work'),
  );
  const focused = (document.activeElement as HTMLElement).getBoundingClientRect();
  expect(focused.top >= 0 && focused.bottom <= window.innerHeight).toBe(true);
  await driver.choose(radio(/^Time off work/, 'A lot'));
  await driver.toggle(
    page
      .getByRole('group', { name: 'Which options does this speak for?' })
      .getByRole('checkbox', { name: 'Active monitoring' }),
  );
  await driver.activate(button('Next')); // knowledge
  await driver.choose(radio(/leaking urine/, 'Surgery'));
  await driver.choose(radio(/die of prostate cancer/, 'Many men in the active monitoring group'));
  expect(el.textContent).toContain('That is right.');
  expect(el.textContent).toContain('Not quite.');
  await driver.activate(button('Next')); // SURE + leaning
  for (const item of [/feel sure/, /benefits and risks of each/, /which benefits and risks/]) {
    await driver.choose(radio(item, 'Yes'));
  }
  await driver.choose(radio(/support and advice/, 'No'));
  await driver.choose(radio(/Which way are you leaning/, 'Not sure yet'));
  // The status-quo option's name includes its label.
  await driver.choose(radio(/Which way are you leaning/, 'Active monitoring Waiting or no treatment'));
  await driver.activate(button('Next')); // summary
  await driver.activate(button('Finish'));
  expect(onComplete).toHaveBeenCalledTimes(1);
  const result = onComplete.mock.calls[0]?.[0] as DecisionAidResult;
  act(() => root?.unmount());
  host?.remove();
  return { value, result };
}

const runs = new Map<string, Run>();
async function runWith(driver: InputDriver) {
  const run = runs.get(driver.kind) ?? (await journey(driver));
  runs.set(driver.kind, run);
  return run;
}

describe('DecisionAid in a real browser', () => {
  it.each(drivers.map((d) => [d.kind, d] as const))('can be completed with the %s only', async (_kind, driver) => {
    const { result } = await runWith(driver);
    expect(result.sure.score).toBe(3);
    expect(result.input.ratings).toEqual({ 'avoid-side-effects': 4, 'no-operation': 1 });
    expect(result.input.ownConcerns.map((c) => [c.text, c.rating, c.optionIds])).toEqual([
      ['Time off work', 3, ['monitoring']],
    ]);
    expect(result.input.knowledge).toEqual({ 'k-urine': 'surgery', 'k-death': 'many-monitoring' });
  });

  it('gives the same value and result with the keyboard as with the pointer', async () => {
    const keyboard = await runWith(keyboardDriver);
    const pointer = await runWith(pointerDriver);
    // Only the completion time differs between two runs: ISO date-times are replaced by a marker.
    expect(withoutTimestamps(keyboard.value)).toEqual(withoutTimestamps(pointer.value));
    expect(withoutTimestamps(keyboard.result)).toEqual(withoutTimestamps(pointer.result));
  });

  it('presents every option in equal detail: same parts, order, element types and size', async () => {
    const el = mount(<DecisionAid content={prostateTreatmentEn} defaultStep="options" />);
    const cards = [...el.querySelectorAll<HTMLElement>('.sdm-OptionsOverview__option')];
    expect(cards).toHaveLength(3);
    // The one difference allowed: the status-quo option says so in words ("Waiting or no treatment").
    const signature = (c: HTMLElement) =>
      [...c.querySelectorAll('*:not([data-status-quo])')].map((n) => n.tagName).join('>');
    expect(new Set(cards.map(signature)).size).toBe(1);
    expect(cards.map((c) => c.querySelectorAll('[data-status-quo]').length)).toEqual([1, 0, 0]);
    const widths = cards.map((c) => Math.round(c.getBoundingClientRect().width));
    expect(new Set(widths).size).toBe(1);
    // Same font size and weight for every option title: nothing highlighted.
    const styles = cards.map((c) => {
      const s = getComputedStyle(c.querySelector('h4')!);
      return `${s.fontSize}/${s.fontWeight}/${s.color}`;
    });
    expect(new Set(styles).size).toBe(1);
    // That label describes and does not promote: smaller than the title, normal weight, no fill.
    const label = getComputedStyle(el.querySelector('.sdm-OptionsOverview__option [data-status-quo]') as Element);
    const title = getComputedStyle(cards[0]?.querySelector('h4') as Element);
    expect(Number.parseFloat(label.fontSize)).toBeLessThan(Number.parseFloat(title.fontSize));
    expect(label.fontWeight).toBe('400');
    expect(label.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    const grid = el.querySelector('table')!;
    const bodyRows = [...grid.querySelectorAll('tbody tr')];
    for (const r of bodyRows) expect(r.querySelectorAll('td')).toHaveLength(3);
  });
});
