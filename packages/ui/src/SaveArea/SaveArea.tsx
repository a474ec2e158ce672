import type { PersistenceState } from '@sdmkit/core';
import { RecoveryNotice } from '../RecoveryNotice/RecoveryNotice.js';
import { SaveStatus } from '../SaveStatus/SaveStatus.js';

/** What a widget's store offers for the copies its saving kept aside (every `WidgetStore` has them). */
export interface AsideCopies {
  /** The stored text of a copy kept aside; null if it is gone. */
  readAside(key: string): Promise<string | null>;
  /** Uses a copy kept aside as the input; false if it cannot be used. */
  restoreAside(key: string): Promise<boolean>;
  /** Stops offering a copy kept aside (it stays in storage). */
  dismissAside(key: string): Promise<void>;
}

/** Props of `SaveArea`: the widget's save state and the store whose copies kept aside it offers back. */
export interface SaveAreaProps {
  readonly persistence: PersistenceState;
  readonly store: AsideCopies;
  /** Also say "not saved on this device" when the host did not ask for saving (default: show nothing). */
  readonly sayWhenOff?: boolean | undefined;
}

/**
 * The save state of a widget and the copies of the patient's answers kept aside, offered back: the same in every
 * widget.
 */
export function SaveArea({ persistence, store, sayWhenOff = false }: SaveAreaProps) {
  if (persistence.status === 'off') return sayWhenOff ? <SaveStatus persistence={persistence} /> : null;
  return (
    <>
      <SaveStatus persistence={persistence} />
      <RecoveryNotice
        asides={persistence.asides}
        onRead={(key) => store.readAside(key)}
        onRestore={(key) => store.restoreAside(key)}
        onDismiss={(key) => store.dismissAside(key)}
      />
    </>
  );
}
