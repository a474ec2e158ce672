// Announcements per widget, in Chromium: step progress, saving, validation errors and the content error state reach
// screen readers through a live region that was already in the page before its text changed (the same element),
// and its text becomes the expected message, in English and in Arabic (translation packs).
import '@sdmkit/ui/styles.css';
import '@sdmkit/decision-aid/styles.css';
import '@sdmkit/visit-prep/styles.css';
import '@sdmkit/question-list/styles.css';
import { newSymptomTemplates, prostateTreatmentEn, visitQuestionsEn } from '@sdmkit/content';
import {
  createMemoryStorage,
  createPersistence,
  type DecisionAidInput,
  emptyDecisionAidInput,
  type QuestionListInput,
} from '@sdmkit/core';
import { DecisionAid } from '@sdmkit/decision-aid';
import { decisionAidAr } from '@sdmkit/decision-aid/locales/ar';
import { QuestionList } from '@sdmkit/question-list';
import { questionListAr } from '@sdmkit/question-list/locales/ar';
import { VisitPrep } from '@sdmkit/visit-prep';
import { visitPrepAr } from '@sdmkit/visit-prep/locales/ar';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';

afterEach(() => cleanup());

const today = new Date(2026, 10, 21);
const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])';

/** The live region holding `text` now (or, with `selector`, the live region matching it). */
function region(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`No element ${selector}`);
  if (!el.matches(LIVE)) throw new Error(`${selector} is not a live region: ${el.outerHTML.slice(0, 160)}`);
  return el;
}

/**
 * Runs `action` and checks that the live region `selector`, present before, is the same element afterwards and
 * now says `expected`.
 */
async function announces(selector: string, action: () => Promise<unknown>, expected: string | RegExp) {
  const before = region(selector);
  const said = before.textContent;
  await action();
  await expect.poll(() => document.querySelector(selector)?.textContent?.trim()).toMatch(expected);
  expect(document.querySelector(selector), `${selector} was replaced instead of updated`).toBe(before);
  expect(before.textContent, `${selector} did not change`).not.toBe(said);
}

const LOCALES = [
  {
    locale: 'en',
    packs: [],
    step2: 'Step 2 of 7',
    saved: 'Saved',
    full: 'You have added the most concerns this list can hold.',
    sections: /^1 of \d+ sections answered$/,
    future: 'This date is in the future. Please check it.',
    errorTitle: 'This tool cannot be shown right now',
    empty: 'Please type a question first.',
    answered: '1 of 2 questions answered',
  },
  {
    locale: 'ar',
    packs: [decisionAidAr, visitPrepAr, questionListAr],
    step2: 'الخطوة 2 من 7',
    saved: 'تم الحفظ',
    full: 'لقد أضفت الحد الأقصى من الهموم في هذه القائمة.',
    sections: /^تمت الإجابة عن 1 من/,
    future: 'هذا التاريخ في المستقبل. يرجى التحقق منه.',
    errorTitle: 'لا يمكن عرض هذه الأداة الآن',
    empty: 'يرجى كتابة سؤال أولًا.',
    answered: 'أُجيب عن 1 من سؤالين',
  },
] as const;

