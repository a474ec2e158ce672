// Over EVERY story of the built Storybook, in en/es/ar and in every theme:
// - axe-core with the WCAG 2.0/2.1/2.2 A and AA tags: 0 violations;
// - privacy and hygiene: no request beyond Storybook's own static files, no cookies, no storage writes unless the
//   story is tagged `writes-storage`, no console.error / React warning, no uncaught page error.
// Failures print the story id, locale, theme, rule and the offending nodes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../src/static-server.js';
import { installStoryHooks, launchChromium, listStories, openStory, storybookDir, storyUrl } from '../src/storybook.js';

const LOCALES = ['en', 'es', 'ar'] as const;
const THEMES = ['default', 'dark', 'high-contrast'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Page-level rules that cannot apply to a component rendered alone in Storybook's iframe. Nothing else is
 * disabled.
 */
const DISABLED_RULES = [
  // A story is a fragment of a host page: the portal provides the page's single <main> landmark.
  'landmark-one-main',
  // Likewise the page's <h1> belongs to the host page; widgets use headings relative to where they are embedded.
  'page-has-heading-one',
  // "All content in landmarks" is a best-practice rule about whole pages; the host decides the landmarks.
  'region',
];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const stories = listStories();

interface Finding {
  readonly where: string;
  readonly what: string;
}

interface Violation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Runs axe in the page; waits while Storybook's own a11y check (addon-a11y) is still running. */
async function runAxe(target: Page): Promise<Violation[]> {
  const hasAxe = await target.evaluate(() => 'axe' in window);
  if (!hasAxe) await target.addScriptTag({ content: axeSource });
  for (let attempt = 0; ; attempt++) {
    try {
      return await target.evaluate(
        async ({ tags, disabled }) => {
          const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            rules: Object.fromEntries(disabled.map((r) => [r, { enabled: false }])),
          });
          return result.violations.map((v) => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`.slice(0, 400)),
          }));
        },
        { tags: WCAG_TAGS, disabled: DISABLED_RULES },
      );
    } catch (error) {
      if (attempt < 50 && String(error).includes('already running')) {
        await target.waitForTimeout(100);
        continue;
      }
      throw error;
    }
  }
}

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let events: Finding[] = [];
let current = '';

beforeAll(async () => {
  server = await serveStatic(storybookDir);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  page = await context.newPage();
  await installStoryHooks(page);
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      events.push({ where: current, what: `network request to ${url}` });
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) events.push({ where: current, what: `HTTP ${res.status()} for ${res.url()}` });
  });
  page.on('console', (msg) => {
    // Failed loads are reported with their URL by the response listener above.
    if (msg.text().startsWith('Failed to load resource')) return;
    if (msg.type() === 'error' || (msg.type() === 'warning' && /React|Warning:/.test(msg.text()))) {
      events.push({ where: current, what: `console.${msg.type()}: ${msg.text().slice(0, 300)}` });
    }
  });
  page.on('pageerror', (error) => events.push({ where: current, what: `uncaught ${error.message.slice(0, 300)}` }));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(stories.map((s) => [s.id, s] as const))('story %s', (_id, story) => {
  it('is accessible, private and quiet in every locale and theme', async () => {
    const findings: Finding[] = [];
    /** Play-function failures outside English, per locale and theme: their console errors are not the widget's. */
    const playErrors = new Map<string, string[]>();
    events = [];
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        current = `${story.id} [${locale}, ${theme}]`;
        await context.clearCookies();
        await openStory(page, storyUrl(server.origin, story.id, { locale, theme }));
        if (locale !== 'en') {
          const errors = await page.evaluate(
            () => (window as unknown as { __sdmPlayErrors: string[] }).__sdmPlayErrors,
          );
          playErrors.set(
            current,
            errors.map((m) => m.split('\n')[0] ?? m),
          );
        }
        const violations = await runAxe(page);
        for (const v of violations) {
          findings.push({ where: current, what: `axe ${v.id}: ${v.help}\n      ${v.nodes.join('\n      ')}` });
        }
        const cookies = await context.cookies();
        if (cookies.length > 0) findings.push({ where: current, what: `cookies set: ${cookies.map((c) => c.name)}` });
        const stored = await page.evaluate(() => ({
          local: Object.keys(localStorage),
          session: Object.keys(sessionStorage).filter((k) => !k.startsWith('@storybook/')),
        }));
        const wrote = [...stored.local, ...stored.session];
        if (wrote.length > 0 && !story.tags.includes('writes-storage')) {
          findings.push({ where: current, what: `storage written without opt-in: ${wrote.join(', ')}` });
        }
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      }
    }
    findings.push(
      ...events.filter((e) => !(playErrors.get(e.where) ?? []).some((m) => m.length > 0 && e.what.includes(m))),
    );
    const report = findings.map((f) => `  ${f.where}: ${f.what}`).join('\n');
    expect(findings.length, `\n${report}\n`).toBe(0);
  }, 120_000);
});
