// The checks the one story pass (test/story-pass.e2e.test.ts) runs on a story that is already open in a page. Each
// function reads the page as it is and returns findings as text; none reloads the page, so the pass can run them all
// on one load per story and locale.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core, served to the pages by the test's static server at AXE_PATH (`serveStatic(dir, { [AXE_PATH]: axeFile })`):
 * loaded by URL, the browser caches the script and its compiled code, where injecting its text would compile its
 * half a megabyte again on every story load (about 280 ms each).
 */
export const AXE_PATH = '/__sdm/axe.min.js';
export const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules every story meets in its default theme. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Page-level rules that cannot apply to a component rendered alone in Storybook's iframe. Nothing else is
 * disabled.
 */
export const DISABLED_RULES = [
  // A story is a fragment of a host page: the portal provides the page's single <main> landmark.
  'landmark-one-main',
  // Likewise the page's <h1> belongs to the host page; widgets use headings relative to where they are embedded.
  'page-has-heading-one',
  // "All content in landmarks" is a best-practice rule about whole pages; the host decides the landmarks.
  'region',
];

/** What axe checks: every WCAG A/AA rule, or only the colour rules (themes other than the default). */
export type AxeScope = 'wcag' | 'colour';

/** The WCAG A/AA rules a theme can break: a theme changes colours only. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe-core in the page (injected once per page load) and returns its violations as findings. */
export async function axeFindings(page: Page, scope: AxeScope, exclude: readonly string[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  const violations = await page.evaluate(
    async ({ tags, disabled, colour, scope, exclude }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = exclude.length > 0 ? { include: [['html']], exclude: exclude.map((s) => [s]) } : document;
      const result = await axe.run(context, {
        runOnly: scope === 'wcag' ? { type: 'tag', values: tags } : { type: 'rule', values: colour },
        rules: Object.fromEntries(disabled.map((r) => [r, { enabled: false }])),
      });
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`.slice(0, 400)),
      }));
    },
    { tags: WCAG_TAGS, disabled: DISABLED_RULES, colour: COLOUR_RULES, scope, exclude: [...exclude] },
  );
  return violations.map((v) => `axe ${v.id}: ${v.help}\n      ${v.nodes.join('\n      ')}`);
}

// --- Screen-reader semantics -------------------------------------------------------------------------------------

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
export async function semanticFindings(page: Page): Promise<string[]> {
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

// --- Keyboard walk -----------------------------------------------------------------------------------------------

const MAX_STOPS = 150;

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

/**
 * Tabs through the whole story from the top of the page and back with Shift+Tab. At every stop the focused element
 * must be inside the story, visible, and show a visible focus indicator (an outline or a box shadow); focus must move
 * on every key press (never trapped outside a dialog and never lost to <body>), and Shift+Tab must retrace the same
 * stops in reverse.
 */
export async function keyboardFindings(page: Page): Promise<string[]> {
  const findings: string[] = [];
  // Start from the top of the page, as a keyboard user arriving at the widget would. A focusable marker after
  // everything else ends the walk: past the last element Chromium hands focus to the browser, and a page that has
  // done that once wraps around to its first element instead, which would read as a focus trap.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
    const end = document.createElement('span');
    end.tabIndex = 0;
    end.dataset.sdmWalkEnd = '';
    end.textContent = 'end of page';
    document.body.append(end);
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
      if (!stop.inDialog) findings.push(`Tab cycles back to an earlier stop outside a dialog: ${stop.id}`);
      break;
    }
    if (!stop.visible) findings.push(`focus on an invisible element: ${stop.id}`);
    if (!stop.indicator) findings.push(`no visible focus indicator: ${stop.id}`);
    forward.push(stop.id);
  }
  if (forward.length === MAX_STOPS) findings.push(`more than ${MAX_STOPS} stops; focus may be trapped`);
  if (forward.length > 1) {
    // From the last stop, Shift+Tab back to the first: the same stops in reverse.
    const last = forward[forward.length - 1];
    const backward: string[] = [];
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
      findings.push(`Shift+Tab order differs from Tab order at step ${at}: ${backward[at]} instead of ${expected[at]}`);
    }
  }
  // Leave the page as the walk found it: nothing focused, no marker.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelector('[data-sdm-walk-end]')?.remove();
  });
  return findings;
}

// --- Layout ------------------------------------------------------------------------------------------------------

/** Elements inside the story that scroll horizontally or cut off their content, and page-level overflow. */
export function overflowFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1)
      problems.push(`page scrolls horizontally (${doc.scrollWidth} > ${doc.clientWidth})`);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
    // Content hidden for sight but kept for screen readers (the clip pattern) is meant to be clipped.
    const hiddenForSight = (node: Element | null): boolean => {
      for (let n = node; n && n !== document.body; n = n.parentElement) {
        const st = getComputedStyle(n);
        const r = n.getBoundingClientRect();
        if (st.clipPath.startsWith('inset(50%') || (st.position === 'absolute' && r.width <= 1 && r.height <= 1))
          return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('#storybook-root *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (el.closest('.sdm-VisuallyHidden, [data-sdm-print-only]')) continue;
      if (hiddenForSight(el)) continue;
      // Text fields scroll their own text by design; only their box must fit.
      const field = ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
      const clips = !field && ['hidden', 'clip'].includes(style.overflowX);
      if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} clips its content`);
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && (rect.right > doc.clientWidth + 1 || rect.left < -1) && style.position !== 'fixed') {
        problems.push(
          `${describe(el)} sticks out of the viewport (${Math.round(rect.left)}..${Math.round(rect.right)})`,
        );
      }
    }
    // Text squeezed into a box a few characters wide, which overflow alone does not catch (issue 21: the option
    // grid's caption one letter per line, 816 px tall, at 320 px). A text node longer than 3 characters
    // (graphemes) fails when the box it flows in (its nearest ancestor that is not inline) is narrower than 3
    // average characters (0.5 em each), or when it wraps into lines of fewer than 3 characters on average. Only
    // text a person can see now: not inside a closed <details>, not hidden for sight.
    const skipped = new Map<Element, boolean>();
    const hiddenText = (el: Element): boolean => {
      let hidden = skipped.get(el);
      if (hidden === undefined) {
        // Not rendered, `visibility: hidden`, or inside a closed <details> (content-visibility: hidden).
        hidden =
          !el.checkVisibility({ visibilityProperty: true }) ||
          el.closest('.sdm-VisuallyHidden, [data-sdm-print-only]') !== null ||
          hiddenForSight(el);
        skipped.set(el, hidden);
      }
      return hidden;
    };
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const root = document.querySelector('#storybook-root');
    const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const chars = [...graphemes.segment(text)].length;
      const parent = node.parentElement;
      if (chars <= 3 || !parent || hiddenText(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      const em = Number.parseFloat(getComputedStyle(parent).fontSize);
      const quoted = `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
      let box: Element = parent;
      while (box.parentElement && /^(inline|contents)$/.test(getComputedStyle(box).display)) box = box.parentElement;
      const bs = getComputedStyle(box);
      const inner = box.clientWidth - Number.parseFloat(bs.paddingInlineStart) - Number.parseFloat(bs.paddingInlineEnd);
      if (box.clientWidth > 0 && inner < 1.5 * em) {
        problems.push(`${describe(box)} is ${Math.round(inner)} px wide for the text ${quoted}`);
        continue;
      }
      // Lines: fragments whose vertical middles differ by more than half a fragment's height.
      const middles = rects.map((r) => r.top + r.height / 2).sort((a, b) => a - b);
      const half = Math.min(...rects.map((r) => r.height)) / 2;
      let lines = 1;
      for (let i = 1; i < middles.length; i++) if ((middles[i] ?? 0) - (middles[i - 1] ?? 0) > half) lines++;
      if (lines > 1 && chars / lines < 3)
        problems.push(
          `${describe(parent)} wraps ${quoted} into ${lines} lines of ${(chars / lines).toFixed(1)} characters`,
        );
    }
    return [...new Set(problems)].slice(0, 10);
  });
}

/** Elements inside a widget that still transition or animate (run while `prefers-reduced-motion: reduce` holds). */
export async function motionFindings(page: Page): Promise<string[]> {
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('.sdm-root, .sdm-root *')]
      .filter((el) => {
        const s = getComputedStyle(el);
        const long = (v: string) => v.split(',').some((d) => Number.parseFloat(d) > 0.01);
        return (
          (long(s.transitionDuration) && s.transitionProperty !== 'none') ||
          (s.animationName !== 'none' && long(s.animationDuration))
        );
      })
      .map((el) => String(el.className))
      .slice(0, 5),
  );
  return moving.map((m) => `reduced motion: still animates: ${m}`);
}

/** Icons (svg) inside a widget that draw nothing (run while `forced-colors: active` holds). */
export async function forcedColourFindings(page: Page): Promise<string[]> {
  const invisible = await page.evaluate(() =>
    [...document.querySelectorAll('.sdm-root svg')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .filter((svg) => {
        const shapes = [...svg.querySelectorAll('path, circle, rect, polygon, ellipse, line, use')];
        return !shapes.some((shape) => {
          const s = getComputedStyle(shape);
          const visible = (c: string) => c !== 'none' && !/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent';
          return visible(s.fill) || (visible(s.stroke) && Number.parseFloat(s.strokeWidth) > 0);
        });
      })
      .map((svg) => svg.getAttribute('aria-label') ?? String(svg.parentElement?.className ?? 'svg'))
      .slice(0, 5),
  );
  return invisible.map((i) => `forced colours: icon draws nothing: ${i}`);
}

// --- Live regions ------------------------------------------------------------------------------------------------
// A screen reader announces a live region (role status, alert or log, aria-live, output) only when text changes
// inside a region that is already in the page. A polite region inserted with its text already in it
// (`{error ? <p role="status">{error}</p> : null}`) is silent. The observer below, injected before the story renders,
// records every live region added to the story while it renders and its play function runs. A finding is a region
// inserted already holding text when the inserted subtree holds nothing but that region's text (a message appearing on
// its own). Regions that arrive inside a whole new view (a step, a mode) are part of that view, not a change to
// announce. `role="alert"` is exempt: browsers fire an alert event when one appears.

interface LiveFinding {
  readonly phase: string;
  readonly region: string;
  readonly text: string;
}

/** Runs in the page before any script (`page.addInitScript`): keeps its findings in `window.__sdmLive`. */
export function observeLiveRegions() {
  const w = window as unknown as {
    __sdmLive: { phase: string; findings: LiveFinding[] };
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

/** Live regions the observer saw inserted already holding their message since the page loaded. */
export async function liveRegionFindings(page: Page): Promise<string[]> {
  const found = await page.evaluate(
    () => (window as unknown as { __sdmLive: { findings: LiveFinding[] } }).__sdmLive.findings,
  );
  return found.map((f) => `${f.region} inserted already holding "${f.text}" (${f.phase}): screen readers miss it`);
}

// --- Links of the documentation pages ----------------------------------------------------------------------------

/**
 * Every link on a docs page goes somewhere: an anchor to an element of the page, a story or docs page that the
 * index lists, a file the site serves (HTTP 200), or an https address (not fetched: the pass makes no request
 * outside the site). Anything else (a markdown file name, a relative path into the repository) is broken.
 */
export async function linkFindings(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate(async (known) => {
    const ids = new Set(known);
    const out: string[] = [];
    const links = [...document.querySelectorAll<HTMLAnchorElement>('#storybook-docs a[href]')];
    for (const a of links) {
      const raw = a.getAttribute('href') ?? '';
      const label = `"${(a.textContent ?? '').trim().slice(0, 60)}" -> ${raw}`;
      if (/^https:\/\//.test(raw)) continue;
      if (raw.startsWith('#')) {
        if (!document.getElementById(decodeURIComponent(raw.slice(1)))) out.push(`no element for the anchor ${label}`);
        continue;
      }
      const url = new URL(raw, location.href);
      if (url.origin !== location.origin) {
        out.push(`link to another site without https: ${label}`);
        continue;
      }
      const path = url.searchParams.get('path');
      if (path !== null) {
        const id = path.replace(/^\/(story|docs)\//, '');
        if (!ids.has(id)) out.push(`no story or docs page "${id}": ${label}`);
        continue;
      }
      const res = await fetch(url, { method: 'GET' });
      if (!res.ok) out.push(`HTTP ${res.status}: ${label}`);
    }
    if (links.length === 0 && document.querySelector('#storybook-docs .sbdocs-content') === null)
      out.push('no docs content');
    return out;
  }, ids);
}
