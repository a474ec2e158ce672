import type { ContentIssue } from '@sdmkit/core';

/** `detail` of `sdm-content-error`: why the content (or `default-value`) could not be used. */
export interface SdmContentErrorDetail {
  readonly issues: readonly ContentIssue[];
}

/** Fired (bubbling, composed) with the same plain-JSON input the React widget gives to `onValueChange`. */
export type SdmChangeEvent<Input> = CustomEvent<Input>;
/** Fired (bubbling, composed) with the same typed result the React widget gives to `onComplete`. */
export type SdmCompleteEvent<Result> = CustomEvent<Result>;
/** Fired (bubbling, composed) when the content is not valid JSON or not a valid document. */
export type SdmContentErrorEvent = CustomEvent<SdmContentErrorDetail>;

/** The events of an SDM element, for `addEventListener` typing. */
export interface SdmElementEventMap<Input, Result>
  extends Omit<HTMLElementEventMap, 'sdm-change' | 'sdm-complete' | 'sdm-content-error'> {
  'sdm-change': SdmChangeEvent<Input>;
  'sdm-complete': SdmCompleteEvent<Result>;
  'sdm-content-error': SdmContentErrorEvent;
}
