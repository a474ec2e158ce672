import { generatePromptList, visitQuestionsEn, visitQuestionsEs } from '@sdmkit/content';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { QuestionBrowser } from './QuestionBrowser.js';

describe('QuestionBrowser', () => {
  it('groups questions by topic and picks one with its checkbox', async () => {
    const user = userEvent.setup();
    const { keys } = renderInProvider(<QuestionBrowser />, { content: visitQuestionsEn });
    expect(screen.getByRole('heading', { name: 'Medicines' })).toBeInTheDocument();
    const box = screen.getByRole('checkbox', { name: 'What else could it be?' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(keys()).toEqual(['q:dx-what-else']);
    await user.click(box);
    expect(keys()).toEqual([]);
  });

  it('searches case- and accent-insensitively and says how many were found', async () => {
    const user = userEvent.setup();
    renderInProvider(<QuestionBrowser />, { content: visitQuestionsEs, lng: 'es' });
    await user.type(screen.getByRole('searchbox', { name: 'Buscar preguntas' }), 'CIRUGIA');
    expect(await screen.findByText('5 preguntas encontradas')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '¿Por qué necesito esta cirugía?' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: '¿Qué más podría ser?' })).toBeNull();
  });

  it('filters by visit reason and topic, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderInProvider(<QuestionBrowser />, { content: visitQuestionsEn });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason for the visit' }), 'new-medicine');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'medicines');
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    await user.type(screen.getByRole('searchbox'), 'zebra');
    expect(await screen.findByText(/No questions match/)).toBeInTheDocument();
  });

  it('shows why to ask in a disclosure and adds the starter set', async () => {
    const user = userEvent.setup();
    const { keys } = renderInProvider(<QuestionBrowser />, { content: visitQuestionsEn });
    const item = screen.getByRole('checkbox', { name: 'What are my options?' }).closest('li') as HTMLElement;
    await user.click(within(item).getByText('Why ask this?'));
    expect(within(item).getByText(/more than one choice/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add the suggested starter questions' }));
    expect(keys()).toEqual(visitQuestionsEn.starterSet?.map((id) => `q:${id}`));
  });

  it('pages a 500-question library', async () => {
    const user = userEvent.setup();
    renderInProvider(<QuestionBrowser pageSize={50} />, { content: generatePromptList(500) });
    expect(screen.getByText('500 questions found')).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: /Show more questions/ }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(100);
  });
});
