import type { PersistenceState } from '@sdmkit/core';
import { useSdmTranslation } from '@sdmkit/hooks';
import { UI_NAMESPACE } from '../i18n/resources.js';

/** Props of `SaveStatus`, which says whether the patient's answers are saved on this device. */
export interface SaveStatusProps {
  readonly persistence: PersistenceState;
}

/**
 * The message for a save state. It never says "Saved" when the last change was not saved: a failed write, or a
 * change held back so as not to write over another tab's copy, reads as not saved; saved answers that could not be
 * opened (kept aside, not deleted) say so until the next save succeeds.
 */
function saveMessage(p: PersistenceState) {
  if (p.status !== 'ready') return `save.${p.status}` as const;
  switch (p.lastError) {
    case 'write-failed':
      return 'save.writeFailed' as const;
    case 'conflict':
      return 'save.conflict' as const;
    case 'corrupt':
    case 'newer-version':
      return 'save.keptAside' as const;
    default:
      // Sent on to a server (an adapter such as @sdmkit/smart's): say whether the server has the answers yet.
      if (p.remote === 'pending' || p.remote === 'failed') return 'save.notSent' as const;
      if (p.remote === 'sent') return 'save.sent' as const;
      return p.lastSavedAt ? ('save.saved' as const) : ('save.ready' as const);
  }
}

/** A polite live region that says whether answers are saved on this device, and when they are not. */
export function SaveStatus({ persistence }: SaveStatusProps) {
  const { t } = useSdmTranslation(UI_NAMESPACE);
  return (
    <p
      className="sdm-SaveStatus"
      role="status"
      data-status={persistence.status}
      data-error={persistence.status === 'ready' ? (persistence.lastError ?? undefined) : undefined}
      data-remote={persistence.remote}
    >
      {t(saveMessage(persistence))}
    </p>
  );
}
