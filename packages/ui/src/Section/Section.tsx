import { createContext, createElement, type ReactNode, type Ref, useContext, useId } from 'react';

/** A heading level, `h1`…`h6`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Where a widget starts when the host says nothing: under the page's own `h1`. */
const DEFAULT_LEVEL: HeadingLevel = 2;

/** The level set around this point, or `undefined` when nothing (host, `Section`, widget) set one. */
const HeadingLevelContext = createContext<HeadingLevel | undefined>(undefined);

/** A level between 1 and 6 (whole numbers; beyond `h6` stays `h6`). */
function clampLevel(level: number): HeadingLevel {
  return Math.min(6, Math.max(1, Math.round(level) || 1)) as HeadingLevel;
}

/** Attributes a host may put on the element, e.g. `data-step-heading=""`. */
type DataAttributes = { readonly [name: `data-${string}`]: string | number | boolean | undefined };

/**
 * The level a `Heading` renders at this point: the one set by the nearest `HeadingLevelProvider` or `Section`
 * around it, else 2 (a widget under the page's `h1`).
 */
export function useHeadingLevel(): HeadingLevel {
  return useContext(HeadingLevelContext) ?? DEFAULT_LEVEL;
}

/** Props of `HeadingLevelProvider`, which sets the heading level for everything inside it. */
export interface HeadingLevelProviderProps {
  /**
   * The level of the headings inside (1–6). A host says with it where a widget sits: inside a page section whose
   * heading is an `h2`, `level={3}` makes the widget's top headings `h3` and the rest follow.
   */
  readonly level?: number | undefined;
  /**
   * The level inside only when nothing around has set one (no host provider, no `Section`): a part's own
   * starting level, which a host's `level` overrides.
   */
  readonly defaultLevel?: number | undefined;
  readonly children?: ReactNode;
}

/**
 * Sets the heading level for everything inside. With neither `level` nor `defaultLevel`, the headings inside are one
 * level below the ones around it (as in a `Section`, but without a labelled region). Levels stop at 6.
 */
export function HeadingLevelProvider({ level, defaultLevel, children }: HeadingLevelProviderProps) {
  const around = useContext(HeadingLevelContext);
  const value =
    level !== undefined
      ? clampLevel(level)
      : defaultLevel !== undefined
        ? (around ?? clampLevel(defaultLevel))
        : clampLevel((around ?? DEFAULT_LEVEL) + 1);
  return <HeadingLevelContext.Provider value={value}>{children}</HeadingLevelContext.Provider>;
}

/**
 * The attributes a part puts on its section or heading. Named one by one, not React's whole `HTMLAttributes`: the
 * declarations then read the same with every supported `@types/react` (18 and 19).
 */
interface PartAttributes extends DataAttributes {
  readonly id?: string | undefined;
  readonly className?: string | undefined;
  readonly lang?: string | undefined;
  readonly dir?: string | undefined;
}

/** Props of `Heading`, a heading at the level of its context; other attributes go on the heading element. */
export interface HeadingProps extends PartAttributes {
  readonly ref?: Ref<HTMLHeadingElement> | undefined;
  /** Force a level (1–6) instead of the one from the context: for the rare heading outside the outline. */
  readonly level?: number | undefined;
  readonly children?: ReactNode;
}

/**
 * A heading at the level of its context (`h2` unless a `HeadingLevelProvider` or `Section` around it says
 * otherwise). Focusable from script (`tabIndex={-1}`), so focus can be moved to it after a step changes; never in
 * the tab order.
 */
export function Heading({ level, children, ...props }: HeadingProps) {
  const fromContext = useHeadingLevel();
  const tag = `h${level === undefined ? fromContext : clampLevel(level)}`;
  return createElement(tag, { ...props, tabIndex: -1 }, children);
}

/** Props of `Section`, a `<section>` named by its heading; other attributes go on the section element. */
export interface SectionProps extends PartAttributes {
  readonly ref?: Ref<HTMLElement> | undefined;
  /** The section's heading (its accessible name). */
  readonly heading: ReactNode;
  /** Attributes of the heading: `ref` (to move focus to it), `className`, `id`, `lang`/`dir`, `data-*`… */
  readonly headingProps?: Omit<HeadingProps, 'children' | 'level'> | undefined;
  /** Force the heading's level (1–6) instead of the context's; the children then start one below it. */
  readonly level?: number | undefined;
  readonly children?: ReactNode;
}

/**
 * A `<section>` named by its heading (`aria-labelledby`). The heading takes the level of the context; headings in
 * the children are one level below it, so nested sections make their outline without any level passed by hand.
 */
export function Section({ heading, headingProps, level, children, ...props }: SectionProps) {
  const ownId = useId();
  const fromContext = useHeadingLevel();
  const headingLevel = level === undefined ? fromContext : clampLevel(level);
  const id = headingProps?.id ?? ownId;
  return (
    <section {...props} aria-labelledby={id}>
      <Heading {...headingProps} id={id} level={headingLevel}>
        {heading}
      </Heading>
      <HeadingLevelContext.Provider value={clampLevel(headingLevel + 1)}>{children}</HeadingLevelContext.Provider>
    </section>
  );
}
