import '@sdmkit/ui/styles.css';
import '../styles.css';
import { visitQuestionsEn } from '@sdmkit/content';
import type { QuestionListInput } from '@sdmkit/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { QuestionList, type QuestionListProps } from './QuestionList.js';

function mount(props: Omit<QuestionListProps, 'content'>) {
  return render(<QuestionList content={visitQuestionsEn} {...props} />).container;
}

afterEach(() => {
  cleanup();
});

const active = () => document.activeElement as HTMLElement;
async function tabTo(predicate: (el: HTMLElement) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await userEvent.tab();
    if (predicate(active())) return active();
  }
  throw new Error('Element not reached by Tab');
}
const named = (text: string) => (el: HTMLElement) =>
  (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === text ||
  (el.id !== '' && document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() === text);

describe('QuestionList with the keyboard only', () => {
  it('before the visit: search, pick, write my own, put it in the top 3', async () => {
    let latest: QuestionListInput | undefined;
    mount({ onValueChange: (v) => (latest = v) });
    await tabTo(named('Search questions'));
    await userEvent.keyboard('results');
    await tabTo(named('When and how will I get my results?'));
    await userEvent.keyboard(' ');
    await tabTo(named('Write your own question'));
    // The own-question form sits above the browser in the composed widget: Tab wraps there through the list.
    await userEvent.keyboard('Will I need time off work?');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    for (const id of ['What are my options?', 'What else could it be?']) {
      await tabTo(named('Search questions'));
      await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
      await userEvent.keyboard(id.split(' ')[3] ?? id);
      await tabTo(named(id));
      await userEvent.keyboard(' ');
    }
    expect(latest?.items.map((i) => i.key)).toEqual(['q:dx-results', 'own:1', 'q:ask3-options', 'q:dx-what-else']);
    await tabTo((el) => el.textContent === 'Move to top 3' && !!el.closest('li')?.textContent?.includes('else could'));
    await userEvent.keyboard('{Enter}');
    expect(latest?.items.map((i) => i.key)).toEqual(['q:dx-results', 'own:1', 'q:dx-what-else', 'q:ask3-options']);
    expect(active().textContent).toBe('Move up');
    await expect.element(page.getByText('Moved to position 3 of 4.')).toBeInTheDocument();
  });

  it('during the visit: mark answered, note the answer, flag a follow-up', async () => {
    let latest: QuestionListInput | undefined;
    mount({
      defaultMode: 'visit',
      defaultValue: {
        items: [
          {
            key: 'q:ask3-options',
            source: 'library',
            questionId: 'ask3-options',
            status: 'open',
            note: '',
            followUp: false,
          },
          {
            key: 'q:dx-results',
            source: 'library',
            questionId: 'dx-results',
            status: 'open',
            note: '',
            followUp: false,
          },
        ],
        dismissed: [],
        seq: 0,
      },
      onValueChange: (v) => (latest = v),
    });
    await tabTo(named('Answered'));
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.keyboard('We can wait 3 months.');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(latest?.items[0]).toMatchObject({ status: 'answered', note: 'We can wait 3 months.', followUp: true });
    await expect.element(page.getByText('1 of 2 questions answered')).toBeInTheDocument();
    await tabTo((el) => el.getAttribute('aria-label') === 'Go to this question: When and how will I get my results?');
    await userEvent.keyboard('{Enter}');
    expect(active().tagName).toBe('LI');
    expect(active().textContent).toContain('When and how will I get my results?');
  });
});

describe('QuestionList at 320 px', () => {
  it('never scrolls sideways, in every mode', async () => {
    await page.viewport(320, 800);
    for (const mode of ['prepare', 'visit', 'summary'] as const) {
      const host = mount({
        mode,
        locale: 'ar',
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
