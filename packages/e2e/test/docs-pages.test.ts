// The documentation site shows every markdown file of docs/ as a page: each file has its entry in
// stories/docs/pages.ts (which Guide.tsx uses to turn links between files into links between pages) and an MDX page
// with that title that renders it. A new guide or decision record without a page fails here, not on a reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_PAGES } from '../../../stories/docs/pages.js';
import { repoRoot } from '../src/packing.js';

const markdown = (dir: string) =>
  readdirSync(join(repoRoot, dir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `${dir}/${f}`);

const mdxPages = (dir: string) =>
  readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(join(repoRoot, dir, f), 'utf8'));

describe('documentation site pages', () => {
  it('lists every markdown file of docs/ and docs/adr/ once', () => {
    expect(DOC_PAGES.map((p) => p.file).sort()).toEqual([...markdown('docs'), ...markdown('docs/adr')].sort());
  });

  it('has an MDX page for each, with the title pages.ts gives and the file it renders', () => {
    const pages = mdxPages('stories/docs');
    for (const { file, title } of DOC_PAGES) {
      const page = pages.find((p) => p.includes(`file="${file}"`));
      expect(page, file).toBeDefined();
      expect(page).toContain(`<Meta title="${title}" />`);
      expect(page).toContain(`/${file}?raw';`);
    }
  });
});
