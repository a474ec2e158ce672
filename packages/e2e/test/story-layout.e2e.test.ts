// Over EVERY story of the built Storybook:
// - 320 CSS px wide (WCAG 1.4.10 reflow) in English and Arabic: no horizontal scrolling, nothing clipped;
// - text at 200 % (WCAG 1.4.4) at 1024 px: no horizontal scrolling, nothing clipped;
// - prefers-reduced-motion: no transitions or animations run inside a widget;
// - forced-colors (Windows high contrast): every icon (svg) inside a widget still draws something visible.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../src/static-server.js';
import { launchChromium, listStories, openStory, storybookDir, storyUrl } from '../src/storybook.js';

const stories = listStories();

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

/** Elements inside the story that scroll horizontally or cut off their content, and page-level overflow. */
function overflowReport(page: Page) {
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

describe.each(stories.map((s) => [s.id, s] as const))('story %s', (_id, story) => {
  it('reflows at 320 px and with 200 % text, honours reduced motion and forced colours', async () => {
    const findings: string[] = [];
    const narrow = await browser.newPage({ viewport: { width: 320, height: 800 } });
    for (const locale of ['en', 'ar']) {
      await openStory(narrow, storyUrl(server.origin, story.id, { locale }));
      for (const p of await overflowReport(narrow)) findings.push(`320px ${locale}: ${p}`);
    }
    await narrow.close();

    const zoomed = await browser.newPage({ viewport: { width: 1024, height: 800 }, reducedMotion: 'reduce' });
    await openStory(zoomed, storyUrl(server.origin, story.id));
    await zoomed.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    for (const p of await overflowReport(zoomed)) findings.push(`200% text: ${p}`);
    const moving = await zoomed.evaluate(() =>
      [...document.querySelectorAll('.sdm-root, .sdm-root *')]
        .filter((el) => {
          const s = getComputedStyle(el);
          const long = (v: string) => v.split(',').some((d) => Number.parseFloat(d) > 0.01);
          return (
            (long(s.transitionDuration) && s.transitionProperty !== 'none') ||
            (s.animationName !== 'none' && long(s.animationDuration))
          );
        })
        .map((el) => el.className)
        .slice(0, 5),
    );
    for (const m of moving) findings.push(`reduced motion: still animates: ${m}`);
    await zoomed.close();

    const forced = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await forced.emulateMedia({ forcedColors: 'active' });
    await openStory(forced, storyUrl(server.origin, story.id));
    const invisible = await forced.evaluate(() =>
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
        .map((svg) => svg.getAttribute('aria-label') ?? svg.parentElement?.className ?? 'svg')
        .slice(0, 5),
    );
    for (const i of invisible) findings.push(`forced colours: icon draws nothing: ${i}`);
    await forced.close();

    expect(findings, `\n  ${story.id}:\n  ${findings.join('\n  ')}\n`).toEqual([]);
  }, 120_000);
});
