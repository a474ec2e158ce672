// Where Chromium is and how we start it, for every browser test. Only Debian's Chromium is used: no test tool
// downloads its own browser.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.SDM_CHROMIUM ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/**
 * With Chromium's accessibility on from the start, as in a browser a screen reader runs with: for the checks that read
 * its accessibility tree. Turned on later, through CDP, the tree leaves out what `content-visibility: auto` skipped
 * (ADR 0011).
 */
export const chromiumAccessibilityArgs = [...chromiumArgs, '--force-renderer-accessibility'];

export function hasChromium() {
  return existsSync(chromiumPath);
}
