import type { ContentIssue } from '@sdmkit/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderInWidget } from '../test-utils/render.js';
import { ErrorBoundary, ErrorState } from './ErrorState.js';

const issues: ContentIssue[] = [
  { code: 'required', path: '$.decision.question', segments: ['decision', 'question'], message: 'Missing.' },
  { code: 'unsafe_url', path: '$.meta.sources[0].url', segments: ['meta', 'sources', 0, 'url'], message: 'Bad link.' },
];

describe('ErrorState', () => {
  it('tells the patient in plain words and lists the problems for developers', () => {
    renderInWidget(<ErrorState issues={issues} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This tool cannot be shown right now');
    expect(screen.getByText('Details for developers (2 problems)')).toBeInTheDocument();
    expect(screen.getByText('$.meta.sources[0].url')).toBeInTheDocument();
  });

  it('uses the language’s plural forms', () => {
    renderInWidget(<ErrorState issues={issues} />, 'ar');
    expect(screen.getByText('تفاصيل للمطورين (مشكلتان)')).toBeInTheDocument();
  });

  it('renders content text as text, never as HTML', () => {
    const hostile = [{ ...issues[0], message: '<img src=x onerror=alert(1)>' } as ContentIssue];
    const { container } = renderInWidget(<ErrorState issues={hostile} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
  });
});

function Exploding(): never {
  throw new Error('render failed');
}

function Recoverable() {
  const [broken, setBroken] = useState(true);
  return (
    <ErrorBoundary
      fallback={(reset) => (
        <button
          type="button"
          onClick={() => {
            setBroken(false);
            reset();
          }}
        >
          Retry
        </button>
      )}
    >
      {broken ? <Exploding /> : <p>Recovered</p>}
    </ErrorBoundary>
  );
}

describe('ErrorBoundary', () => {
  it('keeps a render error inside the widget and reports it', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    renderInWidget(
      <ErrorBoundary onError={onError}>
        <Exploding />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'render failed' }), expect.anything());
    spy.mockRestore();
  });

  it('can recover', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderInWidget(<Recoverable />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Recovered')).toBeInTheDocument();
    spy.mockRestore();
  });
});
