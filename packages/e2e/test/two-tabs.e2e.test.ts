// Two real tabs of one browser on localStorage (issue 22, "Nothing the patient typed is ever lost"): the single-file
// web-components build (packages/elements/dist/sdm-elements.js) on a plain page with `persist="local"`, opened in two
// pages of ONE browser context, so that they share localStorage and get the browser's real `storage` events. The
// patient works in one tab, then the other, in turn; after reloading both, every entry is on screen in both and in
// localStorage, and no conflict copy was made. A new edition of the prompt list that lacks a picked question keeps
// everything else, and offers the left-out answer back.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { visitQuestionsEn } from '@sdmkit/content';
import type { PromptList, QuestionListInput } from '@sdmkit/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, servePages } from '../src/static-server.js';
import { launchChromium } from '../src/storybook.js';

const bundle = resolve(import.meta.dirname, '..', '..', 'elements', 'dist', 'sdm-elements.js');
const KEY = `sdmkit:question-list:${visitQuestionsEn.id}:v1`;

/** JSON as an HTML attribute value (double quotes). */
const attr = (value: unknown) =>
  JSON.stringify(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

const page = (content: PromptList) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Questions for my visit</title><link rel="icon" href="data:,"></head>
<body>
<sdm-question-list id="ql" persist="local" content="${attr(content)}"></sdm-question-list>
<script type="module" src="/sdm-elements.js"></script>
</body></html>`;

/** The question the new edition leaves out: picked in the first edition. */
const REMOVED = visitQuestionsEn.questions[2] as PromptList['questions'][number];
const edition2: PromptList = {
  ...visitQuestionsEn,
  meta: { ...visitQuestionsEn.meta, version: '2.0.0' },
  questions: visitQuestionsEn.questions.filter((q) => q.id !== REMOVED.id),
  starterSet: visitQuestionsEn.starterSet?.filter((id) => id !== REMOVED.id),
};

let server: StaticServer;
let browser: Browser;
let context: BrowserContext | undefined;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error(`No single-file build at ${bundle}: run "pnpm build" first.`);
  server = await servePages(
    { '/index.html': page(visitQuestionsEn), '/edition2.html': page(edition2) },
    { '/sdm-elements.js': bundle },
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  errors.length = 0;
});

/** A tab of the one browser context: console errors and page errors are collected. */
async function openTab(path: string): Promise<Page> {
  context ??= await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const p = await context.newPage();
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await p.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  await ready(p);
  return p;
}

/** Waits until the widget shows, with the saved answers read (its save status is there). */
async function ready(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const root = document.getElementById('ql')?.shadowRoot?.querySelector('.sdm-root');
    const status = root?.querySelector('.sdm-SaveStatus')?.getAttribute('data-status');
    return root?.getAttribute('data-state') === 'ready' && (status === 'ready' || status === 'memory-only');
  });
}

/** The questions under "My questions", in order, as shown. */
const listed = (p: Page) =>
  p.evaluate(() =>
    [...(document.getElementById('ql')?.shadowRoot?.querySelectorAll('.sdm-MyQuestions__text') ?? [])].map(
      (e) => e.textContent?.trim() ?? '',
    ),
  );

/** Waits until the tab shows `text` under "My questions" (an entry made in the other tab arrives by its event). */
const shows = (p: Page, text: string) =>
  p.waitForFunction(
    (t) =>
      [...(document.getElementById('ql')?.shadowRoot?.querySelectorAll('.sdm-MyQuestions__text') ?? [])].some(
        (e) => e.textContent?.trim() === t,
      ),
    text,
    { timeout: 5000 },
  );

const storage = (p: Page) =>
  p.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])));

const saved = async (p: Page): Promise<QuestionListInput> =>
  (JSON.parse((await storage(p))[KEY] ?? '{}') as { state: QuestionListInput }).state;

const saveError = (p: Page) =>
  p.evaluate(
    () =>
      document.getElementById('ql')?.shadowRoot?.querySelector('.sdm-SaveStatus')?.getAttribute('data-error') ?? null,
  );

async function pick(p: Page, text: string) {
  await p.locator('#ql').getByRole('checkbox', { name: text, exact: true }).check();
}

async function addOwn(p: Page, text: string) {
  const ql = p.locator('#ql');
  await ql.getByRole('textbox', { name: 'Write your own question' }).fill(text);
  await ql.getByRole('button', { name: 'Add my question' }).click();
}

describe('the question list in two tabs of one browser, saved in localStorage', () => {
  it('keeps every entry typed in turn in either tab, in both tabs and in localStorage, with no conflict copy', async () => {
    const a = await openTab('index.html');
    const b = await openTab('index.html');
    const typed: string[] = [];
    let nextQuestion = 0;
    for (let i = 0; i < 20; i++) {
      const [tab, other] = i % 2 === 0 ? [a, b] : [b, a];
      await tab.bringToFront(); // the patient switches tabs (the other one is in the background now)
      // Each tab, in turn: a question from the list, then one of the patient's own (10 entries per tab).
      if (Math.floor(i / 2) % 2 === 0) {
        const text = visitQuestionsEn.questions[nextQuestion++]?.text as string;
        await pick(tab, text);
        typed.push(text);
      } else {
        const text = `My own question ${i + 1}, typed in tab ${i % 2 === 0 ? 'A' : 'B'}`;
        await addOwn(tab, text);
        typed.push(text);
      }
      // The patient turns to the other tab once it shows what was just typed.
      await shows(tab, typed.at(-1) as string);
      await shows(other, typed.at(-1) as string);
    }
    expect(await listed(a)).toEqual(typed);
    expect(await listed(b)).toEqual(typed);

    await Promise.all([a.reload({ waitUntil: 'load' }), b.reload({ waitUntil: 'load' })]);
    await Promise.all([ready(a), ready(b)]);
    expect(await listed(a)).toEqual(typed);
    expect(await listed(b)).toEqual(typed);
    const state = await saved(a);
    expect(state.items).toHaveLength(20);
    expect(state.items.filter((item) => item.source === 'own').map((item) => item.text)).toEqual(
      typed.filter((text) => text.startsWith('My own question')),
    );
    // No copy kept aside (no conflict), no list of copies, no error shown.
    expect(Object.keys(await storage(a)).filter((k) => k.includes(':aside'))).toEqual([]);
    expect(await saveError(a)).toBeNull();
    expect(await saveError(b)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('keeps the rest when a new edition leaves out a picked question, and offers that answer back', async () => {
    const tab = await openTab('index.html');
    const picked = [visitQuestionsEn.questions[0], REMOVED, visitQuestionsEn.questions[5]].map((q) => q?.text ?? '');
    for (const text of picked) await pick(tab, text);
    await addOwn(tab, 'Can I keep driving?');
    await shows(tab, 'Can I keep driving?');
    expect((await saved(tab)).items).toHaveLength(4);

    await tab.goto(`${server.origin}/edition2.html`, { waitUntil: 'load' });
    await ready(tab);
    const kept = [picked[0], picked[2], 'Can I keep driving?'];
    expect(await listed(tab)).toEqual(kept);
    // The left-out answer is offered back (RecoveryNotice), from a copy of everything saved before.
    await tab.waitForFunction(() =>
      document
        .getElementById('ql')
        ?.shadowRoot?.querySelector('.sdm-RecoveryNotice__item[data-reason="content-changed"]'),
    );
    const stored = await storage(tab);
    const asideKeys = Object.keys(stored).filter((k) => k.startsWith(`${KEY}:aside:content-changed:`));
    expect(asideKeys).toHaveLength(1);
    const aside = JSON.parse(stored[asideKeys[0] as string] ?? '{}') as { state: QuestionListInput };
    expect(aside.state.items.map((item) => item.questionId ?? item.text)).toContain(REMOVED.id);
    // … and listed for the patient (the list of copies kept aside is saved next to the answers).
    expect(stored[`${KEY}:asides`]).toContain(asideKeys[0]);
    // What fits was saved back; a reload keeps it and still offers the left-out answer, without a second copy.
    expect((await saved(tab)).items).toHaveLength(3);
    await tab.reload({ waitUntil: 'load' });
    await ready(tab);
    expect(await listed(tab)).toEqual(kept);
    expect(
      await tab.evaluate(
        () =>
          document
            .getElementById('ql')
            ?.shadowRoot?.querySelectorAll('.sdm-RecoveryNotice__item[data-reason="content-changed"]').length,
      ),
    ).toBe(1);
    expect(Object.keys(await storage(tab)).filter((k) => k.includes(':aside:'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
