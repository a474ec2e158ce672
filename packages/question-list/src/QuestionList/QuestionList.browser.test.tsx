import '@sdmkit/ui/styles.css';
import '../styles.css';
import { visitQuestionsEn } from '@sdmkit/content';
import type { QuestionListInput, QuestionListResult } from '@sdmkit/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import {
  drivers,
  type InputDriver,
  keyboardDriver,
  pointerDriver,
  withoutTimestamps,
} from '../../../e2e/src/input-drivers.js';
import { questionListAr } from '../locales/ar.js';
import { QuestionList, type QuestionListProps } from './QuestionList.js';

function mount(props: Omit<QuestionListProps, 'content'>) {
  return render(<QuestionList content={visitQuestionsEn} {...props} />).container;
}

afterEach(() => {
  cleanup();
});

const button = (name: string) => page.getByRole('button', { name, exact: true });
const visitItem = (question: string) => page.getByRole('listitem', { name: question });

interface Run {
  readonly value: QuestionListInput | undefined;
  readonly focused: string;
  readonly result?: QuestionListResult | undefined;
}

/**
 * Before the visit: search, pick, write my own, put one in the top 3. The same choices through either driver:
 * keyboard (Tab, Shift+Tab, arrows, Enter, Space, Escape only) or pointer (clicks, and the same typed text).
 */
async function prepare(driver: InputDriver): Promise<Run> {
  let value: QuestionListInput | undefined;
  mount({ onValueChange: (v) => (value = v) });
  const search = page
    .getByRole('searchbox', { name: 'Search questions' })
    .or(page.getByRole('textbox', { name: 'Search questions' }));
  await driver.type(search, 'results');
  await driver.toggle(page.getByRole('checkbox', { name: 'When and how will I get my results?' }));
  const own = page.getByRole('textbox', { name: 'Write your own question' });
  await driver.type(own, 'Will I need time off work?');
  await driver.submit(own, button('Add my question'));
  for (const question of ['What are my options?', 'What else could it be?']) {
    await driver.clear(search);
    await driver.type(search, question.split(' ')[3] ?? question);
    await driver.toggle(page.getByRole('checkbox', { name: question }));
  }
  expect(value?.items.map((i) => i.key)).toEqual(['q:dx-results', 'own:1', 'q:ask3-options', 'q:dx-what-else']);
  await driver.activate(
    page
      .getByRole('listitem')
      .filter({ hasText: 'What else could it be?' })
      .getByRole('button', { name: 'Move to top 3' }),
  );
  await expect.element(page.getByText('Moved to position 3 of 4.')).toBeInTheDocument();
  const focused = document.activeElement?.textContent ?? '';
  cleanup();
  return { value, focused };
}

const twoOpen: QuestionListInput = {
  items: [
    { key: 'q:ask3-options', source: 'library', questionId: 'ask3-options', status: 'open', note: '', followUp: false },
    { key: 'q:dx-results', source: 'library', questionId: 'dx-results', status: 'open', note: '', followUp: false },
  ],
  dismissed: [],
  seq: 0,
};

/** During the visit: mark answered, note the answer, flag a follow-up, go to an open question. */
async function visit(driver: InputDriver): Promise<Run> {
  let value: QuestionListInput | undefined;
  let result: QuestionListResult | undefined;
  mount({
    defaultMode: 'visit',
    defaultValue: twoOpen,
    onValueChange: (v) => (value = v),
    onComplete: (r) => (result = r),
  });
  const first = visitItem('What are my options?');
  await driver.activate(first.getByRole('button', { name: 'Answered' }));
  await driver.type(first.getByRole('textbox', { name: 'Answer notes' }), 'We can wait 3 months.');
  await driver.toggle(first.getByRole('checkbox', { name: 'Follow up later' }));
  await driver.activate(visitItem('When and how will I get my results?').getByRole('button', { name: 'Asked' }));
  await expect.element(page.getByText('1 of 2 questions answered')).toBeInTheDocument();
  await driver.activate(page.getByRole('button', { name: 'Go to this question: When and how will I get my results?' }));
  expect(document.activeElement?.getAttribute('role')).toBe('listitem');
  const focused = document.activeElement?.textContent ?? '';
  await driver.activate(button('Summary'));
  await driver.activate(button('Finish'));
  await expect.element(page.getByText('Done. Your list is ready for your care team.')).toBeInTheDocument();
  cleanup();
  return { value, focused, result };
}

const runs = new Map<string, Run>();
async function runWith(journey: typeof prepare, driver: InputDriver) {
  const id = `${journey.name}:${driver.kind}`;
  const run = runs.get(id) ?? (await journey(driver));
  runs.set(id, run);
  return run;
}

describe.each(drivers.map((d) => [d.kind, d] as const))('QuestionList with the %s only', (_kind, driver) => {
  it('before the visit: search, pick, write my own, put it in the top 3', async () => {
    const { value, focused } = await runWith(prepare, driver);
    expect(value?.items.map((i) => i.key)).toEqual(['q:dx-results', 'own:1', 'q:dx-what-else', 'q:ask3-options']);
    // Focus stays on the moved question's controls.
    expect(focused).toBe('Move up');
  });

  it('during the visit: mark answered, note the answer, flag a follow-up', async () => {
    const run = await runWith(visit, driver);
    const { value, focused } = run;
    expect(value?.items[0]).toMatchObject({ status: 'answered', note: 'We can wait 3 months.', followUp: true });
    expect(value?.items[1]).toMatchObject({ status: 'asked' });
    expect(focused).toContain('When and how will I get my results?');
    expect(run.result).toBeDefined();
  });
});

describe('QuestionList: keyboard and pointer give the same result', () => {
  it.each([prepare, visit].map((j) => [j.name, j] as const))('%s', async (_name, journey) => {
    const keyboard = await runWith(journey, keyboardDriver);
    const pointer = await runWith(journey, pointerDriver);
    // ISO date-times (if any) are replaced by a marker; nothing else may differ.
    expect(withoutTimestamps(keyboard.value)).toEqual(withoutTimestamps(pointer.value));
    expect(withoutTimestamps(keyboard.result)).toEqual(withoutTimestamps(pointer.result));
    expect(keyboard.focused).toEqual(pointer.focused);
  });
});

describe('QuestionList at 320 px', () => {
  it('never scrolls sideways, in every mode', async () => {
    await page.viewport(320, 800);
    for (const mode of ['prepare', 'visit', 'summary'] as const) {
      const host = mount({
        mode,
        locale: 'ar',
        translations: [questionListAr],
        defaultValue: {
          items: [
            {
              key: 'q:proc-complications',
              source: 'library',
              questionId: 'proc-complications',
              status: 'answered',
              note: 'A long answer note '.repeat(10),
              followUp: true,
            },
          ],
          dismissed: [],
          seq: 0,
        },
      });
      const wide = [...host.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.getBoundingClientRect().right > 320.5 || el.getBoundingClientRect().left < -0.5)
        .map(
          (el) =>
            `${el.tagName}.${el.className} ${el.getBoundingClientRect().left}-${el.getBoundingClientRect().right}`,
        );
      expect(wide, mode).toEqual([]);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const controls = host.querySelectorAll<HTMLElement>('button, input, select, textarea');
      expect(controls.length).toBeGreaterThan(2);
      for (const el of controls) {
        const box = el.getBoundingClientRect();
        if (el.getAttribute('type') !== 'checkbox') expect(box.height).toBeGreaterThanOrEqual(24);
      }
      cleanup();
    }
  });
});
