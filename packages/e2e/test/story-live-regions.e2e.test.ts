// Live regions over EVERY story of the built Storybook: a screen reader announces a live region (role status, alert
// or log, aria-live, output) only when text changes inside a region that is already in the page. A polite region
// inserted with its text already in it (`{error ? <p role="status">{error}</p> : null}`) is silent.
// A MutationObserver, injected before the story renders, records every live region added to the story while it
// renders and its play function runs. A finding is a region inserted already holding text when the inserted
// subtree holds nothing but that region's text (a message appearing on its own). Regions that arrive inside a whole
// new view (a step, a mode) are part of that view, not a change to announce. `role="alert"` is exempt: browsers
// fire an alert event when one appears. Failures list story, region and text.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../src/static-server.js';
import { installStoryHooks, launchChromium, listStories, openStory, storybookDir, storyUrl } from '../src/storybook.js';

const stories = listStories();

interface Finding {
  readonly phase: string;
  readonly region: string;
  readonly text: string;
}

/** Runs in the page before any script: observes the document and keeps findings in `window.__sdmLive`. */
function observeLiveRegions() {
  const w = window as unknown as {
    __sdmLive: { phase: string; findings: Finding[] };
    __STORYBOOK_ADDONS_CHANNEL__?: { on(event: string, fn: (e: { newPhase?: string }) => void): void };
  };
  w.__sdmLive = { phase: 'loading', findings: [] };
  const timer = setInterval(() => {
    const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return;
    clearInterval(timer);
    channel.on('storyRenderPhaseChanged', (e) => {
      w.__sdmLive.phase = String(e?.newPhase ?? w.__sdmLive.phase);
    });
  }, 5);
  const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"]), output';
  const inStory = (el: Element) => el.closest('#storybook-root, .sdm-root, [role="dialog"], [role="alertdialog"]');
  const text = (n: Node) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();
  const label = (el: Element) => {
    const role = el.getAttribute('role') ?? (el.tagName === 'OUTPUT' ? 'output' : '');
    const live = el.getAttribute('aria-live');
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
    return `<${el.tagName.toLowerCase()}${cls}${role ? ` role=${role}` : ''}${live ? ` aria-live=${live}` : ''}>`;
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || !node.isConnected || !inStory(node)) continue;
        const regions = [...(node.matches(LIVE) ? [node] : []), ...node.querySelectorAll(LIVE)];
        for (const region of regions) {
          if (region.getAttribute('role') === 'alert') continue;
          const said = text(region);
          // A message on its own: the inserted subtree says nothing but what the region says.
          if (said !== '' && text(node) === said) {
            w.__sdmLive.findings.push({ phase: w.__sdmLive.phase, region: label(region), text: said.slice(0, 120) });
          }
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(storybookDir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  await page.addInitScript(observeLiveRegions);
  await installStoryHooks(page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(stories.map((s) => [s.id, s] as const))('story %s', (id) => {
  it('announces through live regions that were in the page before their text changed', async () => {
    await openStory(page, storyUrl(server.origin, id, { locale: 'en' }));
    const findings = await page.evaluate(
      () => (window as unknown as { __sdmLive: { findings: Finding[] } }).__sdmLive.findings,
    );
    const report = findings.map(
      (f) => `${id}: ${f.region} inserted already holding "${f.text}" (${f.phase}): screen readers miss it`,
    );
    expect(report, `\n  ${report.join('\n  ')}\n`).toEqual([]);
  });
});
