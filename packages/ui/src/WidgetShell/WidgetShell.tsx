import type { ContentIssue, MessageOverrides, NamespaceBundle, ParseResult, TranslationPack } from '@sdmkit/core';
import { WidgetI18nProvider } from '@sdmkit/hooks';
import type { i18n as I18n } from 'i18next';
import { type ErrorInfo, type ReactNode, useEffect } from 'react';
import { ErrorBoundary, ErrorState } from '../ErrorState/ErrorState.js';
import { uiBundle } from '../i18n/resources.js';
import { type ThemeName, WidgetRoot } from '../WidgetRoot/WidgetRoot.js';

/** Props every ready-made widget takes for language, theme and error reporting. */
export interface CommonWidgetProps {
  /** The host's i18next instance. Without one the widget makes its own; the host's strings are never changed. */
  readonly i18n?: I18n | undefined;
  /**
   * Language when the widget makes its own i18n instance. English is built in; for any other language pass its
   * translation pack (`translations`, or an `SdmTranslationsProvider` around the widgets). A language without
   * strings is shown in English, with `lang`/`dir` of English.
   */
  readonly locale?: string | undefined;
  /**
   * Translation packs, e.g. `[decisionAidEs]` from `@sdmkit/decision-aid/locales/es` (`es` and `ar` ship with
   * the library). Added to the packs of any enclosing `SdmTranslationsProvider`.
   */
  readonly translations?: readonly TranslationPack[] | undefined;
  /** Replace any string: language -> namespace -> keys. */
  readonly messages?: MessageOverrides | undefined;
  /** `default`, `dark`, `high-contrast`, or a host theme name styled with `[data-sdm-theme]`. */
  readonly theme?: ThemeName | undefined;
  readonly className?: string | undefined;
  /** Told when content is invalid (the widget shows its error state). */
  readonly onContentError?: ((issues: readonly ContentIssue[]) => void) | undefined;
  /** Told when rendering failed unexpectedly (the widget shows its error state). */
  readonly onRenderError?: ((error: unknown, info: ErrorInfo) => void) | undefined;
}

/** The `CommonWidgetProps` of a widget's props, to hand to `WidgetShell` in one spread. */
export function pickCommonWidgetProps(props: CommonWidgetProps): CommonWidgetProps {
  const { i18n, locale, translations, messages, theme, className, onContentError, onRenderError } = props;
  return { i18n, locale, translations, messages, theme, className, onContentError, onRenderError };
}

export interface WidgetShellProps<T> extends CommonWidgetProps {
  /** `sdm-DecisionAid`, … */
  readonly widgetClass: string;
  /** The widget's namespaces with their built-in strings; the shared UI namespace is added. */
  readonly bundles: readonly NamespaceBundle[];
  /** The result of parsing the content. */
  readonly parsed: ParseResult<T>;
  /** Renders the widget for valid content. */
  readonly children: (content: T) => ReactNode;
  /** Accessible name of the widget region. */
  readonly label?: string | undefined;
}

/**
 * The frame every widget shares: its own i18n context, the themed root with `lang`/`dir`, an error state
 * for invalid content and an error boundary, so a widget never shows a blank screen.
 */
export function WidgetShell<T>(props: WidgetShellProps<T>) {
  const { parsed, onContentError } = props;
  useEffect(() => {
    if (!parsed.ok) onContentError?.(parsed.issues);
  }, [parsed, onContentError]);
  return (
    <WidgetI18nProvider
      i18n={props.i18n}
      lng={props.locale}
      bundles={[uiBundle, ...props.bundles]}
      translations={props.translations}
      overrides={props.messages}
    >
      <WidgetRoot
        widgetClass={props.widgetClass}
        theme={props.theme}
        className={props.className}
        data-state={parsed.ok ? 'ready' : 'invalid'}
        {...(props.label ? { role: 'region', 'aria-label': props.label } : {})}
      >
        {parsed.ok ? (
          <ErrorBoundary onError={props.onRenderError}>{props.children(parsed.value)}</ErrorBoundary>
        ) : (
          <ErrorState issues={parsed.issues} />
        )}
      </WidgetRoot>
    </WidgetI18nProvider>
  );
}
