// What the decision aid says in its live regions when the patient does the same thing twice.
import { prostateTreatmentEn } from '@sdmkit/content';
import { createMemoryStorage, createPersistence, storageKey } from '@sdmkit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { DecisionAid } from './DecisionAid.js';

/** Replaces the clipboard for one test. */
function setClipboard(value: Pick<Clipboard, 'writeText'> | undefined) {
  const before = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true });
  onTestFinished(() => {
    if (before) Object.defineProperty(navigator, 'clipboard', before);
    else Reflect.deleteProperty(navigator, 'clipboard');
  });
}

describe('DecisionAid announcements', () => {
  // Protects that a repeated action is heard each time: a screen reader reads a live region when its text changes,
  // so the same message said twice must still change the region's text (the shared announcer adds or takes away a
  // no-break space), in the same region element.
  it('says "Copied." again when the patient copies the answers kept aside a second time', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    setClipboard({ writeText });
    // Answers saved earlier that cannot be opened: the decision aid starts clean and offers them back to copy.
    const key = storageKey({ widget: 'decision-aid', contentId: prostateTreatmentEn.id, version: 1 });
    const storage = createMemoryStorage({ [key]: '{"not json' });
    render(<DecisionAid content={prostateTreatmentEn} persist={createPersistence({ storage })} />);
    const group = await screen.findByRole('group', {
      name: 'Answers saved earlier could not be opened. They were kept.',
    });
    const copy = within(group).getByRole('button', { name: 'Copy the answers that could not be opened' });
    // The live regions in the page before anything is said: a region put in with its text is not read.
    const regions = screen.getAllByRole('status');
    const copied = () => regions.find((r) => r.textContent?.includes('Copied.'));

    await user.click(copy);
    await vi.waitFor(() => expect(copied()).toBeDefined());
    const region = copied() as HTMLElement;
    const first = region.textContent;
    expect(first?.trim()).toBe('Copied.');
    await user.click(copy);
    // The same words, but the text changes, so it is read again (waits for the copy to finish; fails if it never
    // changes).
    await vi.waitFor(() => expect(region.textContent).not.toBe(first));
    expect(writeText).toHaveBeenCalledTimes(2);
    expect(writeText).toHaveBeenNthCalledWith(2, '{"not json');
    expect(region.textContent?.trim()).toBe('Copied.');
    // Said in the same region element, still in the page.
    expect(screen.getAllByRole('status')).toContain(region);
  });
});
