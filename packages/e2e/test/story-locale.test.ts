// @vitest-environment node
// Every story follows the Storybook locale toolbar (`globals.locale`): none fixes its language, unless the story is
// about one language and says so in its name (e.g. `Arabic`, `ArabicRtl`). A cheap text scan of
// stories/**/*.stories.tsx, no Storybook build needed. It finds, outside such stories:
// - `globals: { locale: 'xx' }` on a story (the toolbar then does nothing there);
// - a fixed `locale="xx"` / `lng="xx"` prop, or `locale: 'xx'` in args (in the meta's args only when its render
//   does not pass `locale={globals.locale}`: there the arg is a placeholder the render replaces);
// - example content picked for a fixed language (`getVisitPrepTemplate(kind, 'en')`, `docFor(id, 'en')`,
//   `listFor('en')`, `exampleDecisionAid(id, 'en')`, `newSymptomTemplates.en`, `visitQuestionsByLocale.es`, …).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const storiesDir = join(root, 'stories');

/** A story about one language says so in its name. */
const LANGUAGE_NAMES: Readonly<Record<string, RegExp>> = {
  en: /English/,
  es: /Spanish|Espanol|Español/,
  ar: /Arabic/,
};

const ARGS = 'a fixed locale in args';

const FIXED: readonly { readonly what: string; readonly re: RegExp }[] = [
  { what: 'globals fix the locale', re: /globals:\s*\{[^}]*\blocale:\s*['"]([a-z]{2}(?:-[A-Za-z]+)?)['"]/g },
  { what: 'a fixed locale prop', re: /\b(?:locale|lng)=(?:["']|\{\s*["'])([a-z]{2}(?:-[A-Za-z]+)?)["']/g },
  { what: ARGS, re: /args:\s*\{[^}]*\blocale:\s*['"]([a-z]{2}(?:-[A-Za-z]+)?)['"]/g },
  {
    what: 'example content in a fixed language',
    re: /\b(?:getVisitPrepTemplate|docFor|listFor|exampleDecisionAid)\([^()]*['"]([a-z]{2})['"]\s*\)/g,
  },
  { what: 'example content in a fixed language', re: /\b\w+(?:Templates|ByLocale)\.(en|es|ar)\b/g },
];

function storyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? storyFiles(join(dir, e.name)) : e.name.endsWith('.stories.tsx') ? [join(dir, e.name)] : [],
  );
}

/** The file cut into the part before the first story (imports, helpers, meta) and one part per exported story. */
function parts(source: string): { name: string | null; text: string; offset: number }[] {
  const starts = [...source.matchAll(/^export const (\w+)\s*(?::\s*Story\b|=)/gm)].map((m) => ({
    name: m[1] ?? null,
    index: m.index ?? 0,
  }));
  const all = [{ name: null, index: 0 }, ...starts];
  return all.map((p, i) => ({ name: p.name, text: source.slice(p.index, all[i + 1]?.index), offset: p.index }));
}

/** Where a story hard-codes its language, as "file:line story: what (locale)". */
function fixedLocales(file: string, source: string): string[] {
  const found: string[] = [];
  for (const part of parts(source)) {
    for (const { what, re } of FIXED) {
      for (const m of part.text.matchAll(re)) {
        const locale = (m[1] ?? '').split('-')[0] ?? '';
        if (part.name && LANGUAGE_NAMES[locale]?.test(part.name)) continue;
        if (what === ARGS && part.name === null && part.text.includes('locale={globals.locale}')) continue;
        const line = source.slice(0, part.offset + (m.index ?? 0)).split('\n').length;
        found.push(`${file}:${line} ${part.name ?? '(meta)'}: ${what} (${m[1]})`);
      }
    }
  }
  return found;
}

describe('stories follow the locale toolbar', () => {
  const files = storyFiles(storiesDir);

  it('finds the story files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('no story hard-codes its locale unless its name says which language it is about', () => {
    const found = files.flatMap((f) => fixedLocales(relative(root, f), readFileSync(f, 'utf8')));
    expect(found, 'read globals.locale instead (see stories/decision-aid/DecisionAid.stories.tsx)').toEqual([]);
  });

  it('catches the ways a locale gets fixed, and lets a story named for its language keep it', () => {
    const source = [
      "const meta = { args: { content: newSymptomTemplates.en, locale: 'en' } } satisfies Meta<typeof X>;",
      "export const Default: Story = { globals: { locale: 'en' } };",
      'export const Fixed: Story = { render: () => <X locale="es" /> };',
      "export const Agenda: Story = { args: { content: getVisitPrepTemplate('checkUp', 'en') } };",
      "export const Docs: Story = { render: (_a, { globals }) => <X content={docFor(TREATMENT, 'es')} lng={'es'} /> };",
      "export const Arabic: Story = { globals: { locale: 'ar' } };",
      "export const ArabicRtl: Story = { globals: { theme: 'dark', locale: 'ar' } };",
      'export const Follows: Story = { render: (_a, { globals }) => <X locale={globals.locale} /> };',
      "export const Fallback: Story = { render: (_a, { globals }) => <X locale={globals.locale ?? 'en'} /> };",
    ].join('\n');
    expect(fixedLocales('x.stories.tsx', source)).toEqual([
      'x.stories.tsx:1 (meta): a fixed locale in args (en)',
      'x.stories.tsx:1 (meta): example content in a fixed language (en)',
      'x.stories.tsx:2 Default: globals fix the locale (en)',
      'x.stories.tsx:3 Fixed: a fixed locale prop (es)',
      'x.stories.tsx:4 Agenda: example content in a fixed language (en)',
      'x.stories.tsx:5 Docs: a fixed locale prop (es)',
      'x.stories.tsx:5 Docs: example content in a fixed language (es)',
    ]);
  });
});
