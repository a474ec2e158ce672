// The one pass over EVERY story of the built Storybook. Each story is opened once per locale (en, es, ar): Storybook
// renders it and runs its play function, then every check runs on that same load, changing the viewport, media
// features and theme in place instead of reloading:
// - the story renders, and in English its play function passes (play functions are written for English text; in
//   es and ar a failing play function is not the widget's fault and only its own console errors are forgiven);
// - axe-core, WCAG 2.0/2.1/2.2 A and AA: 0 violations in the default theme; in the dark and high-contrast themes
//   (switched through Storybook's globals, as the toolbar does) the colour rules, the only ones a theme can break;
// - privacy and hygiene: no request beyond Storybook's own static files, no cookies, no storage writes unless the
//   story is tagged `writes-storage`, no console.error / React warning, no uncaught page error;
// - en and ar: the aria snapshot (Playwright's, after the play function) equals the committed
//   `__aria__/<story id>.<locale>.aria.yml` (update on purpose with
//   `npx vitest run --project e2e packages/e2e/test/story-pass.e2e.test.ts -u`); from Chromium's own accessibility
//   tree, every interactive node is named, checked/expanded/pressed counts match the DOM, every chart is an image
//   with a text alternative;
// - en and ar: a Tab walk through the story and back (visible focus at every stop, no trap, same stops both ways);
// - en and ar at 320 CSS px (WCAG 1.4.10 reflow), and en with 200 % text at 1024 px (WCAG 1.4.4): no horizontal
//   scrolling, nothing clipped or sticking out, no squeezed text;
// - en: no transition or animation under `prefers-reduced-motion: reduce`; every icon still draws in forced colours;
// - en: no live region inserted already holding its message (screen readers miss it).
// Failures name the story, the locale and what failed. The checks themselves live in ../src/story-checks.ts.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { publicPackages } from '../src/packing.js';
import { type StaticServer, serveStatic } from '../src/static-server.js';
import {
  AXE_PATH,
  axeFile,
  axeFindings,
  forcedColourFindings,
  keyboardFindings,
  linkFindings,
  liveRegionFindings,
  motionFindings,
  observeLiveRegions,
  overflowFindings,
  semanticFindings,
} from '../src/story-checks.js';
import {
  indexIds,
  installStoryHooks,
  launchChromium,
  listDocsPages,
  listStories,
  openDocs,
  openStory,
  settle,
  storybookDir,
  storyErrors,
  storyUrl,
  updateGlobals,
} from '../src/storybook.js';

const LOCALES = ['en', 'es', 'ar'] as const;
type Locale = (typeof LOCALES)[number];
/** Themes other than the default: checked with the colour rules only. */
const OTHER_THEMES = ['dark', 'high-contrast'] as const;
/** Locales with committed aria snapshots, a Tab walk and the 320 px reflow check. */
const BOTH_DIRECTIONS: ReadonlySet<Locale> = new Set(['en', 'ar']);
const VIEWPORT = { width: 1024, height: 800 };
const NARROW = { width: 320, height: 800 };

const stories = listStories();
const docsPages = listDocsPages();
/** The packages the API reference documents: every public one but the command-line tool (it has no library API). */
const publicPackageNames = () =>
  publicPackages()
    .map((p) => p.json.name)
    .filter((n) => n !== '@sdmkit/cli');
/**
 * Pages working side by side, each in its own browser context (cookies and storage are per context, and the pass
 * checks both). A story's checks wait on the browser most of the time, so two pages keep both cores of a CI machine
 * busy. `SDM_STORY_PAGES` changes it.
 */
const PAGES = Math.max(1, Number(process.env.SDM_STORY_PAGES ?? 2));

/** One page and what it reported during the current story: requests, console messages and page errors. */
interface Slot {
  readonly context: BrowserContext;
  readonly page: Page;
  events: string[];
}

let server: StaticServer;
let browser: Browser;
const idle: Slot[] = [];
const waiting: ((slot: Slot) => void)[] = [];