describe.each(LOCALES.map((l) => [l.locale, l] as const))('live regions in %s', (_locale, l) => {
  const common = { locale: l.locale, translations: l.packs, today };

  it('decision aid: step progress, saving, the full list of own concerns, the content error state', async () => {
    const persist = createPersistence({ storage: createMemoryStorage() });
    const view = render(<DecisionAid content={prostateTreatmentEn} {...common} persist={persist} />);
    const next = () => document.querySelector<HTMLElement>('.sdm-DecisionAid__nav [data-variant="primary"]');
    await announces('.sdm-DecisionAid__progress', async () => next()?.click(), l.step2);
    await expect.poll(() => region('.sdm-SaveStatus').dataset.status).toBe('ready');
    await next()?.click(); // outcomes
    await next()?.click(); // values
    await announces(
      '.sdm-SaveStatus',
      () => userEvent.click(document.querySelector('.sdm-ValuesClarification input[type="radio"]') as HTMLElement),
      l.saved,
    );
    view.unmount();

    // 19 concerns of my own: adding the 20th announces that the list is full.
    const nineteen: DecisionAidInput['ownConcerns'] = Array.from({ length: 19 }, (_, i) => ({
      id: `own-${i + 1}`,
      text: `Concern ${i + 1}`,
      rating: 2,
      optionIds: [],
    }));
    const withNineteen = render(
      <DecisionAid
        content={prostateTreatmentEn}
        {...common}
        defaultStep="values"
        defaultValue={{ ...emptyDecisionAidInput(), ownConcerns: nineteen }}
      />,
    );
    const input = withNineteen.container.querySelector('.sdm-ValuesClarification form input') as HTMLInputElement;
    const status = '.sdm-ValuesClarification form [role="status"]';
    await announces(
      status,
      async () => {
        await userEvent.click(input);
        await userEvent.keyboard('Time off work{Enter}');
      },
      l.full,
    );
    withNineteen.unmount();

    // Content that turns invalid: the widget is replaced by an alert saying so.
    const host = render(<DecisionAid content={prostateTreatmentEn} {...common} />);
    host.rerender(<DecisionAid content={{ ...prostateTreatmentEn, options: [] }} {...common} />);
    const alert = host.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(l.errorTitle);
  });

  it('visit preparation: progress, saving, a date in the future, the content error state', async () => {
    const persist = createPersistence({ storage: createMemoryStorage() });
    const view = render(<VisitPrep content={newSymptomTemplates[l.locale]} {...common} persist={persist} />);
    await expect.poll(() => region('.sdm-SaveStatus').dataset.status).toBe('ready');
    const reason = view.container.querySelector('textarea, input[type="text"]') as HTMLElement;
    await announces(
      '.sdm-VisitPrep__summary',
      async () => {
        await userEvent.click(reason);
        await userEvent.keyboard('Cough');
      },
      l.sections,
    );
    await expect.poll(() => region('.sdm-SaveStatus').textContent).toBe(l.saved);
    // The symptom story: a start date in the future is announced where the field's error is shown, once the
    // patient leaves the field (not while the date is being typed).
    const steps = view.container.querySelectorAll<HTMLElement>('.sdm-VisitPrep__stepButton');
    await userEvent.click(steps[1] as HTMLElement);
    const date = view.container.querySelector<HTMLInputElement>('input[type="date"]') as HTMLInputElement;
    const errorId = `#${CSS.escape(`${date.id}-error`)}`;
    await announces(
      errorId,
      async () => {
        await page.elementLocator(date).fill('2027-02-01');
        date.blur();
      },
      l.future,
    );
    expect(date.getAttribute('aria-describedby')).toContain(`${date.id}-error`);
    view.unmount();

    const host = render(<VisitPrep content={{ ...newSymptomTemplates[l.locale], sections: 'x' }} {...common} />);
    expect(host.container.querySelector('[role="alert"]')?.textContent).toContain(l.errorTitle);
  });

  it('question list: progress during the visit, saving, an empty question, the content error state', async () => {
    const twoOpen: QuestionListInput = {
      items: ['ask3-options', 'dx-results'].map((id) => ({
        key: `q:${id}`,
        source: 'library' as const,
        questionId: id,
        status: 'open' as const,
        note: '',
        followUp: false,
      })),
      dismissed: [],
      seq: 0,
    };
    const persist = createPersistence({ storage: createMemoryStorage() });
    const view = render(
      <QuestionList
        content={visitQuestionsEn}
        {...common}
        defaultMode="visit"
        defaultValue={twoOpen}
        persist={persist}
      />,
    );
    await expect.poll(() => region('.sdm-SaveStatus').dataset.status).toBe('ready');
    const answered = view.container.querySelectorAll<HTMLElement>('.sdm-VisitMode__status button')[1] as HTMLElement;
    await announces('.sdm-VisitMode__progress', () => userEvent.click(answered), l.answered);
    await expect.poll(() => region('.sdm-SaveStatus').textContent).toBe(l.saved);
    view.unmount();

    const prepare = render(<QuestionList content={visitQuestionsEn} {...common} />);
    const add = prepare.container.querySelector<HTMLElement>('.sdm-MyQuestions__add button[type="submit"]');
    await announces('.sdm-MyQuestions__add [role="alert"]', () => userEvent.click(add as HTMLElement), l.empty);
    prepare.unmount();

    const host = render(<QuestionList content={{ ...visitQuestionsEn, questions: 7 }} {...common} />);
    expect(host.container.querySelector('[role="alert"]')?.textContent).toContain(l.errorTitle);
  });
});
