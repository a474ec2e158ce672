import { useEffect, useState } from 'react';
import { copyToClipboard } from './copy-to-clipboard.js';

/** What copying did: `''` before any copy, `copied`, or `copyFailed` (the caller shows the text to copy by hand). */
export type CopyStatus = '' | 'copied' | 'copyFailed';

/**
 * A copy button's state: `copy(text)` puts the text on the clipboard and gives what came of it, which `status`
 * keeps for the part's status line. It is cleared when the part's effects are cleaned up (its step hidden by
 * `StepPanels`, or the part unmounted), so coming back does not report a copy of a text that may have changed since.
 */
export function useCopyStatus(): readonly [CopyStatus, (text: string) => Promise<Exclude<CopyStatus, ''>>] {
  const [status, setStatus] = useState<CopyStatus>('');
  useEffect(() => () => setStatus(''), []);
  const copy = async (text: string) => {
    const done = (await copyToClipboard(text)) ? 'copied' : 'copyFailed';
    setStatus(done);
    return done;
  };
  return [status, copy];
}
