import '../styles.css';
import { cleanup } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { exposedNames } from '../test-utils/ax.js';
import { renderInWidget } from '../test-utils/render.js';
import { StepPanels } from './StepPanels.js';

afterEach(() => {
  cleanup();
});

const STEPS = ['one', 'two', 'three'] as const;
type Step = (typeof STEPS)[number];

function Host() {
  const [step, setStep] = useState<Step>('one');
  return (
    <>
      {STEPS.map((s) => (
        <button key={s} type="button" onClick={() => setStep(s)}>
          Go to {s}
        </button>
      ))}
      {/* 'one' and 'two' stay laid out while hidden; 'three' is hidden in an Activity. */}
      <StepPanels steps={STEPS} current={step} keepLaidOut={(s) => s !== 'three'}>
        {(s) => (
          <section aria-label={`Step ${s}`}>
            <p>{`Words only in step ${s}`}</p>
            <label>
              {`Field in step ${s}`}
              <input />
            </label>
            <button type="button">{`Button in step ${s}`}</button>
          </section>
        )}
      </StepPanels>
      <button type="button">After the steps</button>
    </>
  );
}

const panel = (step: Step) => document.querySelector<HTMLElement>(`[data-step-panel="${step}"]`) as HTMLElement;
const go = (step: Step) => page.getByRole('button', { name: `Go to ${step}` }).click();

describe('StepPanels in Chromium', () => {
  it('a step kept laid out while hidden takes no room and is out of the accessibility tree, tab order and find', async () => {
    renderInWidget(<Host />);
    await go('three');
    await go('two');
    const kept = panel('one');
    expect(kept.hidden).toBe(true);
    const style = getComputedStyle(kept);
    // ui's stylesheet turns the hidden attribute into content-visibility: hidden, in flow, with no size.
    expect([style.display, style.contentVisibility]).toEqual(['block', 'hidden']);
    expect(kept.getBoundingClientRect().height).toBe(0);
    expect(kept.getBoundingClientRect().width).toBe(panel('two').getBoundingClientRect().width);
    // The step hidden in an Activity is display: none.
    expect(getComputedStyle(panel('three')).display).toBe('none');

    // Out of the accessibility tree, like the Activity one; the step shown is in it.
    const names = await exposedNames();
    expect(names).toContain('Field in step two');
    expect(names).toContain('Words only in step two');
    for (const hidden of ['one', 'three'])
      expect(names.filter((n) => n.includes(`step ${hidden}`)).map((n) => `${hidden}: ${n}`)).toEqual([]);

    // Out of the tab order: from the last nav button, Tab goes through step two only, then past the steps.
    (page.getByRole('button', { name: 'Go to three' }).element() as HTMLElement).focus();
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.keyboard('{Tab}');
      const el = document.activeElement as HTMLElement;
      stops.push(el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName);
    }
    expect(stops).toEqual(['', 'Button in step two', 'After the steps']);

    // Not found by find-in-page (window.find runs the browser's find): the shown step's words are.
    const find = (text: string) => {
      getSelection()?.removeAllRanges();
      return (window as unknown as { find(text: string): boolean }).find(text);
    };
    expect(find('Words only in step two')).toBe(true);
    expect(find('Words only in step one')).toBe(false);
    expect(find('Words only in step three')).toBe(false);

    // Shown again: no longer hidden, its content back in the tree.
    await go('one');
    expect(kept.hidden).toBe(false);
    expect(getComputedStyle(kept).contentVisibility).toBe('visible');
    expect(kept.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(await exposedNames()).toContain('Field in step one');
  });
});
