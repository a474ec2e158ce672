import {
  parseVisitPrepTemplate,
  type VisitPrepActions,
  type VisitPrepInput,
  type VisitPrepTemplate,
} from '@sdmkit/core';
import { pickProviderProps, useParsedContent, VisitPrepProvider, type WidgetInputProps } from '@sdmkit/hooks';
import { type CommonWidgetProps, ErrorState, pickCommonWidgetProps, WidgetShell } from '@sdmkit/ui';
import type { ReactNode } from 'react';
import { visitPrepBundle } from '../i18n/resources.js';

/**
 * Props shared by `VisitPrep` and `VisitPrepRoot`. `value`, `defaultValue`, `onValueChange`, `onInputError`,
 * `persist` and `store`: as every widget takes them.
 */
export interface VisitPrepBaseProps
  extends CommonWidgetProps,
    WidgetInputProps<VisitPrepTemplate, VisitPrepInput, VisitPrepActions> {
  /** The template (unknown: it is checked; invalid content shows an error state with paths). */
  readonly content: unknown;
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
