// The widgets' CSS must not change any style of the host page outside the widget root. In real Chromium: a host
// page with the elements and class names a portal is likely to use; every computed style of every host element
// (and its ::before, ::after and ::marker) is recorded, then all of SDM Kit's stylesheets are added and all three
// widgets mounted, and every value must be the same. A modal dialog may lock page scrolling while it is open (by
// design); that is checked to touch only <body>'s scroll and pointer properties and to be undone on close.
import { decisionAids, newSymptomTemplates, visitQuestionsEn } from '@sdmkit/content';
import { DecisionAid } from '@sdmkit/decision-aid';
import { decisionAidAr } from '@sdmkit/decision-aid/locales/ar';
import decisionAidCss from '@sdmkit/decision-aid/styles.css?inline';
import { QuestionList } from '@sdmkit/question-list';
import questionListCss from '@sdmkit/question-list/styles.css?inline';
import uiCss from '@sdmkit/ui/styles.css?inline';
import { VisitPrep } from '@sdmkit/visit-prep';
import visitPrepCss from '@sdmkit/visit-prep/styles.css?inline';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A portal page: common elements, and class names that resemble ours without our `sdm-` prefix. */
const HOST_HTML = `
  <header class="root header" data-variant="primary"><h1 class="title">Portal</h1><nav><a href="#x">Home</a></nav></header>
  <main class="content">
    <h2>Messages</h2><h3>Sub</h3><h4>Minor</h4>
    <p class="Button">Text with <strong>bold</strong>, <em>em</em>, <code>code</code> and <a class="link" href="#y">a link</a>.</p>
    <button type="button" class="Button" data-variant="primary">Host button</button>
    <button type="button" disabled aria-disabled="true">Disabled</button>
    <form><fieldset class="Choice"><legend>Pick</legend>
      <label><input type="radio" name="r"> One</label><label><input type="checkbox"> Two</label>
      <label for="host-text">Name</label><input id="host-text" type="text" placeholder="Type">
      <select><option>A</option></select><textarea>Note</textarea>
    </fieldset></form>
    <ul class="list"><li>One</li><li>Two</li></ul><ol><li>First</li></ol>
    <dl><dt>Term</dt><dd>Definition</dd></dl>
    <table><caption>Table</caption><thead><tr><th>H</th></tr></thead><tbody><tr><td>D</td></tr></tbody></table>
    <details><summary>More</summary><p>Hidden</p></details>
    <div class="Dialog__overlay" role="presentation"></div><div class="VisuallyHidden">Visible in the host</div>
    <section dir="rtl" lang="ar"><p>نص</p></section>
    <svg width="20" height="20" role="img" aria-label="dot"><circle cx="10" cy="10" r="5"></circle></svg>
    <div hidden>Hidden</div><span class="IconArray" data-sdm-like="x">span</span>
  </main>
  <footer><small>Footer</small></footer>
`;

const PSEUDO = [null, '::before', '::after', '::marker'] as const;

function snapshot(root: Element): Map<string, string> {
  const out = new Map<string, string>();
  const elements = [document.documentElement, document.body, root, ...root.querySelectorAll('*')];
  elements.forEach((el, i) => {
    for (const pseudo of PSEUDO) {
      const style = getComputedStyle(el, pseudo);
      const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/).join('.');
      for (let p = 0; p < style.length; p++) {
        const name = style.item(p);
        out.set(`${i}:${el.tagName.toLowerCase()}.${classes}${pseudo ?? ''} ${name}`, style.getPropertyValue(name));
      }
    }
  });
  return out;
}

/**
 * The page's own size follows its content: adding widgets makes <html> and <body> taller. These used values are
 * geometry, not style, so they are the only ones not compared on those two elements.
 */
const PAGE_GEOMETRY = /^[01]:(html|body)\. (height|block-size|width|inline-size|perspective-origin|transform-origin)$/;

function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  const diffs: string[] = [];
  for (const [key, value] of before) {
    const now = after.get(key);
    if (now !== value && !PAGE_GEOMETRY.test(key)) diffs.push(`${key}: ${value} -> ${now}`);
  }
  return diffs;
}

let host: HTMLElement;
let widgets: HTMLElement;
let root: Root;
let before: Map<string, string>;
let focusedBefore: Map<string, string>;
const styles: HTMLStyleElement[] = [];

beforeAll(async () => {
  host = document.createElement('div');
  host.className = 'host-page';
  host.innerHTML = HOST_HTML;
  document.body.append(host);
  before = snapshot(host);
  host.querySelector<HTMLButtonElement>('button.Button')?.focus();
  focusedBefore = snapshot(host);
  host.querySelector<HTMLButtonElement>('button.Button')?.blur();

  for (const css of [uiCss, decisionAidCss, questionListCss, visitPrepCss]) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    styles.push(style);
  }
  widgets = document.createElement('div');
  document.body.append(widgets);
  root = createRoot(widgets);
  const decision = decisionAids['prostate-localised-treatment']?.en;
  await act(async () => {
    root.render(
      <>
        <DecisionAid content={decision} defaultStep="outcomes" />
        <QuestionList content={visitQuestionsEn} />
        <VisitPrep content={newSymptomTemplates.en} today={new Date(2026, 10, 21)} />
        <DecisionAid content={decision} locale="ar" translations={[decisionAidAr]} theme="dark" mode="encounter" />
      </>,
    );
  });
});

afterAll(() => {
  act(() => root.unmount());
  widgets.remove();
  host.remove();
  for (const s of styles) s.remove();
});

describe('host page isolation', () => {
  it('the stylesheets are really applied to the widgets (the check below is not vacuous)', () => {
    const widgetRoot = widgets.querySelector('.sdm-root') as HTMLElement;
    expect(widgetRoot).not.toBeNull();
    expect(getComputedStyle(widgetRoot).getPropertyValue('--sdm-color-primary').trim()).toBe('#005a9c');
    expect(getComputedStyle(widgets.querySelector('.sdm-Button') as HTMLElement).minBlockSize).toBe('44px');
    expect(before.size).toBeGreaterThan(10_000);
  });

  it('changes no computed style of any host element', () => {
    expect(differences(before, snapshot(host))).toEqual([]);
  });

  it('changes no focus style of a host control', () => {
    host.querySelector<HTMLButtonElement>('button.Button')?.focus();
    const focused = snapshot(host);
    host.querySelector<HTMLButtonElement>('button.Button')?.blur();
    expect(differences(focusedBefore, focused)).toEqual([]);
  });

  it('a modal dialog only locks page scrolling while open, and leaves no trace after it closes', async () => {
    const open = [...widgets.querySelectorAll('button')].find((b) => b.textContent === 'Clear my answers');
    expect(open).toBeDefined();
    await userEvent.click(open as HTMLButtonElement);
    await expect.poll(() => document.querySelector('[role="alertdialog"], [role="dialog"]')).not.toBeNull();
    // Scroll lock on <body>, and `pointer-events: none` on <body> (inherited by the page) so that only the dialog
    // can be used: what a modal dialog is meant to do.
    const allowed =
      /^(1:body\. (overflow|overflow-[xy]|overflow-(block|inline)|overscroll-behavior[a-z-]*|padding-right|margin-right|padding-inline-end|margin-inline-end|position|top|right|bottom|left|inset-[a-z-]+)|\d+:[^ ]* pointer-events): /;
    const changed = differences(before, snapshot(host));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((d) => !allowed.test(d))).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => document.querySelector('[role="alertdialog"], [role="dialog"]')).toBeNull();
    await expect.poll(() => differences(before, snapshot(host))).toEqual([]);
  });
});
