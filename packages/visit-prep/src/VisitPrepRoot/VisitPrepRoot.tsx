import {
  type PersistOptions,
  parseVisitPrepTemplate,
  type VisitPrepInput,
  type VisitPrepStore,
  type VisitPrepTemplate,
} from '@sdmkit/core';
import { VisitPrepProvider } from '@sdmkit/hooks';
import { type CommonWidgetProps, WidgetShell } from '@sdmkit/ui';
import { type ReactNode, useRef } from 'react';
import { visitPrepBundle } from '../i18n/resources.js';

/** Props shared by `VisitPrep` and `VisitPrepRoot`. */
export interface VisitPrepBaseProps extends CommonWidgetProps {
  /** The template (unknown: it is checked; invalid content shows an error state with paths). */
  readonly content: unknown;
  /** Controlled input: pass back what `onValueChange` gives. */
  readonly value?: VisitPrepInput | undefined;
  /** Uncontrolled starting input. */
  readonly defaultValue?: VisitPrepInput | undefined;
  /** Called with the new input after every change (plain JSON). */
  readonly onValueChange?: ((input: VisitPrepInput) => void) | undefined;
  /** Opt-in autosave of drafts, e.g. `{ storage: () => window.localStorage }`. */
  readonly persist?: PersistOptions | undefined;
  /** A store made with `createVisitPrepStore` (the widget then makes none). */
  readonly store?: VisitPrepStore | undefined;
}

export interface VisitPrepRootProps extends VisitPrepBaseProps {
  /** Sections to show, e.g. `<Medicines />` alone, or your own layout. */
  readonly children?: ReactNode | ((template: VisitPrepTemplate) => ReactNode);
  /** Component class on the root (default `sdm-VisitPrep`). */
  readonly widgetClass?: string | undefined;
}

function fingerprint(content: unknown): string | null {
  try {
    return JSON.stringify(content) ?? null;
  } catch {
    return null;
  }
}

/**
 * Parses the template, keeping the same result while the content is equal. A host that passes a new but
 * equal object on every render must not reset the patient's answers.
 */
function useStableParse(content: unknown) {
  const last = useRef<{
    content: unknown;
    key: string | null;
    parsed: ReturnType<typeof parseVisitPrepTemplate>;
  } | null>(null);
  const prev = last.current;
  if (prev && prev.content === content) return prev.parsed;
  const key = fingerprint(content);
  if (prev && key !== null && prev.key === key) return prev.parsed;
  const parsed = parseVisitPrepTemplate(content);
  last.current = { content, key, parsed };
  return parsed;
}

/**
 * The frame for visit-prep sections used on their own: checks the template, sets up language, theme, the
 * store and the error state. `VisitPrep` uses it for the full flow.
 */
export function VisitPrepRoot(props: VisitPrepRootProps) {
  const { content, children } = props;
  const parsed = useStableParse(content);
  return (
    <WidgetShell
      widgetClass={props.widgetClass ?? 'sdm-VisitPrep'}
      bundles={[visitPrepBundle]}
      parsed={parsed}
      i18n={props.i18n}
      locale={props.locale}
      messages={props.messages}
      theme={props.theme}
      className={props.className}
      onContentError={props.onContentError}
      onRenderError={props.onRenderError}
    >
      {(template) => (
        <VisitPrepProvider
          content={template}
          store={props.store}
          value={props.value}
          defaultValue={props.defaultValue}
          onValueChange={props.onValueChange}
          persist={props.persist}
        >
          {typeof children === 'function' ? children(template) : children}
        </VisitPrepProvider>
      )}
    </WidgetShell>
  );
}
