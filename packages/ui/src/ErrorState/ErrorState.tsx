import type { ContentIssue } from '@sdmkit/core';
import { useSdmTranslation } from '@sdmkit/hooks';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../Button/Button.js';
import { UI_NAMESPACE } from '../i18n/resources.js';

/** Props of `ErrorState`, shown instead of a widget that cannot work. */
export interface ErrorStateProps {
  /** Problems found in the content, shown (collapsed) for developers. */
  readonly issues?: readonly ContentIssue[] | undefined;
  /** Overrides the patient-facing heading. */
  readonly title?: ReactNode;
  /** Overrides the patient-facing message. */
  readonly message?: ReactNode;
  /** Called when the patient presses the retry button; without it there is no button. */
  readonly onRetry?: (() => void) | undefined;
  /** Extra content, e.g. the patient's input as text so nothing is lost. */
  readonly children?: ReactNode;
}

/** Shown instead of a widget that cannot work: a short message for the patient, details for developers. */
export function ErrorState({ issues = [], title, message, onRetry, children }: ErrorStateProps) {
  const { t } = useSdmTranslation(UI_NAMESPACE);
  return (
    <div className="sdm-ErrorState" role="alert">
      <p className="sdm-ErrorState__title">{title ?? t('error.title')}</p>
      <p className="sdm-ErrorState__body">{message ?? t('error.body')}</p>
      {children}
      {issues.length > 0 ? (
        <details className="sdm-ErrorState__details">
          <summary>
            {t('error.detailsSummary')} ({t('error.problemCount', { count: issues.length })})
          </summary>
          <ul className="sdm-ErrorState__list" dir="ltr">
            {issues.slice(0, 100).map((i, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is static and two issues may share a path.
              <li key={index}>
                <code>{i.path}</code> {i.message} <code>[{i.code}]</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      ) : null}
    </div>
  );
}

/** Props of `ErrorBoundary`, which keeps a render error inside the widget. */
export interface ErrorBoundaryProps {
  readonly children?: ReactNode;
  /** Told about any error thrown while rendering the widget. */
  readonly onError?: ((error: unknown, info: ErrorInfo) => void) | undefined;
  /** What to show instead; defaults to `<ErrorState>`. */
  readonly fallback?: ((reset: () => void) => ReactNode) | undefined;
}

/** Keeps a render error inside the widget: the host page goes on, the patient sees a message, not a blank. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  /** Called by React after a render error below: the boundary then shows the fallback. */
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }
  /** Clears the error and renders the children again (what the fallback's retry calls). */
  reset = () => this.setState({ failed: false });
  /** The children, or after an error the `fallback` (default: an `ErrorState` with a retry button). */
  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback ? this.props.fallback(this.reset) : <ErrorState onRetry={this.reset} />;
  }
}
