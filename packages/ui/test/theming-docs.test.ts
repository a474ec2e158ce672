// docs/theming.md must list exactly the theme inputs (`--sdm-theme-*`) that the stylesheets read, so a new or
// renamed input cannot go undocumented.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const names = (text: string) => new Set(text.match(/--sdm-theme-[a-z0-9-]+/g) ?? []);

describe('theming docs', () => {
  it('documents every theme input the CSS reads, and no other', () => {
    const css = readdirSync(resolve(repo, 'packages'))
      .map((p) => resolve(repo, 'packages', p, 'src/styles.css'))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const inCss = names(css);
    const docs = readFileSync(resolve(repo, 'docs/theming.md'), 'utf8');
    const table = docs.slice(docs.indexOf('## Theme inputs'), docs.indexOf('## Your colours'));
    expect(inCss.size).toBeGreaterThan(10);
    expect([...names(table)].sort()).toEqual([...inCss].sort());
  });
});
