import { newSymptomTemplates } from '@sdmkit/content';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { visitPrepAr } from '../locales/ar.js';
import { QuestionsToAsk } from '../QuestionsToAsk/QuestionsToAsk.js';
import { SymptomStory } from '../SymptomStory/SymptomStory.js';
import { renderInRoot } from '../test-utils/render.js';
import { VisitPrep } from './VisitPrep.js';

const template = newSymptomTemplates.en;
const today = new Date('2026-03-01T12:00:00Z');
const firstSection = template.sections[0];
const templateSuggestion = template.sections.find((s) => s.type === 'questions')?.suggestedQuestions?.[0];
const area = template.lists?.bodyAreas?.[0];
const hostSuggestion = { id: 'host-1', text: 'Can I keep working?' };

function root(container: HTMLElement): Element {
  const el = container.querySelector('.sdm-root');
  if (!el) throw new Error('no root');
  return el;
}

describe('VisitPrep: template text in its own language (WCAG 3.1.2)', () => {
  it('marks English template text inside the Arabic interface; interface words inherit the root', () => {
    if (!firstSection?.title) throw new Error('fixture');
    const { container } = render(
      <VisitPrep content={template} locale="ar" translations={[visitPrepAr]} today={today} />,
    );
    const r = root(container);
    expect(r).toHaveAttribute('lang', 'ar');
    expect(r).toHaveAttribute('dir', 'rtl');
    const title = screen.getByRole('heading', { name: template.title });
    expect(title).toHaveAttribute('lang', 'en');
    expect(title).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('heading', { level: 3, name: firstSection.title })).toHaveAttribute('lang', 'en');
    const stepTitles = [...r.querySelectorAll('.sdm-VisitPrep__stepTitle')];
    expect(stepTitles.map((s) => s.getAttribute('lang'))).toEqual([
      ...template.sections.map((s) => (s.title ? 'en' : null)),
      null, // the agenda step is named by the interface
    ]);
    if (firstSection.prompt) expect(screen.getByText(firstSection.prompt)).toHaveAttribute('lang', 'en');
    for (const el of r.querySelectorAll('[lang]')) {
      expect(el).toHaveAttribute('lang', 'en');
      expect(el).toHaveAttribute('dir', 'ltr');
    }
  });

  it("marks body areas and the template's suggested questions, not the host's suggestions", () => {
    if (!templateSuggestion || !area) throw new Error('fixture');
    renderInRoot(
      <>
        <SymptomStory />
        <QuestionsToAsk suggestedQuestions={[hostSuggestion]} />
      </>,
      { locale: 'ar' },
    );
    const label = (name: string) => {
      const box = screen.getByRole('checkbox', { name });
      return document.querySelector(`label[for="${box.id}"]`);
    };
    expect(label(area)).toHaveAttribute('lang', 'en');
    expect(label(templateSuggestion.text)).toHaveAttribute('lang', 'en');
    expect(label(templateSuggestion.text)).toHaveAttribute('dir', 'ltr');
    expect(label(hostSuggestion.text)).not.toHaveAttribute('lang');
  });

  it('adds no lang below the root when the template is in the interface language', () => {
    const { container } = render(<VisitPrep content={template} today={today} />);
    const r = root(container);
    expect(r).toHaveAttribute('lang', 'en');
    expect(r.querySelectorAll('[lang]')).toHaveLength(0);
    expect(r.querySelectorAll('[dir]')).toHaveLength(0);
    const sections = renderInRoot(
      <>
        <SymptomStory />
        <QuestionsToAsk suggestedQuestions={[hostSuggestion]} />
      </>,
    );
    expect(root(sections.container).querySelectorAll('[lang]')).toHaveLength(0);
  });
});
