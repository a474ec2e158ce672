// A screen reader started after the page rendered (issue 17, ADR 0011): the question list at its limit (1,000
// questions, src/long-list-app) skips the chunks of rows out of view (`content-visibility: auto`), and Chromium,
// started with no accessibility at all, is then switched to a screen reader's accessibility mode for the whole
// browser, the way a screen reader's arrival switches it (here through chrome://accessibility's switches, which set
// the same browser-wide mode). The tree the browser then holds for the tab, the one a screen reader reads through the
// platform's accessibility API, must have every row, with its question and its buttons, also in the chunks still
// skipped. (Turned on through CDP instead, after the page rendered, Chromium leaves skipped content out of the tree
// CDP returns; the browser tests and the story pass start Chromium with accessibility on.)
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../src/static-server.js';
import { launchChromium } from '../src/storybook.js';
import { type BuiltTestApp, buildTestApp } from '../src/test-app.js';

let app: BuiltTestApp | undefined;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  app = await buildTestApp('long-list');
  [site, browser] = await Promise.all([serveStatic(app.dir), launchChromium()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  app?.remove();
});

/** The browser-wide accessibility mode a screen reader turns on (chrome://accessibility's switches of that name). */
const SCREEN_READER_MODE = ['native', 'web', 'text', 'screenReader', 'html'];

/** Switches the whole browser to a screen reader's accessibility mode, then gives back the tree it holds for `page`. */
async function treeAfterLateScreenReader(context: BrowserContext, page: Page, lastText: string): Promise<string> {
  const ui = await context.newPage();
  await ui.goto('chrome://accessibility');
  for (const flag of SCREEN_READER_MODE) {
    const box = ui.locator(`input#${flag}`);
    if (!(await box.isChecked())) await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
  }
  // The mode reaches a tab when it is shown; the list of tabs is drawn when the page loads: again, with the mode on.
  await page.bringToFront();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await ui.bringToFront();
  await ui.reload();
  const url = page.url();
  // The tab's entry (`page_<process>_<frame>`), found by its address.
  const id = (await ui.locator('[id^="page_"]', { hasText: url }).first().getAttribute('id'))?.replace(/-.*$/, '');
  await ui.locator(`#${id}-showOrRefreshTree`).click();
  const tree = ui.locator(`#${id}-tree`);
  await expect.poll(async () => (await tree.textContent()) ?? '', { timeout: 60_000 }).toContain(lastText);
  const text = (await tree.textContent()) ?? '';
  await ui.close();
  return text;
}

/** How many of the rows content-visibility skips (`checkVisibility` with `contentVisibilityAuto` is false for them). */
function skippedRows(page: Page, row: string): Promise<number> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].filter((el) => !el.checkVisibility({ contentVisibilityAuto: true }))
        .length,
    row,
  );
}

/** Opens the list, with the view at its top, and checks that rows far down are skipped (not rendered). */
async function openAtTop(context: BrowserContext, mode: 'prepare' | 'visit', row: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.origin}/index.html?mode=${mode}`);
  await page.locator(row).nth(999).waitFor({ state: 'attached' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await skippedRows(page, row)).toBeGreaterThan(900);
  return page;
}

/** How many nodes of `role` named `name` the tree holds (Chromium's dump: `id#=<n> <role> <attributes> name='…'`). */
const nodes = (tree: string, role: string, name: string) =>
  (tree.match(new RegExp(`id#=\\d+ ${role} [^+]*?name='${name}'`, 'g')) ?? []).length;

/** Each step: the rows, and the controls every row has, as role and name in Chromium's tree. */
const STEPS = [
  {
    mode: 'prepare',
    row: '.sdm-MyQuestions__item',
    controls: [
      ['button', 'Remove'],
      ['button', 'Change wording'],
    ],
  },
  {
    mode: 'visit',
    row: '.sdm-VisitMode__item',
    controls: [
      ['toggleButton', 'Answered'],
      ['textField', 'Answer notes'],
    ],
  },
] as const;

describe('a screen reader started after the page rendered', () => {
  it.each(STEPS)(
    'finds every question and its controls in the $mode step, the skipped rows too',
    async (step) => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
      try {
        const page = await openAtTop(context, step.mode, step.row);
        const questions = await page.evaluate(() => (window as unknown as { questions: string[] }).questions);
        expect(questions).toHaveLength(1000);
        const tree = await treeAfterLateScreenReader(context, page, questions[999] as string);
        expect(questions.filter((q) => !tree.includes(q))).toEqual([]);
        // Read while the rows are still skipped: the tree does not wait for them to be rendered.
        expect(await skippedRows(page, step.row)).toBeGreaterThan(900);
        for (const [role, name] of step.controls) expect(nodes(tree, role, name), `${role} ${name}`).toBe(1000);
      } finally {
        await context.close();
      }
    },
    180_000,
  );
});