beforeAll(async () => {
  server = await serveStatic(storybookDir, { [AXE_PATH]: axeFile });
  browser = await launchChromium({ accessibility: true });
  for (let i = 0; i < PAGES; i++) idle.push(await newSlot());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A page reused for story after story: loading a story into a page that already ran Storybook takes about half the
 * time of a new page.
 */
async function newSlot(): Promise<Slot> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const slot: Slot = { context, page, events: [] };
  await page.addInitScript(observeLiveRegions);
  await installStoryHooks(page);
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      slot.events.push(`network request to ${url}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) slot.events.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on('console', (msg) => {
    // Failed loads are reported with their URL by the response listener above.
    if (msg.text().startsWith('Failed to load resource')) return;
    if (msg.type() === 'error' || (msg.type() === 'warning' && /React|Warning:/.test(msg.text()))) {
      slot.events.push(`console.${msg.type()}: ${msg.text().slice(0, 300)}`);
    }
  });
  page.on('pageerror', (error) => slot.events.push(`uncaught ${error.message.slice(0, 300)}`));
  return slot;
}

/** Runs `work` on a page of its own, waiting for one to be free. */
async function withSlot<T>(work: (slot: Slot) => Promise<T>): Promise<T> {
  const slot = idle.pop() ?? (await new Promise<Slot>((ok) => waiting.push(ok)));
  try {
    return await work(slot);
  } finally {
    const next = waiting.shift();
    if (next) next(slot);
    else idle.push(slot);
  }
}

/** Runs `check` with the media features given emulated, and puts the page back as it was. */
async function emulated<T>(
  page: Page,
  media: { reducedMotion?: 'reduce'; forcedColors?: 'active' },
  check: () => Promise<T>,
): Promise<T> {
  await page.emulateMedia(media);
  try {
    return await check();
  } finally {
    await page.emulateMedia({ reducedMotion: null, forcedColors: null });
  }
}

/** Runs `check` at another viewport size, and puts the viewport back. */
async function resized<T>(page: Page, size: { width: number; height: number }, check: () => Promise<T>): Promise<T> {
  await page.setViewportSize(size);
  await settle(page);
  try {
    return await check();
  } finally {
    await page.setViewportSize(VIEWPORT);
    await settle(page);
  }
}

/** Every story in every locale, side by side up to the number of pages. */
const RUNS = stories.flatMap((story) => LOCALES.map((locale) => [story.id, locale, story] as const));

describe.concurrent('every story', () => {
  it.for(RUNS)('%s [%s]: renders, plays and passes every story check', ([id, locale, story], { expect }) =>
    withSlot(async (slot) => {
      const { context, page } = slot;
      const findings: string[] = [];
      const add = (where: string, found: readonly string[]) => {
        for (const f of found) findings.push(`${where}: ${f}`);
      };
      slot.events = [];
      await context.clearCookies();
      // `a11y.manual`: Storybook's own axe run (addon-a11y) is off; the pass runs axe itself.
      await openStory(page, storyUrl(server.origin, id, { locale, 'a11y.manual': '!true' }));

      const errors = await storyErrors(page);
      add('render', errors.render);
      if (locale === 'en') add('play function', errors.play);
      add('axe', await axeFindings(page, 'wcag'));

      if (BOTH_DIRECTIONS.has(locale)) {
        const snapshot = await page.locator('body').ariaSnapshot();
        add('accessibility tree', await semanticFindings(page));
        await expect
          .soft(`${snapshot}\n`, `aria snapshot of ${id} in ${locale}`)
          .toMatchFileSnapshot(`./__aria__/${id}.${locale}.aria.yml`);
      }
      if (locale === 'en') add('live region', await liveRegionFindings(page));
      if (BOTH_DIRECTIONS.has(locale)) {
        add('Tab walk', await keyboardFindings(page));
        add('320px', await resized(page, NARROW, () => overflowFindings(page)));
      }
      if (locale === 'en') {
        await emulated(page, { reducedMotion: 'reduce' }, async () => {
          const zoom = await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
          await settle(page);
          add('200% text', await overflowFindings(page));
          findings.push(...(await motionFindings(page)));
          await zoom.evaluate((el) => (el as Element).remove());
          await settle(page);
        });
        findings.push(...(await emulated(page, { forcedColors: 'active' }, () => forcedColourFindings(page))));
      }

      const cookies = await context.cookies();
      if (cookies.length > 0) findings.push(`cookies set: ${cookies.map((c) => c.name)}`);
      const stored = await page.evaluate(() => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage).filter((k) => !k.startsWith('@storybook/')),
      }));
      const wrote = [...stored.local, ...stored.session];
      if (wrote.length > 0 && !story.tags.includes('writes-storage')) {
        findings.push(`storage written without opt-in: ${wrote.join(', ')}`);
      }

      for (const theme of OTHER_THEMES) {
        await updateGlobals(page, { theme });
        add(`${theme} theme`, await axeFindings(page, 'colour'));
      }
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });

      // Outside English, console errors that come from the play function's own failure are not the widget's.
      const forgiven = locale === 'en' ? [] : errors.play.map((m) => m.split('\n')[0] ?? m).filter((m) => m !== '');
      findings.push(...slot.events.filter((e) => !forgiven.some((m) => e.includes(m))));

      expect(findings, `\n  ${id} [${locale}]:\n  ${findings.slice(0, 25).join('\n  ')}\n`).toEqual([]);
    }),
  );
});

/**
 * The documentation site in the same pass: the introduction, every guide and every component's Docs page (its
 * stories side by side), in English, checked with axe (WCAG A and AA), for links that go nowhere, and for the same
 * privacy and hygiene as the stories (no request beyond the site, no console error, no uncaught error).
 */
describe.concurrent('every docs page', () => {
  const ids = indexIds();
  it.for(docsPages.map((d) => [d.id] as const))(
    '%s: renders, every link goes somewhere, axe passes',
    ([id], { expect }) =>
      withSlot(async (slot) => {
        const { context, page } = slot;
        const findings: string[] = [];
        slot.events = [];
        await context.clearCookies();
        await openDocs(page, storyUrl(server.origin, id, { locale: 'en', 'a11y.manual': '!true' }, 'docs'));
        for (const f of await axeFindings(page, 'wcag')) findings.push(`axe: ${f}`);
        for (const f of await linkFindings(page, ids)) findings.push(`link: ${f}`);
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
        findings.push(...slot.events);
        expect(findings, `\n  ${id}:\n  ${findings.slice(0, 25).join('\n  ')}\n`).toEqual([]);
      }),
  );
});

/**
 * The API reference the introduction links to (TypeDoc, served at /api): it lists every public package, and its
 * start page and a package page pass axe like the guides. Left out: TypeDoc's own navigation tree, which its script
 * draws with each package's link inside the <summary> that folds it (axe nested-interactive); see
 * docs/accessibility.md, known limits.
 */
const TYPEDOC_NAVIGATION = '.tsd-navigation';
describe('the API reference', () => {
  it('lists every public package; its pages pass axe', () =>
    withSlot(async (slot) => {
      const { page } = slot;
      const findings: string[] = [];
      slot.events = [];
      await page.goto(`${server.origin}/api/index.html`, { waitUntil: 'load' });
      const listed = await page.evaluate(() =>
        [...document.querySelectorAll('a[href*="modules/"]')].map((a) => a.textContent?.trim() ?? ''),
      );
      for (const name of publicPackageNames()) if (!listed.includes(name)) findings.push(`not listed: ${name}`);
      for (const f of await axeFindings(page, 'wcag', [TYPEDOC_NAVIGATION])) findings.push(`index: ${f}`);
      await page.goto(`${server.origin}/api/modules/_sdmkit_decision-aid.html`, { waitUntil: 'load' });
      for (const f of await axeFindings(page, 'wcag', [TYPEDOC_NAVIGATION]))
        findings.push(`@sdmkit/decision-aid: ${f}`);
      findings.push(...slot.events);
      if (findings.length > 0) throw new Error(`API reference:\n  ${findings.slice(0, 25).join('\n  ')}`);
    }));
});
