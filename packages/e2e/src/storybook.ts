// Reads the built Storybook's story index and opens stories in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

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

/** Every story of the built Storybook (docs entries left out). Fails loudly when Storybook was not built. */
export function listStories(): StoryEntry[] {
  const index = join(storybookDir, 'index.json');
  if (!existsSync(index)) throw new Error(`No built Storybook at ${storybookDir}: run "pnpm build-storybook" first.`);
  const json = JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, StoryEntry & { type: string }> };
  return Object.values(json.entries).filter((e) => e.type === 'story');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * Listens on Storybook's channel: `window.__sdmDone` turns true when the story finished rendering and its play
 * function finished (or failed), and play-function failures are kept in `window.__sdmPlayErrors`. Play functions are
 * interaction tests written for the default language (run by the `storybook` project); in other languages they may
 * look for English text and stop, which is not a fault of the widget.
 */
export async function installStoryHooks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __sdmPlayErrors: string[];
      __sdmDone: boolean;
      __STORYBOOK_ADDONS_CHANNEL__?: { on(event: string, fn: (e: { message?: string }) => void): void };
    };
    w.__sdmPlayErrors = [];
    w.__sdmDone = false;
    const timer = setInterval(() => {
      const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) return;
      clearInterval(timer);
      channel.on('playFunctionThrewException', (e) => {
        w.__sdmPlayErrors.push(String(e?.message ?? e));
        w.__sdmDone = true;
      });
      for (const event of ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing']) {
        channel.on(event, () => {
          w.__sdmDone = true;
        });
      }
    }, 5);
  });
}

export function storyUrl(origin: string, id: string, globals: Record<string, string> = {}): string {
  const g = Object.entries(globals)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  return `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${g ? `&globals=${g}` : ''}`;
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
  // Let effects (hydration of saved data, focus management) settle, and running transitions finish, so that checks
  // see what a person sees at rest.
  await page.waitForTimeout(50);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}
