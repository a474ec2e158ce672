import { createWidgetStore, type KeptAside } from '@sdmkit/core';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInWidget } from '../test-utils/render.js';
import { asideEntriesText, RecoveryNotice, type RecoveryNoticeProps } from './RecoveryNotice.js';

const changed = (key: string, words: string[][], at = '2026-11-21T10:00:00.000Z'): KeptAside => ({
  key,
  reason: 'content-changed',
  at,
  entries: words.map((w, i) => ({ path: `items.${i}`, words: w })),
});
const conflict: KeptAside = { key: 'k:aside:other-tab:1', reason: 'conflict', at: '2026-11-21T10:05:00.000Z' };
const corrupt: KeptAside = { key: 'k:aside:corrupt:1', reason: 'corrupt', at: '2026-11-21T09:00:00.000Z' };

/** A store as a widget has one, whose `dismissAside` and `restoreAside` change `persistence.asides` as saving does. */
function makeStore(asides: readonly KeptAside[]) {
  const store = createWidgetStore(
    {
      widget: 'test',
      emptyInput: () => ({}),
      parseInput: (raw) => ({ ok: true, value: raw as object, issues: [] }),
      actions: () => ({}),
    },
    { id: 'c', meta: { version: '1' } },
  );
  const setAsides = (next: readonly KeptAside[]) =>
    store.setState({ persistence: { ...store.getState().persistence, status: 'ready', asides: next } });
  setAsides(asides);
  const without = (key: string) => setAsides(store.getState().persistence.asides.filter((a) => a.key !== key));
  return { store, setAsides, without };
}

type Handlers = Partial<Pick<RecoveryNoticeProps, 'onRead' | 'onRestore' | 'onDismiss'>>;
type TestStore = ReturnType<typeof makeStore>['store'];

/** The notice where a widget shows it: after its heading and save status, before the rest of the widget. */
function Widget({ store, ...handlers }: { store: TestStore } & Omit<RecoveryNoticeProps, 'asides'>) {
  const persistence = useSyncExternalStore(store.subscribe, () => store.getState().persistence);
  return (
    <>
      <h2>Your questions</h2>
      <p>Saved</p>
      <RecoveryNotice asides={persistence.asides} {...handlers} />
      <button type="button">Later in the widget</button>
    </>
  );
}

function renderNotice(asides: readonly KeptAside[], handlers: Handlers = {}, locale = 'en') {
  const s = makeStore(asides);
  const onDismiss = vi.fn(handlers.onDismiss ?? (async (key: string) => s.without(key)));
  const onRestore = vi.fn(handlers.onRestore ?? (async () => true));
  const onRead = vi.fn(handlers.onRead ?? (async () => '{"not json'));
  const view = renderInWidget(
    <Widget store={s.store} onRead={onRead} onRestore={onRestore} onDismiss={onDismiss} />,
    locale,
  );
  return { ...view, ...s, onDismiss, onRestore, onRead };
}

/** Replaces the clipboard for one test (`undefined`: no clipboard, as on a page that is not https). */
function setClipboard(value: Pick<Clipboard, 'writeText'> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true });
}

afterEach(() => {
  setClipboard(undefined);
});

