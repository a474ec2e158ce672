// The widgets' rows come in lists of up to 1,000 (issue 17). A selector that relates a row to its siblings (`+`, `~`)
// or to its place among them (`:nth-child`, `:first-child`, `:last-of-type`…) makes Chromium style every row of the
// list again when one row is added, removed or moved: with `[data-top='true'] + [data-top='false']` in the question
// list, moving one question among 1,000 restyled 1,001 elements (41 ms of a 160–200 ms interaction at 4x CPU). So the
// stylesheets use none; a row that needs a look of its own gets an attribute from its component (`data-top-end`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SHEETS = ['ui', 'decision-aid', 'visit-prep', 'question-list'].map((name) => ({
  name,
  path: fileURLToPath(new URL(`../../${name}/src/styles.css`, import.meta.url)),
}));

/** Every selector list of a stylesheet (the text before each `{`, at-rule preludes left out). */
function selectorsOf(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      const prelude = text.slice(start, i).trim();
      if (prelude && !prelude.startsWith('@')) out.push(prelude.replace(/\s+/g, ' '));
      start = i + 1;
    } else if (c === '}' || c === ';') start = i + 1;
  }
  return out;
}

/** What in a selector ties an element to its siblings, or null. Attribute values and strings are left out. */
function siblingPart(selector: string): string | null {
  const bare = selector.replace(/\[[^\]]*\]/g, '[]').replace(/(['"]).*?\1/g, '""');
  return (
    /\s[+~]\s|[^\s(][+~][^\s=]|:(nth-(last-)?(child|of-type)|(first|last|only)-(child|of-type))\b/.exec(bare)?.[0] ??
    null
  );
}

describe('row selectors', () => {
  it('finds the parts it is meant to find', () => {
    expect(siblingPart(":where(.a[data-top='true'] + .a[data-top='false'])")).toBe(' + ');
    expect(siblingPart('.a ~ .b')).toBe(' ~ ');
    expect(siblingPart('.a>.b:nth-child(2n)')).toBe(':nth-child');
    expect(siblingPart('.a:last-of-type')).toBe(':last-of-type');
    expect(siblingPart(".a[data-x~='y'] > .b")).toBeNull();
    expect(siblingPart(':where(.a:has(> .b))')).toBeNull();
    expect(selectorsOf('@media (width > 40em) { .a + .b { x: calc(1px + 2px); } } /* .c ~ .d {} */')).toEqual([
      '.a + .b',
    ]);
  });

  for (const sheet of SHEETS)
    it(`${sheet.name}: no selector ties an element to its siblings or to its place among them`, () => {
      const found = selectorsOf(readFileSync(sheet.path, 'utf8')).flatMap((s) => {
        const part = siblingPart(s);
        return part ? [`${s} (${part.trim()})`] : [];
      });
      expect(found, `${sheet.name}/src/styles.css`).toEqual([]);
    });
});
