import { visitQuestionsAr, visitQuestionsEn } from '@sdmkit/content';
import { createMemoryStorage, createPersistence, type QuestionListInput, type QuestionListResult } from '@sdmkit/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { questionListAr } from '../locales/ar.js';
import { QuestionList, type QuestionListMode } from './QuestionList.js';

function ControlledHost({ onChange }: { onChange: (next: QuestionListInput) => void }) {
  const [value, setValue] = useState<QuestionListInput>({ items: [], dismissed: [], seq: 0 });
  return (
    <QuestionList
      content={visitQuestionsEn}
      value={value}
      onValueChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

let hostSetsMode: (mode: QuestionListMode) => void = () => {};

/** A host that owns the step: it follows the widget's requests when `follow` is set, and can change it itself. */
function ModeHost({ follow, onModeChange }: { follow: boolean; onModeChange: (mode: QuestionListMode) => void }) {
  const [mode, setMode] = useState<QuestionListMode>('prepare');
  hostSetsMode = setMode;
  return (
    <QuestionList
      content={visitQuestionsEn}
      mode={mode}
      onModeChange={(next) => {
        onModeChange(next);
        if (follow) setMode(next);
      }}
    />
  );
}

const stepButton = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Steps' })).getByRole('button', { name });

describe('QuestionList', () => {
  it('shows an error state with paths for invalid content, and reports duplicate ids', () => {
    const onContentError = vi.fn();
    const bad = {
      ...visitQuestionsEn,
      questions: [...visitQuestionsEn.questions, { ...visitQuestionsEn.questions[0], text: '  ' }],
    };
    render(<QuestionList content={bad} onContentError={onContentError} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This tool cannot be shown right now');
    expect(screen.getByText(`$.questions[${visitQuestionsEn.questions.length}].text`)).toBeInTheDocument();
    const issues = onContentError.mock.calls[0]?.[0] as { code: string; path: string }[];
    expect(issues.map((i) => i.code)).toContain('empty_text');
    render(
      <QuestionList
        content={{ ...visitQuestionsEn, questions: [...visitQuestionsEn.questions, visitQuestionsEn.questions[1]] }}
      />,
    );
    expect(screen.getByText(`$.questions[${visitQuestionsEn.questions.length}].id`)).toBeInTheDocument();
  });

  it('keeps the patient’s picks when the host re-renders with an equal new content object', async () => {
    const { rerender } = render(<QuestionList content={structuredClone(visitQuestionsEn)} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'What else could it be?' }));
    rerender(<QuestionList content={structuredClone(visitQuestionsEn)} />);
    expect(screen.getByRole('checkbox', { name: 'What else could it be?' })).toBeChecked();
  });

  it('never renders content as HTML', () => {
    const html = { ...visitQuestionsEn, title: '<img src=x onerror=alert(1)>' };
    const { container } = render(<QuestionList content={html} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
  });

  it('keeps every edit across a reload with persistence', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const persist = createPersistence({ storage });
    const first = render(<QuestionList content={visitQuestionsEn} persist={persist} />);
    await user.click(screen.getByRole('checkbox', { name: 'What else could it be?' }));
    await user.type(screen.getByRole('textbox', { name: 'Write your own question' }), 'Will it hurt?');
    await user.click(screen.getByRole('button', { name: 'Add my question' }));
    await waitFor(() => expect(storage.map.size).toBe(1));
    first.unmount();
    render(<QuestionList content={visitQuestionsEn} persist={persist} />);
    expect(await screen.findByText('Will it hurt?')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'What else could it be?' })).toBeChecked();
  });

  it('works controlled: the host owns the value', async () => {
    const user = userEvent.setup();
    const seen: QuestionListInput[] = [];
    render(<ControlledHost onChange={(next) => seen.push(next)} />);
    await user.click(screen.getByRole('checkbox', { name: 'What are my options?' }));
    expect(seen.at(-1)?.items.map((i) => i.key)).toEqual(['q:ask3-options']);
    expect(screen.getByRole('checkbox', { name: 'What are my options?' })).toBeChecked();
  });

  it('goes from prepare to the visit to the summary and hands the host a typed result', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn<(r: QuestionListResult) => void>();
    const suggestions = [{ id: 'sure-support', text: 'Who can help me decide?' }];
    render(<QuestionList content={visitQuestionsEn} suggestions={suggestions} onComplete={onComplete} />);
    await user.click(screen.getByRole('button', { name: 'Add the suggested starter questions' }));
    await user.click(screen.getByRole('button', { name: 'Add to my list' }));
    const nav = screen.getByRole('navigation', { name: 'Steps' });
    await user.click(within(nav).getByRole('button', { name: 'During the visit' }));
    expect(within(nav).getByRole('button', { name: 'During the visit' })).toHaveAttribute('aria-current', 'step');
    const row = screen.getByRole('listitem', { name: /What are my options\?/ });
    await user.click(within(row).getByRole('button', { name: 'Answered' }));
    await user.type(within(row).getByRole('textbox', { name: 'Answer notes' }), 'Three options.');
    await user.click(within(nav).getByRole('button', { name: 'Summary' }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    const result = onComplete.mock.calls[0]?.[0];
    expect(result?.counts).toMatchObject({ total: 6, answered: 1 });
    expect(result?.questions[0]).toMatchObject({
      rank: 1,
      top: true,
      text: 'What are my options?',
      note: 'Three options.',
    });
    expect(result?.questions[5]).toMatchObject({ source: 'suggested', text: 'Who can help me decide?' });
    expect(screen.getByText(/Your list is ready/)).toBeInTheDocument();
  });

  it('mirrors for Arabic', () => {
    const { container } = render(
      <QuestionList content={visitQuestionsAr} locale="ar" translations={[questionListAr]} />,
    );
    expect(container.querySelector('.sdm-root')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { name: 'أسئلتي' })).toBeInTheDocument();
  });

  it('controlled mode: the step buttons only ask the host, and the widget shows the step the host passes', async () => {
    const user = userEvent.setup();
    const onModeChange = vi.fn<(mode: QuestionListMode) => void>();
    render(<ModeHost follow={false} onModeChange={onModeChange} />);
    expect(stepButton('Prepare')).toHaveAttribute('aria-current', 'step');
    await user.click(stepButton('During the visit'));
    expect(onModeChange.mock.calls).toEqual([['visit']]);
    expect(stepButton('Prepare')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { name: 'My questions' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'During the visit' })).not.toBeInTheDocument();
    act(() => hostSetsMode('summary'));
    expect(stepButton('Summary')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { name: 'Summary of my questions' })).toBeInTheDocument();
  });

  it('controlled mode: a host that passes the asked step back moves with the step buttons', async () => {
    const user = userEvent.setup();
    const onModeChange = vi.fn<(mode: QuestionListMode) => void>();
    render(<ModeHost follow onModeChange={onModeChange} />);
    await user.click(stepButton('During the visit'));
    expect(stepButton('During the visit')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { name: 'During the visit' })).toBeInTheDocument();
    await user.click(stepButton('During the visit'));
    expect(onModeChange.mock.calls).toEqual([['visit']]);
  });

  it('uncontrolled mode: starts at defaultMode, moves on its own and tells the host', async () => {
    const user = userEvent.setup();
    const onModeChange = vi.fn<(mode: QuestionListMode) => void>();
    render(<QuestionList content={visitQuestionsEn} defaultMode="summary" onModeChange={onModeChange} />);
    expect(stepButton('Summary')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { name: 'Summary of my questions' })).toBeInTheDocument();
    expect(onModeChange).not.toHaveBeenCalled();
    await user.click(stepButton('Prepare'));
    expect(stepButton('Prepare')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { name: 'My questions' })).toBeInTheDocument();
    expect(onModeChange.mock.calls).toEqual([['prepare']]);
  });
});
