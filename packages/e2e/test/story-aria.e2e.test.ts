// Screen-reader semantics over EVERY story of the built Storybook, in English and Arabic, read from Chromium's
// accessibility tree (Playwright's aria snapshot of the story, after its play function ran):
// - the snapshot is compared with the committed file packages/e2e/test/__aria__/<story id>.<locale>.aria.yml
//   (update on purpose with `npx vitest run --project e2e packages/e2e/test/story-aria.e2e.test.ts -u`);
// - independent of snapshots, from Chromium's own accessibility tree (DevTools protocol): every interactive node has
//   a non-empty accessible name; as many nodes are checked, expanded and pressed in the tree as in the DOM; every
//   chart (each visible SVG not hidden from assistive technology) is an image with a text alternative.
// One page per locale is reused for every story. Failures name the story, the locale and the node.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../src/static-server.js';
import { installStoryHooks, launchChromium, listStories, openStory, storybookDir, storyUrl } from '../src/storybook.js';

const LOCALES = ['en', 'ar'] as const;
const stories = listStories();

/** Chromium's roles for nodes a person operates: each needs a name a screen reader can say. */
const INTERACTIVE = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'option',
  'switch',
  'slider',
  'spinbutton',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'treeitem',
  'DisclosureTriangle',
]);

interface AXValue {
  readonly value?: unknown;
}
interface AXNode {
  readonly ignored: boolean;
  readonly role?: AXValue;
  readonly name?: AXValue;
  readonly properties?: readonly { readonly name: string; readonly value: AXValue }[];
}

let server: StaticServer;
let browser: Browser;
const pages = new Map<string, Page>();

beforeAll(async () => {
  server = await serveStatic(storybookDir);
  browser = await launchChromium();
  for (const locale of LOCALES) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await installStoryHooks(page);
    pages.set(locale, page);
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The story and anything it put into a portal: the page body (Storybook's own hidden parts are not in the tree). */
const storyRoot = (page: Page): Locator => page.locator('body');

/** The same counts read from the DOM: elements a person can perceive (rendered, not aria-hidden, not inert). */
function countInDom(page: Page) {
  return page.evaluate(() => {
    const shown = (el: Element) => el.checkVisibility() && !el.closest('[aria-hidden="true"], [inert]');
    const count = (selector: string) => [...document.querySelectorAll(selector)].filter(shown).length;
    return {
      checked: count(
        'input[type="checkbox"]:checked, input[type="radio"]:checked, [role="checkbox"][aria-checked="true"], [role="radio"][aria-checked="true"]',
      ),
      expanded: count('[aria-expanded="true"], details[open] > summary'),
      pressed: count('[aria-pressed="true"]'),
    };
  });
}

/**
 * Reads Chromium's own accessibility tree (DevTools protocol) and checks it against the DOM: every interactive node
 * has a non-empty name; as many nodes are checked, expanded and pressed in the tree as in the DOM; every chart
 * (each visible SVG not hidden from assistive technology) is an image with a text alternative.
 */
async function semanticFindings(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  const tree = { checked: 0, expanded: 0, pressed: 0 };
  for (const node of nodes) {
    if (node.ignored) continue;
    const role = String(node.role?.value ?? '');
    const name = String(node.name?.value ?? '').trim();
    const props = new Map((node.properties ?? []).map((p) => [p.name, p.value.value]));
    if (INTERACTIVE.has(role) && name === '') problems.push(`${role} without an accessible name`);
    if (props.get('checked') === 'true') tree.checked++;
    if (props.get('expanded') === true) tree.expanded++;
    if (props.get('pressed') === 'true') tree.pressed++;
  }
  const dom = await countInDom(page);
  for (const key of Object.keys(dom) as (keyof typeof dom)[]) {
    if (dom[key] !== tree[key]) {
      problems.push(`${key}: ${dom[key]} in the DOM but ${tree[key]} exposed in the accessibility tree`);
    }
  }
  const charts = page.locator('#storybook-root svg:not([aria-hidden="true"])');
  for (let i = 0; i < (await charts.count()); i++) {
    const chart = charts.nth(i);
    if (!(await chart.isVisible())) continue;
    if (await chart.evaluate((el) => el.closest('[aria-hidden="true"]') !== null)) continue;
    const own = (await chart.ariaSnapshot()).split('\n')[0] ?? '';
    if (!/^- '?img "[^"]*\S[^"]*"/.test(own)) {
      const html = await chart.evaluate((el) => el.outerHTML.slice(0, 120));
      problems.push(`chart without a text alternative (tree: "${own}"): ${html}`);
    }
  }
  return problems;
}

describe.each(stories.map((s) => [s.id, s] as const))('story %s', (id) => {
  it('exposes named, stateful nodes and text alternatives, as in its committed aria snapshots', async () => {
    const findings: string[] = [];
    for (const locale of LOCALES) {
      const page = pages.get(locale) as Page;
      await openStory(page, storyUrl(server.origin, id, { locale }));
      const snapshot = await storyRoot(page).ariaSnapshot();
      for (const problem of await semanticFindings(page)) findings.push(`${locale}: ${problem}`);
      await expect
        .soft(`${snapshot}\n`, `aria snapshot of ${id} in ${locale}`)
        .toMatchFileSnapshot(`./__aria__/${id}.${locale}.aria.yml`);
    }
    expect(findings, `\n  ${id}:\n  ${findings.slice(0, 20).join('\n  ')}\n`).toEqual([]);
  }, 120_000);
});
