// The web components from the single-file build (packages/elements/dist/sdm-elements.js) on a PLAIN HTML page, in
// real Chromium: no React and no bundler on the page, one <script type="module">. Checks that each element renders
// its widget from a property or an attribute, shows the error state for invalid JSON, follows `locale` and `theme`,
// is complete with the keyboard inside its shadow root (dialog focus included), reports changes and results as the
// React widgets do, keeps its styles inside the shadow root in both directions, and makes no other request.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { decisionAids, newSymptomTemplates, visitQuestionsEn } from '@sdmkit/content';
import {
  buildDecisionAidResult,
  buildQuestionListResult,
  type DecisionAidInput,
  type QuestionListInput,
  type QuestionListResult,
} from '@sdmkit/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, servePages } from '../src/static-server.js';
import { launchChromium } from '../src/storybook.js';

const bundle = resolve(import.meta.dirname, '..', '..', 'elements', 'dist', 'sdm-elements.js');
const decisionAid = decisionAids['mammography-screening-50-69']?.en;
const visitPrep = newSymptomTemplates.en;

/** JSON as an HTML attribute value (double quotes). */
const attr = (value: unknown) =>
  JSON.stringify(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Host page rules a portal might have; none of them may reach inside a widget except inherited properties. */
const HOST_CSS = `
  body { font-family: Georgia, serif; margin: 1rem; }
  button, .sdm-Button { color: rgb(255, 0, 0) !important; background: rgb(0, 255, 0) !important;
    border: 7px dashed rgb(255, 0, 255) !important; font-family: monospace !important; }
  h2, p, div, input { outline: 4px solid rgb(255, 0, 0); text-decoration: underline; }
  .sdm-root { background: rgb(0, 255, 0) !important; }
`;

const HOST_HTML = `
  <h2 class="host">Portal heading</h2>
  <p class="host">Some <strong>text</strong> and a <a href="#x">link</a>.</p>
  <button type="button" class="host Button">Host button</button>
  <div class="host root"><input class="host" type="text" aria-label="Host field"><ul><li>One</li></ul></div>`;

/** No inline script, no eval, styles only from the page's origin. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

function page(withHostCss: boolean, withScript: boolean, csp = false): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${csp ? `<meta http-equiv="Content-Security-Policy" content="${CSP}">` : ''}<title>SDM elements</title><link rel="icon" href="data:,">${withHostCss ? `<style>${HOST_CSS}</style>` : ''}</head>
<body>
${HOST_HTML}
<sdm-decision-aid id="da"></sdm-decision-aid>
<sdm-question-list id="ql" content="${attr(visitQuestionsEn)}"></sdm-question-list>
<sdm-visit-prep id="vp" content="${attr(visitPrep)}"></sdm-visit-prep>
<sdm-question-list id="broken" content="{&quot;not json"></sdm-question-list>
${withScript ? '<script type="module" src="/sdm-elements.js"></script>' : ''}
</body></html>`;
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(bundle))
    throw new Error(`No single-file build at ${bundle}: run "pnpm --filter @sdmkit/elements build" first.`);
  server = await servePages(
    {
      '/index.html': page(true, true),
      '/bare.html': page(false, true),
      '/before.html': page(true, false),
      '/csp.html': page(false, true, true),
    },
    { '/sdm-elements.js': bundle },
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watch {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
}
let open: Watch[] = [];

afterEach(async () => {
  for (const w of open) await w.page.close();
  open = [];
});

/** Opens a page, recording every request, console error and page error; events on the document are kept. */
async function openPage(path: string): Promise<Watch> {
  const p = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const w: Watch = { page: p, requests: [], errors: [] };
  p.on('request', (r) => w.requests.push(r.url()));
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') w.errors.push(`${m.type()}: ${m.text()}`);
  });
  p.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  await p.addInitScript(() => {
    const events: { type: string; target: string; detail: unknown }[] = [];
    (window as unknown as { __events: typeof events }).__events = events;
    for (const type of ['sdm-change', 'sdm-complete', 'sdm-content-error'])
      document.addEventListener(type, (e) =>
        events.push({ type, target: (e.target as Element).id, detail: (e as CustomEvent).detail }),
      );
  });
  await p.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  open.push(w);
  return w;
}

