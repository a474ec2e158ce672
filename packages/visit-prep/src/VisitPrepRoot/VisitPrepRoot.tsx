import {
  type Persistence,
  parseVisitPrepTemplate,
  type SdmInputError,
  type VisitPrepInput,
  type VisitPrepStore,
  type VisitPrepTemplate,
} from '@sdmkit/core';
import { pickProviderProps, useParsedContent, VisitPrepProvider } from '@sdmkit/hooks';
import { type CommonWidgetProps, ErrorState, pickCommonWidgetProps, WidgetShell } from '@sdmkit/ui';
import type { ReactNode } from 'react';
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
  /**
   * Told when `value` or `defaultValue` fails the input schema (e.g. more rows or longer text than it allows): the
   * widget shows its error state, with each problem's path and message, instead of that input.
   */
  readonly onInputError?: ((error: SdmInputError) => void) | undefined;
  /** Opt-in saving of drafts: `createPersistence({ storage: () => window.localStorage })` from `@sdmkit/core`. */
  readonly persist?: Persistence | undefined;
  /** A store made with `createVisitPrepStore` (the widget then makes none). */
  readonly store?: VisitPrepStore | undefined;
}

export interface VisitPrepRootProps extends VisitPrepBaseProps {
  /** Sections to show, e.g. `<Medicines />` alone, or your own layout. */
  readonly children?: ReactNode | ((template: VisitPrepTemplate) => ReactNode);
  /** Component class on the root (default `sdm-VisitPrep`). */
  readonly widgetClass?: string | undefined;
}

/**
 * The frame for visit-prep sections used on their own: checks the template, sets up language, theme, the
 * store and the error state. `VisitPrep` uses it for the full flow.
 */
export function VisitPrepRoot(props: VisitPrepRootProps) {
  const { content, children } = props;
  const parsed = useParsedContent(content, parseVisitPrepTemplate);
  return (
    <WidgetShell
      widgetClass={props.widgetClass ?? 'sdm-VisitPrep'}
      bundles={[visitPrepBundle]}
      parsed={parsed}
      {...pickCommonWidgetProps(props)}
    >
      {(template) => (
        <VisitPrepProvider
          content={template}
          {...pickProviderProps(props)}
          inputErrorFallback={(error) => <ErrorState issues={error.issues} />}
        >
          {typeof children === 'function' ? children(template) : children}
        </VisitPrepProvider>
      )}
    </WidgetShell>
  );
}
