import { visitQuestionsEn } from '@sdmkit/content';
import { HeadingLevelProvider } from '@sdmkit/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MyQuestions } from '../MyQuestions/MyQuestions.js';
import { QuestionBrowser } from '../QuestionBrowser/QuestionBrowser.js';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { QuestionList } from './QuestionList.js';

const picked = pickedInput('dx-what-else', 'dx-results');

describe('QuestionList headings', () => {
  it('puts every step under the list title: h2, then h3 sections and h4 inside them', async () => {
    const user = userEvent.setup();
    render(<QuestionList content={visitQuestionsEn} defaultValue={picked} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Questions for my visit' })).toBeInTheDocument();
    const mine = screen.getByRole('region', { name: 'My questions' });
    expect(within(mine).getByRole('heading', { level: 3, name: 'My questions' })).toBeInTheDocument();
    const browser = screen.getByRole('region', { name: 'Find questions to ask' });
    expect(within(browser).getByRole('heading', { level: 3, name: 'Find questions to ask' })).toBeInTheDocument();
    expect(within(browser).getByRole('heading', { level: 4, name: 'Medicines' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'During the visit' }));
    expect(screen.getByRole('heading', { level: 3, name: 'During the visit' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: '1. What else could it be?' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: /^Not answered yet/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Summary' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Summary of my questions' })).toBeInTheDocument();
  });

  it('starts where the host says: under a page section h2, the title is h3 and the sections h4', () => {
    render(
      <HeadingLevelProvider level={3}>
        <QuestionList content={visitQuestionsEn} />
      </HeadingLevelProvider>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Questions for my visit' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'My questions' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 5, name: 'Medicines' })).toBeInTheDocument();
  });
});

describe('question-list parts on their own', () => {
  it('start at h2, their inner headings at h3', () => {
    renderInProvider(<MyQuestions suggestions={[{ id: 's1', text: 'Can I keep driving?' }]} />, {
      content: visitQuestionsEn,
    });
    expect(screen.getByRole('heading', { level: 2, name: 'My questions' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Suggested for you' })).toBeInTheDocument();
  });

  it('take the level of where the host puts them', () => {
    renderInProvider(
      <HeadingLevelProvider level={4}>
        <QuestionBrowser />
      </HeadingLevelProvider>,
      { content: visitQuestionsEn },
    );
    expect(screen.getByRole('heading', { level: 4, name: 'Find questions to ask' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 5, name: 'Medicines' })).toBeInTheDocument();
  });

  it('still take headingLevel, over the level around them, and their inner headings follow', () => {
    renderInProvider(
      <HeadingLevelProvider level={2}>
        <QuestionBrowser headingLevel={3} />
      </HeadingLevelProvider>,
      { content: visitQuestionsEn },
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Find questions to ask' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Medicines' })).toBeInTheDocument();
  });
});
