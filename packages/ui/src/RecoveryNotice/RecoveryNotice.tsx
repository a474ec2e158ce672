import type { AsideEntry, KeptAside } from '@sdmkit/core';
import { useIsomorphicLayoutEffect, useSdmTranslation } from '@sdmkit/hooks';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useAnnouncer } from '../Announcer/Announcer.js';
import { Button } from '../Button/Button.js';
import { copyToClipboard } from '../clipboard/copy-to-clipboard.js';
import { Dialog } from '../Dialog/Dialog.js';
import { UI_NAMESPACE } from '../i18n/resources.js';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.js';

/** Props of `RecoveryNotice`, which offers back the copies of the patient's answers that saving kept aside. */
export interface RecoveryNoticeProps {
  /** Copies kept aside that the patient has not dismissed (`persistence.asides`). Nothing shows when empty. */
  readonly asides: readonly KeptAside[];
  /** The stored text of a copy (`store.readAside`), for "Copy"; null when it is gone. */
  readonly onRead: (key: string) => Promise<string | null> | string | null;
  /** Uses a copy (`store.restoreAside`); false when it cannot be used. */
  readonly onRestore: (key: string) => Promise<boolean> | boolean;
  /** Stops offering a copy (`store.dismissAside`); it stays in storage. */
  readonly onDismiss: (key: string) => Promise<void> | void;
  /**
   * Where focus goes when the last notice goes away under it. Default: the widget's first heading (made focusable
   * with `tabindex="-1"` if it is not), else the widget root.
   */
  readonly focusAfterLast?: (() => HTMLElement | null | undefined) | undefined;
}

type ReasonGroup = 'contentChanged' | 'conflict' | 'unreadable';

function groupOf(reason: KeptAside['reason']): ReasonGroup {
  if (reason === 'content-changed') return 'contentChanged';
  if (reason === 'conflict') return 'conflict';
  return 'unreadable';
}

type T = ReturnType<typeof useSdmTranslation>['t'];

/** The patient's words as a readable plain-text list, for the clipboard. */
export function asideEntriesText(entries: readonly AsideEntry[], heading: string, noText: string): string {
  const lines = entries.map((entry, i) => {
    const words = entry.words.map((w) => w.trim()).filter(Boolean);
    return `${i + 1}. ${words.length ? words.join('\n   ') : noText}`;
  });
  return [heading, '', ...lines].join('\n');
}

/** The copy text of `entries`, in the interface's words. */
const entriesText = (entries: readonly AsideEntry[], t: T) =>
  asideEntriesText(entries, t('recovery.copyHeading'), t('recovery.noText'));

/**
 * Copying to the clipboard, with a fallback where the clipboard cannot be used (an insecure page, a refused
 * permission): the text is shown in a read-only text box, focused and selected, with "Press Ctrl+C to copy".
 */
