// Keyboard walk over EVERY story of the built Storybook (English and Arabic): Tab through the whole story and back
// with Shift+Tab. At every stop the focused element must be inside the story, visible, and show a visible focus
// indicator (an outline or a box shadow); focus must move on every key press (never trapped outside a dialog and never
// lost to <body>), and Shift+Tab must retrace the same stops in reverse.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../src/static-server.js';
import { installStoryHooks, launchChromium, listStories, openStory, storybookDir, storyUrl } from '../src/storybook.js';

const stories = listStories();
const MAX_STOPS = 150;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(storybookDir);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Stop {
  readonly id: string;
  readonly inStory: boolean;
  readonly visible: boolean;
  readonly indicator: boolean;
  readonly inDialog: boolean;
}

function focusStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const path: string[] = [];
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
      const siblings = n.parentElement ? [...n.parentElement.children] : [];
      path.unshift(`${n.tagName.toLowerCase()}:${siblings.indexOf(n)}`);
    }
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    // A radio group is one Tab stop: browsers enter it at the first radio going forward and at the last going back.
    const radioGroup = el instanceof HTMLInputElement && el.type === 'radio' ? `radio-group:${el.name}` : null;
    const shadow = style.boxShadow !== 'none';
    return {
      id:
        radioGroup ??
        `${path.join('>')}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      inStory: Boolean(el.closest('#storybook-root') ?? el.closest('.sdm-root')),
      visible: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden',
      indicator: outline || shadow,
      inDialog: Boolean(el.closest('[role="dialog"], [role="alertdialog"]')),
    };
  });
}

describe.each(stories.map((s) => [s.id, s] as const))('story %s', (_id, story) => {
  it('can be walked with Tab and Shift+Tab with visible focus at every stop', async () => {
    const findings: string[] = [];
    for (const locale of ['en', 'ar']) {
      const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
      await installStoryHooks(page);
      await openStory(page, storyUrl(server.origin, story.id, { locale }));
      // Start from the top of the page, as a keyboard user arriving at the widget would.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.getSelection()?.removeAllRanges();
      });
      const forward: string[] = [];
      for (let i = 0; i < MAX_STOPS; i++) {
        await page.keyboard.press('Tab');
        const stop = await focusStop(page);
        if (!stop) break; // focus left the document: the walk is complete
        if (!stop.inStory) break;
        // Date and time fields move between their own parts on Tab while staying the focused element.
        if (forward[forward.length - 1] === stop.id) continue;
        if (forward.includes(stop.id)) {
          if (!stop.inDialog)
            findings.push(`${locale}: Tab cycles back to an earlier stop outside a dialog: ${stop.id}`);
          break;
        }
        if (!stop.visible) findings.push(`${locale}: focus on an invisible element: ${stop.id}`);
        if (!stop.indicator) findings.push(`${locale}: no visible focus indicator: ${stop.id}`);
        forward.push(stop.id);
      }
      if (forward.length === MAX_STOPS) findings.push(`${locale}: more than ${MAX_STOPS} stops; focus may be trapped`);
      // Back again: Shift+Tab from the last stop retraces the same stops.
      const backward: string[] = [];
      if (forward.length > 1) {
        // From the last stop, Shift+Tab back to the first: the same stops in reverse.
        const last = forward[forward.length - 1];
        for (let i = 0; i < MAX_STOPS * 2; i++) {
          await page.keyboard.press('Shift+Tab');
          const stop = await focusStop(page);
          if (!stop || !stop.inStory) break;
          if (stop.id === last && backward.length === 0) continue;
          if (backward[backward.length - 1] === stop.id) continue;
          backward.push(stop.id);
          if (stop.id === forward[0]) break;
        }
        const expected = forward.slice(0, -1).reverse();
        if (backward.join('|') !== expected.join('|')) {
          const at = backward.findIndex((id, i) => id !== expected[i]);
          findings.push(
            `${locale}: Shift+Tab order differs from Tab order at step ${at}: ${backward[at]} instead of ${expected[at]}`,
          );
        }
      }
      await page.close();
    }
    expect(findings, `\n  ${story.id}:\n  ${findings.slice(0, 15).join('\n  ')}\n`).toEqual([]);
  }, 120_000);
});
