/**
 * Focus for dialogs inside a shadow root. The widgets' dialogs (Radix Dialog, portalled into the widget root) find
 * the focused element with `document.activeElement`, which is the shadow host when focus is inside a shadow root.
 * So, for dialogs in this shadow root only, this keeps Tab and Shift+Tab inside the open dialog and, when the dialog
 * closes, returns focus to the element that had it before (what Radix does on a page without shadow DOM).
 * Returns a function that removes the listeners.
 */
export function manageShadowFocus(shadow: ShadowRoot): () => void {
  const DIALOG = '[role="dialog"], [role="alertdialog"]';
  let returnTo: HTMLElement | null = null;
  let open = false;

  const openDialog = () => shadow.querySelector<HTMLElement>(DIALOG);
  const active = () => shadow.activeElement as HTMLElement | null;

  const onFocusIn = () => {
    const el = active();
    if (el && !el.closest(DIALOG)) returnTo = el;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const dialog = openDialog();
    if (!dialog) return;
    const stops = tabbables(dialog);
    const first = stops[0];
    const last = stops[stops.length - 1];
    const current = active();
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (!current || !dialog.contains(current)) {
      event.preventDefault();
      first.focus();
    } else if (!event.shiftKey && current === last) {
      event.preventDefault();
      first.focus();
    } else if (event.shiftKey && current === first) {
      event.preventDefault();
      last.focus();
    }
  };

  const observer = new MutationObserver(() => {
    const dialog = openDialog();
    if (dialog) {
      open = true;
      if (!dialog.hasAttribute('aria-modal')) dialog.setAttribute('aria-modal', 'true');
      return;
    }
    if (!open) return;
    open = false;
    // After the dialog's own focus handling (a task later), if focus did not land inside the widget, return it.
    const target = returnTo;
    setTimeout(() => {
      const current = active();
      if (target?.isConnected && (!current || current === shadow.host)) target.focus();
    }, 0);
  });
  observer.observe(shadow, { childList: true, subtree: true });
  shadow.addEventListener('focusin', onFocusIn);
  shadow.addEventListener('keydown', onKeyDown as EventListener, true);
  return () => {
    observer.disconnect();
    shadow.removeEventListener('focusin', onFocusIn);
    shadow.removeEventListener('keydown', onKeyDown as EventListener, true);
  };
}

const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable=""], [contenteditable="true"]';

function tabbables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      !(el instanceof HTMLInputElement && el.type === 'hidden') &&
      (typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkVisibilityCSS: true })),
  );
}