describe('RecoveryNotice', () => {
  it('shows nothing while there is no copy kept aside', () => {
    const { container } = renderNotice([]);
    expect(container.querySelector('.sdm-RecoveryNotice')).toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('says how many answers no longer fit, with Show, Copy and Dismiss named for this message', () => {
    renderNotice([changed('k:aside:content-changed:1', [['Will it hurt?'], ['Ask about cost', 'my note'], []])]);
    const group = screen.getByRole('group', {
      name: '3 answers refer to questions or items no longer in this content. They were kept.',
    });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Show the answers no longer in this content',
      'Copy the answers no longer in this content',
      'Dismiss this message about the answers no longer in this content',
    ]);
    // The visible words stay short; the rest is for screen readers.
    for (const b of buttons) expect(b.querySelector('.sdm-VisuallyHidden')).not.toBeNull();
    expect(within(group).getByRole('button', { name: /^Show / })).toHaveAttribute('aria-haspopup', 'dialog');
  });

  it('uses the singular for one answer in English', () => {
    renderNotice([changed('k:1', [['Will it hurt?']])]);
    expect(
      screen.getByText('1 answer refers to a question or item no longer in this content. It was kept.'),
    ).toBeInTheDocument();
  });

  it('uses every Arabic plural form', () => {
    const forms: Array<[number, string]> = [
      [0, 'لا توجد إجابات تشير إلى أسئلة أو عناصر لم تعد في هذا المحتوى.'],
      [1, 'إجابة واحدة تشير إلى سؤال أو عنصر لم يعد في هذا المحتوى. تم الاحتفاظ بها.'],
      [2, 'إجابتان تشيران إلى أسئلة أو عناصر لم تعد في هذا المحتوى. تم الاحتفاظ بهما.'],
      [3, '3 إجابات تشير إلى أسئلة أو عناصر لم تعد في هذا المحتوى. تم الاحتفاظ بها.'],
      [11, '11 إجابة تشير إلى أسئلة أو عناصر لم تعد في هذا المحتوى. تم الاحتفاظ بها.'],
      [100, '100 إجابة تشير إلى أسئلة أو عناصر لم تعد في هذا المحتوى. تم الاحتفاظ بها.'],
    ];
    for (const [count, says] of forms) {
      const view = renderNotice(
        [
          changed(
            `k:${count}`,
            Array.from({ length: count }, () => ['x']),
          ),
        ],
        {},
        'ar',
      );
      expect(screen.getByRole('group')).toHaveAccessibleName(says);
      expect(screen.getByRole('button', { name: 'عرض الإجابات التي لم تعد في هذا المحتوى' })).toBeInTheDocument();
      view.unmount();
    }
  });

  it('says it in Spanish', () => {
    renderNotice([changed('k:1', [['a'], ['b']]), conflict], {}, 'es');
    expect(screen.getByRole('group', { name: /^2 respuestas se refieren a preguntas/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Usar esa copia (la otra copia de sus respuestas)' })).toBeVisible();
  });

  it('shows the words of each answer in a dialog, as text, with "(no text)" where there were none', async () => {
    const user = userEvent.setup();
    renderNotice([changed('k:1', [['<b>Will it hurt?</b>'], ['Ask about cost', 'my note'], []])]);
    const show = screen.getByRole('button', { name: /^Show / });
    show.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Answers no longer in this content' });
    expect(dialog).toHaveAccessibleDescription(/are no longer here/);
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['<b>Will it hurt?</b>', 'Ask about costmy note', '(no text)']);
    expect(dialog.querySelector('b')).toBeNull();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(show).toHaveFocus();
  });

  it('copies a readable list to the clipboard and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    setClipboard({ writeText });
    renderNotice([changed('k:1', [['Will it hurt?'], ['Ask about cost', 'my note'], []])]);
    await user.click(screen.getByRole('button', { name: /^Copy / }));
    expect(writeText).toHaveBeenCalledWith(
      'Answers kept from earlier\n\n1. Will it hurt?\n2. Ask about cost\n   my note\n3. (no text)',
    );
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('without a clipboard, selects the text in a read-only box and says to press Ctrl+C', async () => {
    const user = userEvent.setup();
    setClipboard(undefined);
    renderNotice([changed('k:1', [['Will it hurt?']])]);
    await user.click(screen.getByRole('button', { name: /^Copy / }));
    const box = await screen.findByRole('textbox', { name: 'Text to copy' });
    expect(box).toHaveAttribute('readonly');
    expect(box).toHaveValue('Answers kept from earlier\n\n1. Will it hurt?');
    expect(box).toHaveFocus();
    const area = box as HTMLTextAreaElement;
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    expect(box).toHaveAccessibleDescription(/Press Ctrl\+C to copy it/);
  });

  it('falls back the same way when the clipboard refuses, and copies from the dialog too', async () => {
    const user = userEvent.setup();
    setClipboard({ writeText: vi.fn(async () => Promise.reject(new Error('NotAllowedError'))) });
    renderNotice([changed('k:1', [['Will it hurt?']])]);
    await user.click(screen.getByRole('button', { name: /^Show / }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Copy these answers' }));
    const box = await within(dialog).findByRole('textbox', { name: 'Text to copy' });
    expect(box).toHaveFocus();
    expect(box).toHaveValue('Answers kept from earlier\n\n1. Will it hurt?');
  });

  it('copies the raw text of answers that could not be opened', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    setClipboard({ writeText });
    const { onRead } = renderNotice([corrupt]);
    const group = screen.getByRole('group', { name: 'Answers saved earlier could not be opened. They were kept.' });
    await user.click(within(group).getByRole('button', { name: 'Copy the answers that could not be opened' }));
    expect(onRead).toHaveBeenCalledWith(corrupt.key);
    expect(writeText).toHaveBeenCalledWith('{"not json');
  });

  it('says so when the copy is gone', async () => {
    const user = userEvent.setup();
    renderNotice([{ ...corrupt, reason: 'newer-version' }], { onRead: async () => null });
    await user.click(screen.getByRole('button', { name: /^Copy / }));
    expect(await screen.findByText('That copy is no longer on this device.')).toBeInTheDocument();
  });

  it('uses the other copy on request and says what happened', async () => {
    const user = userEvent.setup();
    const view = renderNotice([conflict]);
    view.onRestore.mockImplementation(async (key: string) => {
      // Saving keeps what was on screen aside, then uses the other copy.
      view.setAsides([{ key: 'k:aside:conflict:2', reason: 'conflict', at: '2026-11-21T10:06:00.000Z' }]);
      return key === conflict.key;
    });
    const group = screen.getByRole('group', {
      name: 'Another copy of your answers (from another tab, another device or from earlier) was kept.',
    });
    await user.click(within(group).getByRole('button', { name: 'Use that copy (the other copy of your answers)' }));
    expect(view.onRestore).toHaveBeenCalledWith(conflict.key);
    expect(await screen.findByText('Now showing the other copy. The one you had is kept.')).toBeInTheDocument();
    // The focus is not lost: it is on the message about the copy that was on screen.
    expect(screen.getByRole('button', { name: /^Use that copy/ })).toHaveFocus();
  });

  it('says when the other copy could not be used', async () => {
    const user = userEvent.setup();
    renderNotice([conflict], { onRestore: async () => false });
    await user.click(screen.getByRole('button', { name: /^Use that copy/ }));
    expect(await screen.findByText('That copy could not be used. Nothing was changed.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Use that copy/ })).toHaveFocus();
  });

  it('after Dismiss, moves focus to the next message, then to the widget heading, never to the page', async () => {
    const user = userEvent.setup();
    const view = renderNotice([changed('k:1', [['a']]), conflict, corrupt]);
    await user.click(screen.getAllByRole('button', { name: /^Dismiss / })[0] as HTMLElement);
    expect(view.onDismiss).toHaveBeenCalledWith('k:1');
    expect(screen.getByRole('button', { name: /^Use that copy/ })).toHaveFocus();
    // The last message: focus goes back to the one before it.
    await user.click(screen.getByRole('button', { name: /^Dismiss this message about the answers that could/ }));
    expect(screen.getByRole('button', { name: /^Use that copy/ })).toHaveFocus();
    await user.keyboard('{Tab}{Enter}');
    expect(view.onDismiss).toHaveBeenLastCalledWith(conflict.key);
    expect(screen.queryByRole('group')).toBeNull();
    const heading = screen.getByRole('heading', { name: 'Your questions' });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(view.store.getState().persistence.asides).toEqual([]);
  });

  it('goes at once on Dismiss, and comes back if the store could not dismiss it', async () => {
    const user = userEvent.setup();
    let fail: (e: Error) => void = () => {};
    renderNotice([corrupt], { onDismiss: () => new Promise<void>((_, reject) => (fail = reject)) });
    await user.click(screen.getByRole('button', { name: /^Dismiss / }));
    expect(screen.queryByRole('group')).toBeNull();
    await act(async () => fail(new Error('storage gone')));
    expect(screen.getByRole('group')).toBeInTheDocument();
  });

  it('tells two messages of the same kind apart by when each copy was kept', () => {
    renderNotice([changed('k:1', [['a']], '2026-11-20T08:00:00.000Z'), changed('k:2', [['b']])]);
    const shows = screen.getAllByRole('button', { name: /^Show the answers no longer in this content, from / });
    expect(shows).toHaveLength(2);
    expect(shows[0]?.textContent).not.toBe(shows[1]?.textContent);
  });

  it('builds the copied text from the words only', () => {
    expect(
      asideEntriesText(
        [
          { path: 'a', words: ['  x  ', ''] },
          { path: 'b', words: [] },
        ],
        'Kept',
        '(none)',
      ),
    ).toBe('Kept\n\n1. x\n2. (none)');
  });
});
