import { prostateTreatmentEn } from '@sdmkit/content';
import { emptyDecisionAidInput } from '@sdmkit/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KnowledgeCheck } from '../KnowledgeCheck/KnowledgeCheck.js';
import { decisionAidAr } from '../locales/ar.js';
import { renderInProvider } from '../test-utils/render.js';
import { DecisionAid } from './DecisionAid.js';

const doc = prostateTreatmentEn;
const option = doc.options[0];
const row = doc.faq[0];
const question = doc.knowledgeCheck?.[0];

/** Elements below the widget's root that carry a language of their own. */
function marked(root: Element): Element[] {
  return [...root.querySelectorAll('[lang]')];
}

describe('DecisionAid: content in its own language (WCAG 3.1.2)', () => {
  it('marks English content text inside the Arabic interface, and leaves the interface words to the root', () => {
    const { container } = render(
      <DecisionAid content={doc} locale="ar" translations={[decisionAidAr]} mode="encounter" />,
    );
    const root = container.querySelector('.sdm-root');
    if (!root || !option || !row) throw new Error('fixture');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('dir', 'rtl');

    const title = screen.getByRole('heading', { name: doc.meta.title });
    expect(title).toHaveAttribute('lang', 'en');
    expect(title).toHaveAttribute('dir', 'ltr');
    // The first option is the status quo: its header also names it so, in interface words (Arabic, right to left).
    const header = screen.getByRole('columnheader', { name: `${option.title} الانتظار أو عدم العلاج` });
    expect(header).toHaveAttribute('lang', 'en');
    expect(header.querySelector('.sdm-StatusQuo')).toHaveAttribute('lang', 'ar');
    expect(header.querySelector('.sdm-StatusQuo')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('rowheader', { name: row.question })).toHaveAttribute('lang', 'en');
    const leaning = screen.getByRole('group', { name: 'إلى أي خيار تميل؟' });
    const label = [...leaning.querySelectorAll('label span')].find((s) => s.textContent === option.title);
    expect(label).toHaveAttribute('lang', 'en');
    expect(label).toHaveAttribute('dir', 'ltr');

    const caption = root.querySelector('.sdm-OutcomeComparison .sdm-IconArray__title');
    expect(caption).toHaveTextContent(option.title);
    expect(caption).toHaveAttribute('lang', 'en');
    // Interface words inherit the root's language.
    expect(screen.getByRole('heading', { name: 'قارن بين خياراتك' })).not.toHaveAttribute('lang');
    expect(screen.getByText('لست متأكدًا بعد')).not.toHaveAttribute('lang');
    // Every mark is English content, except the status-quo labels: interface words inside content text.
    const statusQuo = [...root.querySelectorAll('.sdm-StatusQuo')];
    for (const el of statusQuo) expect(el).toHaveAttribute('lang', 'ar');
    const marks = marked(root).filter((el) => !statusQuo.includes(el));
    expect(marks.length).toBeGreaterThan(10);
    for (const el of marks) {
      expect(el).toHaveAttribute('lang', 'en');
      expect(el).toHaveAttribute('dir', 'ltr');
    }
  });

  it('wraps only the explanation of a knowledge-check answer, not the interface word before it', () => {
    if (!question) throw new Error('fixture');
    const answer = question.choices[0]?.id ?? '';
    renderInProvider(doc, <KnowledgeCheck />, {
      lng: 'ar',
      defaultValue: { ...emptyDecisionAidInput(), knowledge: { [question.id]: answer } },
    });
    const explanation = screen.getByText(question.explanation);
    expect(explanation.tagName).toBe('SPAN');
    expect(explanation).toHaveAttribute('lang', 'en');
    expect(explanation.parentElement).not.toHaveAttribute('lang');
    expect(screen.getByRole('group', { name: question.question }).querySelector('legend')).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('adds no lang below the root when the content is in the interface language', () => {
    const { container } = render(<DecisionAid content={doc} mode="encounter" />);
    const root = container.querySelector('.sdm-root');
    if (!root || !question) throw new Error('fixture');
    expect(root).toHaveAttribute('lang', 'en');
    expect(marked(root)).toEqual([]);
    expect(root.querySelectorAll('[dir]')).toHaveLength(0);
  });

  it('renders the knowledge-check explanation bare in the interface language', () => {
    if (!question) throw new Error('fixture');
    renderInProvider(doc, <KnowledgeCheck />, {
      defaultValue: { ...emptyDecisionAidInput(), knowledge: { [question.id]: question.choices[0]?.id ?? '' } },
    });
    expect(screen.getByText(question.explanation, { exact: false }).tagName).toBe('P');
  });
});
