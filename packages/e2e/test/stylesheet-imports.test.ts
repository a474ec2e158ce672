// The widgets' and the clinician screen's stylesheets hold only their own parts: the tokens (`--sdm-*`, among them
// the 44 px `--sdm-target-size`), the themes and the shared parts (`.sdm-Button`…) are in `@sdmkit/ui/styles.css`,
// which a page imports once. A page without it still renders, with browser-default 21 px buttons, and axe's
// target-size rule can pass that through its spacing exception: the clinician test page and docs/clinician.md left
// it out until CI failed on another machine's fonts. So every document and test page that imports one of those
// stylesheets imports ui's too. (Storybook loads it in .storybook/preview.tsx; @sdmkit/elements inlines it.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const filesIn = (dir: string, ending: RegExp) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ending.test(f))
    .map((f) => join(dir, f));

const PAGES = [
  'README.md',
  ...filesIn('docs', /\.mdx?$/),
  ...readdirSync(join(root, 'packages'))
    .map((p) => join('packages', p, 'README.md'))
    .filter((f) => existsSync(join(root, f))),
  ...filesIn('packages/e2e/src', /\.tsx?$/),
];

const PART_SHEET = /@sdmkit\/(decision-aid|visit-prep|question-list|clinician)\/styles\.css/;

describe('pages that import a widget stylesheet', () => {
  it('are found', () => {
    expect(PAGES.filter((f) => PART_SHEET.test(readFileSync(join(root, f), 'utf8'))).length).toBeGreaterThan(5);
  });

  it('import @sdmkit/ui/styles.css as well', () => {
    const without = PAGES.filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return PART_SHEET.test(text) && !text.includes('@sdmkit/ui/styles.css');
    });
    expect(without).toEqual([]);
  });
});