/** Waits until every element is defined and its widget root is there. */
async function ready(p: Page, content: unknown = decisionAid): Promise<void> {
  await p.evaluate(async (doc) => {
    await customElements.whenDefined('sdm-decision-aid');
    const da = document.getElementById('da') as HTMLElement & { content: unknown };
    da.content = doc; // as a property: an object, not JSON text
  }, content);
  await p.waitForFunction(() =>
    ['da', 'ql', 'vp', 'broken'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('.sdm-root')),
  );
}

const events = (p: Page) =>
  p.evaluate(() => (window as unknown as { __events: { type: string; target: string; detail: unknown }[] }).__events);

/** The deepest focused element through open shadow roots. */
const focused = (p: Page) =>
  p.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el
      ? {
          host: (el.getRootNode() as ShadowRoot).host?.id ?? null,
          tag: el.tagName.toLowerCase(),
          text: (el.textContent ?? '').trim(),
          inDialog: Boolean(el.closest('[role="dialog"], [role="alertdialog"]')),
        }
      : null;
  });

describe('<sdm-*> elements from the single-file build on a plain page', () => {
  it('render their widgets from a property and from an attribute, with no request but the page and the module', async () => {
    const w = await openPage('index.html');
    await ready(w.page);
    const state = await w.page.evaluate(() =>
      ['da', 'ql', 'vp'].map((id) => {
        const el = document.getElementById(id) as HTMLElement & { styleMode?: string };
        const root = el.shadowRoot?.querySelector('.sdm-root');
        return {
          id,
          react: 'React' in window || '__REACT_DEVTOOLS_GLOBAL_HOOK__' in window,
          state: root?.getAttribute('data-state'),
          className: root?.className,
          heading: el.shadowRoot?.querySelector('h2')?.textContent,
          styleMode: el.styleMode,
          adopted: el.shadowRoot?.adoptedStyleSheets.length,
        };
      }),
    );
    expect(state).toEqual([
      expect.objectContaining({
        id: 'da',
        state: 'ready',
        className: 'sdm-root sdm-DecisionAid',
        heading: 'About this decision',
      }),
      expect.objectContaining({
        id: 'ql',
        state: 'ready',
        className: 'sdm-root sdm-QuestionList',
        heading: visitQuestionsEn.title,
      }),
      expect.objectContaining({
        id: 'vp',
        state: 'ready',
        className: 'sdm-root sdm-VisitPrep',
        heading: visitPrep?.title,
      }),
    ]);
    for (const s of state) {
      expect(s.react).toBe(false);
      expect(s.styleMode).toBe('adopted');
      expect(s.adopted).toBe(1);
    }
    // Nothing added to the document: no <style>, no <link>, no adopted sheet, one stylesheet (the host's).
    expect(
      await w.page.evaluate(() => ({
        head: [...document.head.children].map((c) => c.tagName.toLowerCase()),
        sheets: document.styleSheets.length,
        adopted: document.adoptedStyleSheets.length,
        styles: document.querySelectorAll('style, link[rel="stylesheet"]').length,
      })),
    ).toEqual({ head: ['meta', 'title', 'link', 'style'], sheets: 1, adopted: 0, styles: 1 });
    expect(w.requests).toEqual([`${server.origin}/index.html`, `${server.origin}/sdm-elements.js`]);
    expect(w.errors).toEqual([]);
  });

  it('shows the error state for content that is not JSON and fires sdm-content-error', async () => {
    const w = await openPage('index.html');
    await ready(w.page);
    const broken = await w.page.evaluate(() => {
      const root = document.getElementById('broken')?.shadowRoot?.querySelector('.sdm-root');
      return {
        state: root?.getAttribute('data-state'),
        alert: root?.querySelector('[role="alert"]')?.textContent ?? '',
      };
    });
    expect(broken.state).toBe('invalid');
    expect(broken.alert).toContain('This tool cannot be shown right now');
    expect(broken.alert).toContain('The "content" attribute is not valid JSON');
    const errors = (await events(w.page)).filter((e) => e.type === 'sdm-content-error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      target: 'broken',
      detail: { issues: [{ code: 'invalid_format', path: '$' }] },
    });
    // Valid JSON that is not a prompt list: the widget's own validation, with paths, and the event again.
    await w.page.evaluate(() => document.getElementById('broken')?.setAttribute('content', '{"kind":"nope"}'));
    await w.page.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length === 2);
    const second = (await events(w.page))[1] as { detail: { issues: { path: string }[] } };
    expect(second.detail.issues.length).toBeGreaterThan(0);
    // Fixing the attribute shows the widget.
    await w.page.evaluate(
      (doc) => document.getElementById('broken')?.setAttribute('content', JSON.stringify(doc)),
      visitQuestionsEn,
    );
    await w.page.waitForFunction(
      () =>
        document.getElementById('broken')?.shadowRoot?.querySelector('.sdm-root')?.getAttribute('data-state') ===
        'ready',
    );
    // The error state's own console output is not an error of the page.
    expect(w.errors).toEqual([]);
  });

  it('follows the locale and theme attributes', async () => {
    const w = await openPage('index.html');
    await ready(w.page);
    const rootOf = (id: string) =>
      w.page.evaluate((i) => {
        const root = document.getElementById(i)?.shadowRoot?.querySelector('.sdm-root') as HTMLElement;
        const primary = root.querySelector('.sdm-Button[data-variant="primary"]') as HTMLElement;
        return {
          lang: root.lang,
          dir: root.dir,
          theme: root.dataset.sdmTheme,
          background: getComputedStyle(root).backgroundColor,
          primary: getComputedStyle(primary).backgroundColor,
          next: primary.textContent,
        };
      }, id);
    expect(await rootOf('da')).toMatchObject({
      lang: 'en',
      dir: 'ltr',
      theme: 'default',
      background: 'rgb(255, 255, 255)',
    });
    await w.page.evaluate(() => {
      const da = document.getElementById('da') as HTMLElement;
      da.setAttribute('locale', 'ar');
      da.setAttribute('theme', 'dark');
    });
    await w.page.waitForFunction(() => document.getElementById('da')?.shadowRoot?.querySelector('[dir="rtl"]'));
    const ar = await rootOf('da');
    expect(ar).toMatchObject({ lang: 'ar', dir: 'rtl', theme: 'dark', background: 'rgb(20, 24, 29)' });
    expect(ar.next).not.toBe('Next');
    // Theming from the host page: --sdm-theme-* custom properties inherit into the shadow root.
    await w.page.evaluate(() => {
      const da = document.getElementById('da') as HTMLElement;
      da.setAttribute('theme', 'default');
      da.style.setProperty('--sdm-theme-color-primary', 'rgb(10, 120, 30)');
    });
    await w.page.waitForFunction(() =>
      document.getElementById('da')?.shadowRoot?.querySelector('[data-sdm-theme="default"]'),
    );
    expect(await rootOf('da')).toMatchObject({ dir: 'rtl', primary: 'rgb(10, 120, 30)' });
    await w.page.evaluate(() => document.getElementById('da')?.setAttribute('locale', 'es'));
    await w.page.waitForFunction(() => document.getElementById('da')?.shadowRoot?.querySelector('[lang="es"]'));
    expect(await rootOf('da')).toMatchObject({ lang: 'es', dir: 'ltr', next: 'Siguiente' });
    expect(w.errors).toEqual([]);
  });

  it('works with the keyboard inside the shadow root: Tab reaches the controls, a dialog traps focus and Escape returns it', async () => {
    const w = await openPage('index.html');
    await ready(w.page);
    await w.page.evaluate(() => {
      document.getElementById('da')?.remove();
      document.getElementById('ql')?.remove();
    });
    const head = () => w.page.evaluate(() => document.head.innerHTML);
    const headBefore = await head();
    const seen: string[] = [];
    let trigger = false;
    for (let i = 0; i < 60 && !trigger; i++) {
      await w.page.keyboard.press('Tab');
      const f = await focused(w.page);
      if (f?.host === 'vp') seen.push(f.text);
      trigger = f?.host === 'vp' && f.text === 'Clear my answers';
    }
    expect(seen.length).toBeGreaterThan(3); // the step list, Next, …
    expect(trigger).toBe(true);
    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction(() =>
      document.getElementById('vp')?.shadowRoot?.querySelector('[role="alertdialog"]'),
    );
    // The page behind the modal does not scroll; the lock adds nothing to the head (no <style> to allow in a CSP).
    expect(await w.page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
    expect(await head()).toBe(headBefore);
    // Focus moved into the dialog, which is inside the widget's root (portalled there), and stays in it on Tab.
    expect(await focused(w.page)).toMatchObject({ host: 'vp', inDialog: true });
    for (let i = 0; i < 5; i++) {
      await w.page.keyboard.press('Tab');
      expect(await focused(w.page)).toMatchObject({ host: 'vp', inDialog: true });
    }
    expect(
      await w.page.evaluate(() =>
        Boolean(document.getElementById('vp')?.shadowRoot?.querySelector('.sdm-root [role="alertdialog"]')),
      ),
    ).toBe(true);
    await w.page.keyboard.press('Escape');
    await w.page.waitForFunction(
      () => !document.getElementById('vp')?.shadowRoot?.querySelector('[role="alertdialog"]'),
    );
    // Radix gives focus back one task after the dialog has left the DOM (a timer in its focus scope), so a busy
    // machine can see the page's <body> for a moment: wait for the hand-back, and fail if it never comes.
    await expect
      .poll(() => focused(w.page), { timeout: 5000 })
      .toMatchObject({ host: 'vp', tag: 'button', text: 'Clear my answers', inDialog: false });
    // The page-scroll lock of the open dialog is gone again.
    await w.page.waitForFunction(() => (document.body.getAttribute('style') ?? '') === '');
    expect(await head()).toBe(headBefore);
    expect(w.errors).toEqual([]);
  });

  it('fires sdm-change and sdm-complete with the payloads the React widgets give', async () => {
    const w = await openPage('index.html');
    await ready(w.page);
    const p = w.page;
    // Question list: pick two questions, go to the summary, finish.
    const ql = p.locator('#ql');
    await ql.getByRole('checkbox', { name: 'What else could it be?' }).check();
    await ql.getByRole('checkbox', { name: 'When and how will I get my results?' }).check();
    await ql.getByRole('button', { name: 'Summary' }).click();
    await ql.getByRole('button', { name: 'Finish' }).click();
    // Decision aid: Next through every step, then Finish.
    const da = p.locator('#da');
    for (let i = 0; i < 10 && (await da.getByRole('button', { name: 'Next' }).count()) > 0; i++)
      await da.getByRole('button', { name: 'Next' }).click();
    await da.getByRole('button', { name: 'Finish' }).click();
    await p.waitForFunction(
      () =>
        (window as unknown as { __events: { type: string }[] }).__events.filter((e) => e.type === 'sdm-complete')
          .length === 2,
    );
    const all = await events(p);
    const of = (target: string, type: string) => all.filter((e) => e.target === target && e.type === type);

    const qlChanges = of('ql', 'sdm-change').map((e) => e.detail as QuestionListInput);
    expect(qlChanges.map((c) => c.items.map((i) => i.key))).toEqual([
      ['q:dx-what-else'],
      ['q:dx-what-else', 'q:dx-results'],
      // Finish stamps completedAt (the store's clock), as the decision aid does.
      ['q:dx-what-else', 'q:dx-results'],
    ]);
    const qlLast = qlChanges.at(-1) as QuestionListInput;
    expect(typeof qlLast.completedAt).toBe('string');
    expect(qlChanges.at(-2)?.completedAt).toBeUndefined();
    const [qlResult] = of('ql', 'sdm-complete').map((e) => e.detail as QuestionListResult);
    expect(of('ql', 'sdm-complete')).toHaveLength(1);
    // The result is stamped when it is made; everything else is what the widget's own builder gives.
    expect(qlResult).toEqual({ ...buildQuestionListResult(visitQuestionsEn, qlLast), createdAt: qlResult?.createdAt });
    expect(new Date(qlResult?.createdAt ?? '').toISOString()).toBe(qlResult?.createdAt);
    expect(await p.evaluate(() => (document.getElementById('ql') as HTMLElement & { value: unknown }).value)).toEqual(
      qlLast,
    );

    const daChanges = of('da', 'sdm-change').map((e) => e.detail as DecisionAidInput);
    const daLast = daChanges.at(-1) as DecisionAidInput;
    expect(typeof daLast.completedAt).toBe('string');
    expect(of('da', 'sdm-complete').map((e) => e.detail)).toEqual([
      buildDecisionAidResult(decisionAid as never, daLast),
    ]);
    expect(w.errors).toEqual([]);
  });

  it('keeps styles inside the shadow root both ways', async () => {
    // Widget buttons look the same with and without the host page's aggressive rules.
    const look = async (path: string) => {
      const w = await openPage(path);
      await ready(w.page);
      return w.page.evaluate(() =>
        ['da', 'ql', 'vp'].flatMap((id) =>
          [...(document.getElementById(id)?.shadowRoot?.querySelectorAll('button, h2, p, input, .sdm-root') ?? [])]
            .slice(0, 12)
            .map((el) => {
              const s = getComputedStyle(el);
              return `${id} ${el.tagName} ${s.color} ${s.backgroundColor} ${s.borderTopStyle} ${s.borderTopWidth} ${s.outlineStyle} ${s.textDecorationLine} ${s.fontFamily}`;
            }),
        ),
      );
    };
    const bare = await look('bare.html');
    const hosted = await look('index.html');
    expect(bare.length).toBeGreaterThan(10);
    expect(hosted).toEqual(bare);

    // Host elements: every computed style is the same before the module loads and after the widgets render.
    const w = await openPage('before.html');
    const snapshot = () =>
      w.page.evaluate(() =>
        [...document.querySelectorAll('html, body, .host, .host *')].map((el) => {
          const s = getComputedStyle(el);
          // The page grows when the widgets render: the size of <html> and <body> is not a style leak.
          const sized = el === document.documentElement || el === document.body;
          const geometry = /^(block-size|height|perspective-origin|transform-origin)$/;
          return [...s]
            .filter((prop) => !(sized && geometry.test(prop)))
            .map((prop) => `${el.tagName} ${prop}:${s.getPropertyValue(prop)}`)
            .join(';');
        }),
      );
    const before = await snapshot();
    await w.page.addScriptTag({ url: '/sdm-elements.js', type: 'module' });
    await ready(w.page);
    const after = await snapshot();
    expect(after.length).toBe(before.length);
    for (let i = 0; i < before.length; i++) expect(after[i]).toBe(before[i]);
    expect(w.errors).toEqual([]);
  });

  it('works under a strict Content Security Policy (no inline script or style, no eval)', async () => {
    const w = await openPage('csp.html');
    await w.page.waitForFunction(() =>
      ['ql', 'vp'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('.sdm-root')),
    );
    const styled = await w.page.evaluate(() => {
      const el = document.getElementById('vp') as HTMLElement & { styleMode?: string };
      const primary = el.shadowRoot?.querySelector('.sdm-Button[data-variant="primary"]') as HTMLElement;
      return { mode: el.styleMode, background: getComputedStyle(primary).backgroundColor };
    });
    // The primary button's colour comes from the adopted stylesheet: the widget is styled, not blocked.
    expect(styled).toEqual({ mode: 'adopted', background: 'rgb(0, 90, 156)' });
    // A modal dialog locks page scrolling without an inline <style> (which this policy would refuse, and log).
    await w.page.locator('#vp').getByRole('button', { name: 'Clear my answers' }).click();
    await w.page.locator('#vp').getByRole('alertdialog').waitFor();
    expect(await w.page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
    await w.page.keyboard.press('Escape');
    await w.page.locator('#vp').getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(await w.page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('visible');
    expect(w.errors).toEqual([]);
  });

  it('unmounts on removal and mounts again when put back; moves keep the widget', async () => {
    const w = await openPage('index.html');
    await ready(w.page);
    const result = await w.page.evaluate(async () => {
      const ql = document.getElementById('ql') as HTMLElement;
      const root = () => ql.shadowRoot?.querySelector('.sdm-root');
      const first = root();
      document.body.append(ql); // a move: same task
      const moved = root() === first;
      ql.remove();
      await new Promise((r) => setTimeout(r, 0));
      const removed = ql.shadowRoot?.querySelectorAll('.sdm-element').length;
      document.body.append(ql);
      return { moved, removed };
    });
    expect(result).toEqual({ moved: true, removed: 0 });
    await w.page.waitForFunction(() => document.getElementById('ql')?.shadowRoot?.querySelector('.sdm-root'));
    expect(
      await w.page.evaluate(() => {
        const shadow = document.getElementById('ql')?.shadowRoot;
        return { mounts: shadow?.querySelectorAll('.sdm-root').length, sheets: shadow?.adoptedStyleSheets.length };
      }),
    ).toEqual({ mounts: 1, sheets: 1 });
    expect(w.errors).toEqual([]);
  });
});
