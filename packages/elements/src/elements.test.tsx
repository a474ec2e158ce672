import { visitQuestionsEn } from '@sdmkit/content';
import type { QuestionListInput } from '@sdmkit/core';
import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineSdmElements, SDM_ELEMENTS } from './define.js';
import { SdmQuestionListElement } from './elements.js';

beforeAll(() => {
  defineSdmElements();
});

afterEach(() => {
  document.body.replaceChildren();
});

function add(attributes: Record<string, string> = {}): SdmQuestionListElement {
  const el = document.createElement('sdm-question-list');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

const shadowOf = (el: HTMLElement) => within(el.shadowRoot as unknown as HTMLElement);
const record = (el: HTMLElement, type: string) => {
  const details: unknown[] = [];
  el.addEventListener(type, (e) => details.push((e as CustomEvent).detail));
  return details;
};

describe('defineSdmElements', () => {
  it('defines the three tags once; calling again does nothing', () => {
    expect(Object.keys(SDM_ELEMENTS)).toEqual(['sdm-decision-aid', 'sdm-visit-prep', 'sdm-question-list']);
    expect(customElements.get('sdm-question-list')).toBe(SdmQuestionListElement);
    expect(defineSdmElements()).toEqual([]);
    expect(document.createElement('sdm-question-list')).toBeInstanceOf(SdmQuestionListElement);
  });
});

describe('<sdm-question-list> in jsdom', () => {
  it('shows nothing and reports nothing until it has content', async () => {
    const el = add();
    const errors = record(el, 'sdm-content-error');
    await new Promise((r) => setTimeout(r, 20));
    expect(el.shadowRoot?.querySelector('.sdm-root')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('renders content from the attribute, and shows the error state for text that is not JSON', async () => {
    const el = add({ content: JSON.stringify(visitQuestionsEn) });
    await shadowOf(el).findByRole('heading', { name: visitQuestionsEn.title });
    const errors = record(el, 'sdm-content-error');
    el.setAttribute('content', '{"title": ');
    await waitFor(() =>
      expect(el.shadowRoot?.querySelector('.sdm-ErrorState[role="alert"]')).toHaveTextContent(
        'The "content" attribute is not valid JSON',
      ),
    );
    expect(errors).toEqual([{ issues: [expect.objectContaining({ code: 'invalid_format', path: '$' })] }]);
    expect(el.content).toBeUndefined();
  });

  it('shows the error state and fires sdm-content-error for a default-value past the input limits', async () => {
    const item = { key: 'q:ask3-options', source: 'library', questionId: 'ask3-options', status: 'open' };
    const input = { items: [{ ...item, note: 'a'.repeat(2001), followUp: false }], dismissed: [], seq: 0 };
    const el = add({ 'default-value': JSON.stringify(input) });
    const errors = record(el, 'sdm-content-error');
    el.content = visitQuestionsEn;
    await waitFor(() =>
      expect(el.shadowRoot?.querySelector('.sdm-ErrorState[role="alert"]')).toHaveTextContent('$.items[0].note'),
    );
    expect(errors).toEqual([{ issues: [expect.objectContaining({ code: 'too_long', path: '$.items[0].note' })] }]);
  });

  it('keeps two elements apart: each has its own store and reports its own changes', async () => {
    const a = add();
    const b = add();
    a.content = visitQuestionsEn;
    b.content = visitQuestionsEn;
    const changesA = record(a, 'sdm-change');
    const changesB = record(b, 'sdm-change');
    await userEvent.click(await shadowOf(a).findByRole('checkbox', { name: 'What else could it be?' }));
    expect((changesA as QuestionListInput[]).map((c) => c.items.map((i) => i.key))).toEqual([['q:dx-what-else']]);
    expect(changesB).toEqual([]);
    expect(a.value?.items.map((i) => i.key)).toEqual(['q:dx-what-else']);
    expect(b.value).toBeUndefined();
    expect(await shadowOf(b).findByRole('checkbox', { name: 'What else could it be?' })).not.toBeChecked();
  });

  it('controlled: a change is proposed in sdm-change and shown when the host sets value', async () => {
    const el = add();
    el.content = visitQuestionsEn;
    el.value = { ...(await startingInput(el)) };
    const changes = record(el, 'sdm-change') as QuestionListInput[];
    const box = await shadowOf(el).findByRole('checkbox', { name: 'What else could it be?' });
    await userEvent.click(box);
    expect(changes).toHaveLength(1);
    expect(box).not.toBeChecked();
    el.value = changes[0];
    await waitFor(() => expect(box).toBeChecked());
  });

  it('takes properties the page set before the element was defined', async () => {
    const el = document.createElement('sdm-late-question-list') as HTMLElement & Record<string, unknown>;
    el.content = visitQuestionsEn;
    el.suggestions = [{ id: 'host-1', text: 'Is this covered by my insurance?' }];
    document.body.append(el);
    customElements.define('sdm-late-question-list', class extends SdmQuestionListElement {});
    const late = el as unknown as SdmQuestionListElement;
    await shadowOf(late).findByRole('heading', { name: visitQuestionsEn.title });
    expect(Object.hasOwn(el, 'content')).toBe(false);
    expect(late.content).toBe(visitQuestionsEn);
    expect(late.suggestions).toEqual([{ id: 'host-1', text: 'Is this covered by my insurance?' }]);
    expect(await shadowOf(late).findByText('Is this covered by my insurance?')).toBeInTheDocument();
  });

  it('unmounts when removed, keeps its input when put back, and adds nothing to the document head', async () => {
    const head = document.head.innerHTML;
    const el = add();
    el.content = visitQuestionsEn;
    await userEvent.click(await shadowOf(el).findByRole('checkbox', { name: 'What else could it be?' }));
    el.remove();
    await Promise.resolve();
    expect(el.shadowRoot?.querySelector('.sdm-element')).toBeNull();
    document.body.append(el);
    expect(await shadowOf(el).findByRole('checkbox', { name: 'What else could it be?' })).toBeChecked();
    expect(el.shadowRoot?.querySelectorAll('.sdm-root')).toHaveLength(1);
    expect(document.head.innerHTML).toBe(head);
  });
});

/** The input the widget starts from, taken from its first change and then undone. */
async function startingInput(el: SdmQuestionListElement): Promise<QuestionListInput> {
  const first = new Promise<QuestionListInput>((resolve) =>
    el.addEventListener('sdm-change', (e) => resolve(e.detail), { once: true }),
  );
  const box = await shadowOf(el).findByRole('checkbox', { name: 'What else could it be?' });
  await userEvent.click(box);
  const changed = await first;
  return { ...changed, items: [] };
}
