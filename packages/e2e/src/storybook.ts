// Reads the built Storybook's story index and opens stories in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

export const storybookDir = resolve(import.meta.dirname, '..', '..', '..', 'storybook-static');

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
      const root = document.querySelector('#storybook-root');
      const errored = document.body.classList.contains('sb-show-errordisplay');
      return (
        errored || (root !== null && root.childElementCount > 0 && document.body.classList.contains('sb-show-main'))
      );
    },
    undefined,
    { timeout: 15_000 },
  );
  // Let effects (hydration of saved data, focus management) settle.
  await page.waitForTimeout(50);
}
