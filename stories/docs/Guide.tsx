import { Markdown } from '@storybook/addon-docs/blocks';
import type { AnchorHTMLAttributes, InputHTMLAttributes, ReactNode } from 'react';
import { toId } from 'storybook/internal/csf';
import { DOC_PAGES } from './pages';

/** The address of a documentation page, for a link inside the docs frame (it opens in the whole window). */
export function docsHref(title: string): string {
  return `./?path=/docs/${toId(title, 'docs')}`;
}

/**
 * Files outside docs/ that the guides point to and the site serves itself (`staticDirs` in .storybook/main.ts):
 * the JSON Schemas, so an author can open them.
 */
const SERVED: readonly { readonly prefix: string; readonly at: string }[] = [
  { prefix: 'packages/core/schemas/', at: './schemas/' },
];

/** Where a link of a markdown file goes on the site. */
export type GuideTarget =
  | { readonly kind: 'external' | 'anchor' | 'page' | 'served'; readonly href: string }
  | { readonly kind: 'repository'; readonly path: string };

/** A path relative to the markdown file, made relative to the repository root (`../stories/x` from docs/ -> `stories/x`). */
function fromRoot(file: string, href: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of href.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export function resolveGuideLink(file: string, href: string): GuideTarget {
  if (/^https:\/\//.test(href)) return { kind: 'external', href };
  if (href.startsWith('#')) return { kind: 'anchor', href };
  const [path = '', hash] = href.split('#');
  const target = fromRoot(file, path);
  const page = DOC_PAGES.find((p) => p.file === target);
  if (page) return { kind: 'page', href: `${docsHref(page.title)}${hash ? `#${hash}` : ''}` };
  const served = SERVED.find((s) => target.startsWith(s.prefix));
  if (served) return { kind: 'served', href: `${served.at}${target.slice(served.prefix.length)}` };
  return { kind: 'repository', path: target };
}

function GuideLink({
  file,
  href = '',
  children,
}: AnchorHTMLAttributes<HTMLAnchorElement> & { readonly file: string; readonly children?: ReactNode }) {
  const target = resolveGuideLink(file, href);
  switch (target.kind) {
    case 'external':
      return (
        <a href={target.href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      );
    case 'anchor':
      return <a href={target.href}>{children}</a>;
    case 'page':
    case 'served':
      return (
        <a href={target.href} target="_top">
          {children}
        </a>
      );
    default:
      // A file of the repository that the site does not serve: named, so a reader can find it in the sources.
      return (
        <span>
          {children} (<code>{target.path}</code> in the repository)
        </span>
      );
  }
}

/**
 * A task-list box (`- [ ] …` in markdown): a checklist for the reader to go through, not a form to fill in, so it
 * is drawn, not an unlabelled input.
 */
function TaskBox({ type, checked }: InputHTMLAttributes<HTMLInputElement>) {
  if (type !== 'checkbox') return null;
  return <span aria-hidden="true">{checked ? '\u2611 ' : '\u2610 '}</span>;
}

/** One markdown file of docs/ as a documentation page, its links made into links between the site's pages. */
export function Guide({ source, file }: { readonly source: string; readonly file: string }) {
  return (
    <Markdown options={{ overrides: { a: { component: GuideLink, props: { file } }, input: { component: TaskBox } } }}>
      {source}
    </Markdown>
  );
}
