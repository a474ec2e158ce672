import { visitQuestionsEn } from '@sdmkit/content';
import type { QuestionListInput } from '@sdmkit/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionListAr } from '../locales/ar.js';
import { MyQuestions } from '../MyQuestions/MyQuestions.js';
import { QuestionSummary } from '../QuestionSummary/QuestionSummary.js';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { VisitMode } from '../VisitMode/VisitMode.js';
import { QuestionList } from './QuestionList.js';

const doc = visitQuestionsEn;
function question(i: number) {
  const q = doc.questions[i];
  if (!q) throw new Error('fixture');
  return q;
}
const first = question(0);
const second = question(1);
const category = doc.categories.find((c) => c.id === first.categoryId);

/** A library question as written, a library question the patient reworded, and the patient's own question. */
function mixedInput(): QuestionListInput {
  const picked = pickedInput(first.id, second.id);
  const [a, b] = picked.items;
  if (!a || !b) throw new Error('fixture');
  return {
    ...picked,
    items: [
      a,
      { ...b, text: 'My own wording of it' },
      { key: 'own:1', source: 'own', text: 'Will it hurt?', status: 'open', note: '', followUp: true },
    ],
    seq: 1,
  };
}

describe('QuestionList: content in its own language (WCAG 3.1.2)', () => {
  it('marks English library text inside the Arabic interface; interface words inherit the root', () => {
    const { container } = render(<QuestionList content={doc} locale="ar" translations={[questionListAr]} />);
    const root = container.querySelector('.sdm-root');
    if (!root) throw new Error('no root');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('dir', 'rtl');
    const title = screen.getByRole('heading', { name: doc.title });
    expect(title).toHaveAttribute('lang', 'en');
    expect(title).toHaveAttribute('dir', 'ltr');
    const label = container.querySelector(`label[for="${screen.getByRole('checkbox', { name: first.text }).id}"]`);
    expect(label).toHaveAttribute('lang', 'en');
    expect(label).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('heading', { name: category?.label })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { name: 'ابحث عن أسئلة لطرحها' })).not.toHaveAttribute('lang');
    for (const el of root.querySelectorAll('[lang]')) expect(el).toHaveAttribute('lang', 'en');
  });

  it('marks only the library wording on the list, never what the patient wrote', () => {
    renderInProvider(<MyQuestions />, { content: doc, input: mixedInput(), lng: 'ar' });
    expect(screen.getByText(first.text)).toHaveAttribute('lang', 'en');
    expect(screen.getByText('My own wording of it')).not.toHaveAttribute('lang');
    expect(screen.getByText('Will it hurt?')).not.toHaveAttribute('lang');
  });

  it('wraps the question text after the rank in visit mode, and marks summary questions', () => {
    renderInProvider(
      <>
        <VisitMode />
        <QuestionSummary />
      </>,
      { content: doc, input: mixedInput(), lng: 'ar' },
    );
    const heading = screen.getByRole('heading', { name: `1. ${first.text}` });
    expect(heading).not.toHaveAttribute('lang');
    const text = within(heading).getByText(first.text);
    expect(text.tagName).toBe('SPAN');
    expect(text).toHaveAttribute('lang', 'en');
    expect(text).toHaveAttribute('dir', 'ltr');
    expect(
      within(screen.getByRole('heading', { name: '2. My own wording of it' })).queryByText(/./, { selector: '[lang]' }),
    ).toBeNull();
    const summary = document.querySelector('.sdm-QuestionSummary');
    if (!summary) throw new Error('no summary');
    const questions = [...summary.querySelectorAll('.sdm-QuestionSummary__question')];
    expect(questions.map((q) => q.getAttribute('lang'))).toEqual(['en', null, null]);
  });

  it('adds no lang below the root and no wrapper when the content is in the interface language', () => {
    const { container } = renderInProvider(
      <>
        <MyQuestions />
        <VisitMode />
        <QuestionSummary />
      </>,
      { content: doc, input: mixedInput() },
    );
    const root = container.querySelector('.sdm-root');
    if (!root) throw new Error('no root');
    expect(root).toHaveAttribute('lang', 'en');
    expect(root.querySelectorAll('[lang]')).toHaveLength(0);
    expect(root.querySelectorAll('[dir]')).toHaveLength(0);
    const heading = screen.getByRole('heading', { name: `1. ${first.text}` });
    expect(heading.querySelectorAll('span')).toHaveLength(1);
  });
});
