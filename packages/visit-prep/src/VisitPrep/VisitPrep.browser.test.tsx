import '@sdmkit/ui/styles.css';
import '../styles.css';
import { longVisitPrepInput, newSymptomTemplates, sampleVisitPrepInput } from '@sdmkit/content';
import type { VisitPrepInput, VisitPrepResult } from '@sdmkit/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  checkDialogFocusReturn,
  drivers,
  type InputDriver,
  keyboardDriver,
  pointerDriver,
  tabTo,
  withoutTimestamps,
} from '../../../e2e/src/input-drivers.js';
import { visitPrepAr } from '../locales/ar.js';
import { VisitPrep } from './VisitPrep.js';

const today = new Date(2026, 10, 21);

afterEach(() => {
  cleanup();
});

const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
const textbox = (name: string | RegExp) => page.getByRole('textbox', { name });

interface Run {
  readonly value: VisitPrepInput | undefined;
  readonly result: VisitPrepResult;
}

/**
 * The patient's choices, made once through a driver: the keyboard driver only presses Tab, Shift+Tab, arrows,
 * Enter, Space and Escape; the pointer driver only clicks (and types the same text into the same fields).
 */
async function journey(driver: InputDriver): Promise<Run> {
  let value: VisitPrepInput | undefined;
  const onComplete = vi.fn<(r: VisitPrepResult) => void>();
  const view = render(
    <VisitPrep
      content={newSymptomTemplates.en}
      onValueChange={(v) => (value = v)}
      onComplete={onComplete}
      today={today}
    />,
  );
  // The clear-data dialog gives focus back to its trigger after Escape, Close and "Keep my answers".
  expect(
    await checkDialogFocusReturn(
      driver,
      button('Clear my answers'),
      [button('Close'), button('Keep my answers')],
      'clear-data dialog',
    ),
  ).toEqual([]);

  await driver.type(textbox('Main reason for the visit'), 'Cough for three weeks');
  await driver.activate(button('Add a concern'));
  await driver.type(textbox('Concern 1'), 'Cough keeps me awake');
  await driver.activate(button('Add a concern'));
  await driver.type(textbox('Concern 2'), 'Worried it is asthma');
  // Make the second concern the first.
  await driver.activate(button('Move concern 2 up'));
  expect(screen.getAllByRole('textbox', { name: /Concern \d/ }).map((el) => (el as HTMLTextAreaElement).value)).toEqual(
    ['Worried it is asthma', 'Cough keeps me awake'],
  );
  expect(document.activeElement?.textContent).toContain('Move concern');

  await driver.activate(button('Next'));
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Your symptom story' }));
  await driver.type(page.getByLabelText(/What do you feel\?/), 'Dry cough');
  await driver.choose(page.getByRole('radio', { name: /Moderate/ }));
  await driver.choose(page.getByRole('radio', { name: /Severe/ }));

  await driver.activate(button('Next'));
  await driver.toggle(page.getByRole('checkbox', { name: 'I do not take any medicines' }));
  expect(screen.getByRole('checkbox', { name: 'I do not take any medicines' })).toBeChecked();

  // Jump straight to the agenda through the step list (free navigation).
  await driver.activate(button(/Your agenda/));
  expect(screen.getByRole('article', { name: 'Agenda for your care team' })).toBeVisible();
  await driver.activate(button('Finish'));
  expect(onComplete).toHaveBeenCalledOnce();
  const result = onComplete.mock.calls[0]?.[0] as VisitPrepResult;
  view.unmount();
  return { value, result };
}

const runs = new Map<string, Run>();
async function runWith(driver: InputDriver) {
  const run = runs.get(driver.kind) ?? (await journey(driver));
  runs.set(driver.kind, run);
  return run;
}

describe('VisitPrep in Chromium', () => {
  it.each(drivers.map((d) => [d.kind, d] as const))('can be completed with the %s only', async (_kind, driver) => {
    const { agenda } = (await runWith(driver)).result;
    expect(agenda.topConcerns.map((c) => c.text)).toEqual(['Worried it is asthma', 'Cough keeps me awake']);
    expect(agenda.symptoms).toMatchObject({ what: 'Dry cough', severity: 'severe' });
    expect(agenda.noMedicines).toBe(true);
  });

  it('gives the same value and result with the keyboard as with the pointer', async () => {
    const keyboard = await runWith(keyboardDriver);
    const pointer = await runWith(pointerDriver);
    // Only the completion time differs between two runs: ISO date-times are replaced by a marker.
    expect(withoutTimestamps(keyboard.value)).toEqual(withoutTimestamps(pointer.value));
    expect(withoutTimestamps(keyboard.result)).toEqual(withoutTimestamps(pointer.result));
  });

  it('says a date problem once the patient leaves the field, not while typing, and rings every part of it', async () => {
    render(
      <VisitPrep
        content={newSymptomTemplates.en}
        defaultValue={{
          ...sampleVisitPrepInput,
          step: 'symptoms',
          symptoms: { ...sampleVisitPrepInput.symptoms, onset: '' },
        }}
        today={today}
      />,
    );
    const field = page.getByLabelText('When did it start?');
    await tabTo(field);
    const input = field.element() as HTMLInputElement;
    const said = () =>
      document.getElementById(
        input
          .getAttribute('aria-describedby')
          ?.split(' ')
          .find((id) => id.endsWith('-error')) ?? `${input.id}-error`,
      )?.textContent ?? '';
    // The widget's own ring (3px solid), not only the browser's default one.
    const ring = () => `${getComputedStyle(input).outlineStyle} ${getComputedStyle(input).outlineWidth}`;
    expect(ring()).toBe('solid 3px');
    // The second stop (the next part of the same date), reached with Tab, then back.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(input);
    expect(ring()).toBe('solid 3px');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    // Month, day, then the year digit by digit: 0002, 0020, 0209, 2099 are values on the way, never said.
    for (const key of ['0', '3', '0', '1', '2', '0', '9', '9']) {
      await userEvent.keyboard(key);
      expect(said()).toBe('');
      expect(input).not.toHaveAttribute('aria-invalid');
    }
    expect(input.value).toMatch(/^2099-0[13]-0[13]$/); // month and day in the order of the browser's locale
    // Each part of the date is a Tab stop of its own inside the one input: the focus ring stays on all of them.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(input);
    expect(ring()).toBe('solid 3px');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(input);
    expect(ring()).toBe('solid 3px');
    // Leaving the field says it, once.
    (document.activeElement as HTMLElement).blur();
    await vi.waitFor(() => expect(said()).toBe('This date is in the future. Please check it.'));
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('is usable at 320 px wide: no horizontal scrolling, even with long input, in English and Arabic', async () => {
    await page.viewport(320, 700);
    for (const [locale, input] of [
      ['en', longVisitPrepInput],
      ['ar', { ...sampleVisitPrepInput, step: 'medicines' as const }],
      ['en', sampleVisitPrepInput],
    ] as const) {
      const view = render(
        <VisitPrep
          content={newSymptomTemplates[locale]}
          locale={locale}
          translations={[visitPrepAr]}
          defaultValue={input}
          today={today}
        />,
      );
      await new Promise((r) => requestAnimationFrame(r));
      expect(document.querySelector('.sdm-root')).toHaveAttribute('lang', locale);
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
