// Reads the built Storybook's story index and opens stories in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumAccessibilityArgs, chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

/** The built Storybook; `SDM_STORYBOOK_DIR` points the gates at another build (e.g. one broken on purpose). */
export const storybookDir = process.env.SDM_STORYBOOK_DIR
  ? resolve(process.env.SDM_STORYBOOK_DIR)
  : resolve(import.meta.dirname, '..', '..', '..', 'storybook-static');

export interface StoryEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly tags: readonly string[];
}

function indexEntries(): (StoryEntry & { type: string })[] {
  const index = join(storybookDir, 'index.json');
  if (!existsSync(index)) throw new Error(`No built Storybook at ${storybookDir}: run "pnpm build-storybook" first.`);
  const json = JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, StoryEntry & { type: string }> };
  return Object.values(json.entries);
}

/** Every story of the built Storybook (docs entries left out). Fails loudly when Storybook was not built. */
export function listStories(): StoryEntry[] {
  return indexEntries().filter((e) => e.type === 'story');
}

/** Every docs page of the built Storybook: the introduction, the guides and each component's Docs page. */
export function listDocsPages(): StoryEntry[] {
  return indexEntries().filter((e) => e.type === 'docs');
}

/** Every id a link may point to (`?path=/story/<id>` or `?path=/docs/<id>`). */
export function indexIds(): string[] {
  return indexEntries().map((e) => e.id);
}

/**
 * Opens a docs page and waits until its content and every story on it rendered (no loader left, and the page's
 * height stopped changing).
 */
export async function openDocs(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: 15_000 });
  await page.waitForFunction(
    () =>
      document.querySelectorAll('#storybook-docs .sb-loader, #storybook-docs [aria-label="Content is loading..."]')
        .length === 0,
    undefined,
    { timeout: 15_000 },
  );
  let height = -1;
  for (let i = 0; i < 20; i++) {
    await settle(page);
    const now = await page.evaluate(() => document.documentElement.scrollHeight);
    if (now === height) break;
    height = now;
    await page.waitForTimeout(100);
  }
}

/**
 * Chromium for the end-to-end tests. `accessibility`: on from the start (`chromiumAccessibilityArgs`), for the checks
 * that read Chromium's accessibility tree (the story pass). Off where no check reads that tree: it costs time on
 * every page.
 */
export function launchChromium({ accessibility = false }: { accessibility?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: accessibility ? chromiumAccessibilityArgs : chromiumArgs,
    headless: true,
  });
}

/**
 * Listens on Storybook's channel: `window.__sdmDone` turns true when the story finished rendering and its play
 * function finished (or failed); play-function failures are kept in `window.__sdmPlayErrors` and render failures
 * (the story threw, or Storybook showed its error display) in `window.__sdmRenderErrors`. Play functions are
 * interaction tests written for the default language; in other languages they may look for English text and stop,
 * which is not a fault of the widget.
 */
export async function installStoryHooks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Listener = (e: { message?: string; title?: string; description?: string }) => void;
    const w = window as unknown as {
      __sdmPlayErrors: string[];
      __sdmRenderErrors: string[];
      __sdmDone: boolean;
      __STORYBOOK_ADDONS_CHANNEL__?: { on(event: string, fn: Listener): void };
    };
    w.__sdmPlayErrors = [];
    w.__sdmRenderErrors = [];
    w.__sdmDone = false;
    const timer = setInterval(() => {
      const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) return;
      clearInterval(timer);
      channel.on('playFunctionThrewException', (e) => {
        w.__sdmPlayErrors.push(String(e?.message ?? e));
        w.__sdmDone = true;
      });
      for (const event of ['storyErrored', 'storyThrewException', 'storyMissing']) {
        channel.on(event, (e) => {
          w.__sdmRenderErrors.push(`${event}: ${String(e?.message ?? e?.title ?? e?.description ?? '')}`);
          w.__sdmDone = true;
        });
      }
      channel.on('storyRendered', () => {
        w.__sdmDone = true;
      });
    }, 5);
  });
}

/** What Storybook reported while the story rendered and played: play-function and render failures. */
export function storyErrors(page: Page): Promise<{ play: string[]; render: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __sdmPlayErrors: string[]; __sdmRenderErrors: string[] };
    return { play: [...w.__sdmPlayErrors], render: [...w.__sdmRenderErrors] };
  });
}

/**
 * Changes Storybook globals (e.g. the theme) on the open story, as its toolbar does, and waits until the story
 * rendered again. The story is re-rendered, not remounted: its play function does not run again, so the state it
 * left is kept.
 */
export async function updateGlobals(page: Page, globals: Record<string, string>): Promise<void> {
  await page.evaluate((g) => {
    const w = window as unknown as {
      __sdmDone: boolean;
      __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void };
    };
    w.__sdmDone = false;
    w.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: g });
  }, globals);
  await page.waitForFunction(() => (window as unknown as { __sdmDone: boolean }).__sdmDone, undefined, {
    timeout: 15_000,
  });
  await settle(page);
}

export function storyUrl(
  origin: string,
  id: string,
  globals: Record<string, string> = {},
  viewMode: 'story' | 'docs' = 'story',
): string {
  const g = Object.entries(globals)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  return `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}${g ? `&globals=${g}` : ''}`;
}

/** Opens a story and waits until Storybook says it rendered (and its play function finished). */
export async function openStory(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const hooks = (window as unknown as { __sdmDone?: boolean }).__sdmDone;
      if (hooks !== undefined) return hooks;
      const root = document.querySelector('#storybook-root');
      const errored = document.body.classList.contains('sb-show-errordisplay');
      return (
        errored || (root !== null && root.childElementCount > 0 && document.body.classList.contains('sb-show-main'))
      );
    },
    undefined,
    { timeout: 15_000 },
  );
  await settle(page);
}

/**
 * Lets effects (hydration of saved data, focus management) settle, and running transitions finish, so that checks
 * see what a person sees at rest.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(50);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}