function useCopy(t: T, announce: (message: string) => void) {
  const [fallback, setFallback] = useState<{ text: string; n: number } | null>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const areaId = useId();
  useEffect(() => {
    if (!fallback) return;
    areaRef.current?.focus();
    areaRef.current?.select();
  }, [fallback]);

  const copy = async (getText: () => Promise<string | null> | string | null) => {
    let text: string | null = null;
    try {
      text = await getText();
    } catch {
      text = null;
    }
    if (text === null) {
      announce(t('recovery.gone'));
      return;
    }
    if (await copyToClipboard(text)) {
      setFallback(null);
      announce(t('recovery.copied'));
    } else {
      setFallback((f) => ({ text, n: (f?.n ?? 0) + 1 }));
    }
  };

  const box: ReactNode = fallback ? (
    <div className="sdm-RecoveryNotice__copyFallback">
      <label className="sdm-RecoveryNotice__copyLabel" htmlFor={areaId}>
        {t('recovery.copyLabel')}
      </label>
      <textarea
        ref={areaRef}
        id={areaId}
        className="sdm-RecoveryNotice__copyText"
        readOnly
        dir="auto"
        rows={Math.min(8, fallback.text.split('\n').length + 1)}
        value={fallback.text}
        aria-describedby={hintId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="sdm-RecoveryNotice__copyHint" id={hintId}>
        {t('recovery.copyHint')}
      </p>
    </div>
  ) : null;
  return { copy, box };
}

/** The patient's words in each answer that no longer fits, shown as text (never as HTML). */
function EntriesBody({ entries, t }: { entries: readonly AsideEntry[]; t: T }) {
  // Its own live region: while the dialog is open the rest of the page is hidden from screen readers.
  const [announce, region] = useAnnouncer();
  const { copy, box } = useCopy(t, announce);
  const text = () => entriesText(entries, t);
  return (
    <>
      <ol className="sdm-RecoveryNotice__entries">
        {entries.map((entry, i) => {
          const words = entry.words.filter((w) => w.trim());
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed while the dialog is open.
            <li key={`${entry.path}-${i}`} className="sdm-RecoveryNotice__entry">
              {words.length ? (
                words.map((w, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same words may repeat.
                  <p key={j} className="sdm-RecoveryNotice__words" dir="auto">
                    {w}
                  </p>
                ))
              ) : (
                <p className="sdm-RecoveryNotice__words" data-empty="">
                  {t('recovery.noText')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <div className="sdm-RecoveryNotice__actions">
        <Button onClick={() => copy(text)}>
          {t('recovery.copy')} <VisuallyHidden>{t('recovery.copyThese')}</VisuallyHidden>
        </Button>
      </div>
      {box}
      {region}
    </>
  );
}

interface ItemProps {
  readonly aside: KeptAside;
  /** What the buttons' names say about this copy (for screen readers). */
  readonly about: string;
  readonly labelId: string;
  readonly t: T;
  readonly announce: (message: string) => void;
  readonly onRead: RecoveryNoticeProps['onRead'];
  readonly onRestore: () => void;
  readonly onDismiss: () => void;
}

function Item({ aside, about, labelId, t, announce, onRead, onRestore, onDismiss }: ItemProps) {
  const group = groupOf(aside.reason);
  const entries = aside.entries ?? [];
  const { copy, box } = useCopy(t, announce);
  const message =
    group === 'contentChanged' ? t('recovery.contentChanged', { count: entries.length }) : t(`recovery.${group}`);
  const dismiss = (
    <Button variant="quiet" onClick={onDismiss}>
      {t('recovery.dismiss')} <VisuallyHidden>{t('recovery.dismissAbout', { about })}</VisuallyHidden>
    </Button>
  );
  const copyButton = (getText: () => Promise<string | null> | string | null) => (
    <Button onClick={() => copy(getText)}>
      {t('recovery.copy')} <VisuallyHidden>{about}</VisuallyHidden>
    </Button>
  );
  return (
    // A group named by its message, so that each button is heard with it; not a form, so not a <fieldset>.
    // biome-ignore lint/a11y/useSemanticElements: see above.
    <div className="sdm-RecoveryNotice__item" role="group" aria-labelledby={labelId} data-reason={aside.reason}>
      <p className="sdm-RecoveryNotice__message" id={labelId}>
        {message}
      </p>
      <div className="sdm-RecoveryNotice__actions">
        {group === 'contentChanged' ? (
          <>
            <Dialog
              title={t('recovery.dialogTitle')}
              description={t('recovery.dialogDescription')}
              trigger={
                <Button>
                  {t('recovery.show')} <VisuallyHidden>{about}</VisuallyHidden>
                </Button>
              }
            >
              <EntriesBody entries={entries} t={t} />
            </Dialog>
            {copyButton(() => entriesText(entries, t))}
          </>
        ) : null}
        {group === 'conflict' ? (
          <Button variant="primary" onClick={onRestore}>
            {t('recovery.useCopy')} <VisuallyHidden>{t('recovery.useAbout', { about })}</VisuallyHidden>
          </Button>
        ) : null}
        {group === 'unreadable' ? copyButton(() => onRead(aside.key)) : null}
        {dismiss}
      </div>
      {box}
    </div>
  );
}

/** The first heading of the widget around `from`, focusable; else the widget root. */
function widgetHeading(from: HTMLElement | null): HTMLElement | null {
  const root = from?.closest<HTMLElement>('.sdm-root') ?? null;
  const target = root?.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? root;
  if (target && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  return target;
}

/**
 * Offers the copies of the patient's answers that saving kept aside (`persistence.asides`): one short message per
 * copy, by why it was kept, with what the patient can do with it: see and copy the words of answers that no longer
 * fit the content, use the other copy, copy what could not be opened, or dismiss the message (the copy stays in
 * storage). Renders nothing while there is nothing to offer. After a message goes away, focus moves to the next
 * one's first button, else to the widget's heading.
 */
export function RecoveryNotice({ asides, onRead, onRestore, onDismiss, focusAfterLast }: RecoveryNoticeProps) {
  const { t, lng } = useSdmTranslation(UI_NAMESPACE);
  const [announce, region] = useAnnouncer();
  // Dismissed here, before the store has answered: the message goes at once.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const visible = asides.filter((a) => !hidden.has(a.key));
  // Once a message has been shown, the live region stays in the page (empty), so that what is said after the last
  // message goes ("Now showing the other copy") is still heard.
  const [everShown, setEverShown] = useState(false);
  if (visible.length > 0 && !everShown) setEverShown(true);
  const rootRef = useRef<HTMLDivElement>(null);
  /** The message acted on, and its place, while its buttons may go away under the focus. */
  const follow = useRef<{ key: string; index: number } | null>(null);
  const restoring = useRef(new Set<string>());
  const baseId = useId();

  // Forget dismissed keys the store no longer lists.
  const keys = asides.map((a) => a.key).join('\n');
  useEffect(() => {
    setHidden((h) => {
      const listed = new Set(keys.split('\n'));
      const kept = [...h].filter((k) => listed.has(k));
      return kept.length === h.size ? h : new Set(kept);
    });
  }, [keys]);

  // When the message that had the focus has gone, move focus on instead of losing it to the page.
  useIsomorphicLayoutEffect(() => {
    const f = follow.current;
    const root = rootRef.current;
    if (!f || !root || visible.some((a) => a.key === f.key)) return;
    follow.current = null;
    const doc = root.ownerDocument;
    const active = doc.activeElement;
    if (active && active !== doc.body && active.isConnected) return; // the patient has moved on
    const items = root.querySelectorAll<HTMLElement>('.sdm-RecoveryNotice__item');
    const item = items[f.index] ?? items[f.index - 1];
    const next = item?.querySelector<HTMLElement>('button') ?? focusAfterLast?.() ?? widgetHeading(root);
    next?.focus();
  });

  if (!everShown) return null;

  const when = (at: string) => {
    const date = new Date(at);
    if (Number.isNaN(date.getTime())) return at;
    try {
      return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    } catch {
      return date.toISOString();
    }
  };
  // Two messages of the same kind are told apart by when the copy was kept.
  const counts = new Map<ReasonGroup, number>();
  for (const a of visible) counts.set(groupOf(a.reason), (counts.get(groupOf(a.reason)) ?? 0) + 1);
  const aboutOf = (a: KeptAside) => {
    const about = t(`recovery.about.${groupOf(a.reason)}`);
    return (counts.get(groupOf(a.reason)) ?? 0) > 1 ? t('recovery.aboutAt', { about, when: when(a.at) }) : about;
  };

  const dismiss = (key: string, index: number) => {
    follow.current = { key, index };
    setHidden((h) => new Set(h).add(key));
    Promise.resolve()
      .then(() => onDismiss(key))
      .catch(() =>
        setHidden((h) => {
          const next = new Set(h);
          next.delete(key);
          return next;
        }),
      );
  };

  const restore = async (key: string, index: number) => {
    if (restoring.current.has(key)) return;
    restoring.current.add(key);
    follow.current = { key, index };
    let ok = false;
    try {
      ok = await onRestore(key);
    } catch {
      ok = false;
    } finally {
      restoring.current.delete(key);
    }
    // Used: the store lists the copy no more (now or soon) and focus follows then. Not used: it stays where it is.
    if (!ok && follow.current?.key === key) follow.current = null;
    announce(t(ok ? 'recovery.restored' : 'recovery.restoreFailed'));
  };

  return (
    <div className="sdm-RecoveryNotice" ref={rootRef}>
      {visible.length > 0 ? (
        <div className="sdm-RecoveryNotice__list">
          {visible.map((aside, index) => (
            <Item
              key={aside.key}
              aside={aside}
              about={aboutOf(aside)}
              labelId={`${baseId}-${index}`}
              t={t}
              announce={announce}
              onRead={onRead}
              onRestore={() => restore(aside.key, index)}
              onDismiss={() => dismiss(aside.key, index)}
            />
          ))}
        </div>
      ) : null}
      {region}
    </div>
  );
}
