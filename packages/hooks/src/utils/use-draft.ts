import { useState } from 'react';

/**
 * State a component keeps of its own about the input, such as text the patient has typed and not sent yet: like
 * `useState(initial)`, except that it starts again from `initial` whenever `resetKey` changes. Given the store's
 * `replacements` (`useDecisionAidSelector((s) => s.replacements)`, …), it never outlives the input it was typed
 * against: a `reset()`, the host's own `value` or `replaceInput`, or `clearSaved()` clears it, in a step shown and,
 * when it is shown again, in a hidden one. Step changes and the patient's own changes keep it.
 */
export function useDraft<T>(initial: T, resetKey: unknown): readonly [T, (next: T) => void] {
  const [draft, setDraft] = useState(initial);
  const [key, setKey] = useState(resetKey);
  if (key === resetKey) return [draft, setDraft];
  // Adjusting state while rendering: what the draft was typed against is gone, so is the draft.
  setKey(resetKey);
  setDraft(initial);
  return [initial, setDraft];
}
