import * as RadixDialog from '@radix-ui/react-dialog';
import { useControllableState, useIsomorphicLayoutEffect, useSdmTranslation } from '@sdmkit/hooks';
import type { ReactNode } from 'react';
import { UI_NAMESPACE } from '../i18n/resources.js';
import { useWidgetPortal } from '../WidgetRoot/WidgetRoot.js';
import { lockPageScroll } from './lock-page-scroll.js';

/** Props of `Dialog`, a modal dialog with a title, an optional trigger and footer buttons. */
export interface DialogProps {
  /** Required: names the dialog for screen readers. */
  readonly title: ReactNode;
  /** Optional description, linked with aria-describedby. */
  readonly description?: ReactNode;
  /** Controlled: whether the dialog is open. The host then changes it in `onOpenChange`. */
  readonly open?: boolean | undefined;
  /** Uncontrolled: whether the dialog starts open (default `false`). */
  readonly defaultOpen?: boolean | undefined;
  /** Told when the dialog asks to open (its trigger) or to close (Escape, a click outside, a close button). */
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
  /** The element that opens the dialog (rendered as is; must be a button-like element). */
  readonly trigger?: ReactNode;
  /** Buttons at the end (e.g. confirm / cancel). Wrap closing ones in `<DialogClose>`. */
  readonly footer?: ReactNode;
  /** `alertdialog` for confirmations that need an answer. */
  readonly role?: 'dialog' | 'alertdialog';
  readonly children?: ReactNode;
}

/** Closes the enclosing `Dialog` when pressed (Radix's `Dialog.Close`); `<DialogClose asChild>` around a `Button`. */
export const DialogClose = RadixDialog.Close;

/**
 * Modal dialog on Radix: focus trapped while open and returned on close, Escape or a click outside closes, the rest
 * of the page hidden from screen readers and its scrolling locked, portalled into the widget root so theme and
 * direction follow the widget.
 */
export function Dialog({
  title,
  description,
  open,
  defaultOpen,
  onOpenChange,
  trigger,
  footer,
  role = 'dialog',
  children,
}: DialogProps) {
  const { t } = useSdmTranslation(UI_NAMESPACE);
  // The open state is held here (or by the host), not inside Radix, so a closed dialog renders no portal at all
  // and mounting a widget renders each of its dialogs once. (The styles have no closing animation to wait for.)
  const [isOpen, setOpen] = useControllableState({
    value: open,
    defaultValue: defaultOpen ?? false,
    onChange: onOpenChange,
    name: 'Dialog `open`',
  });
  return (
    <RadixDialog.Root open={isOpen} onOpenChange={setOpen}>
      {trigger ? <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger> : null}
      {isOpen ? (
        <OpenDialog title={title} description={description} footer={footer} role={role} closeLabel={t('close')}>
          {children}
        </OpenDialog>
      ) : null}
    </RadixDialog.Root>
  );
}

/**
 * The open dialog, portalled into the widget root. Open from the widget's first render (`defaultOpen`), it waits
 * for the root to be mounted (it re-renders then, before the browser paints); outside a widget root it opens in
 * the document body.
 *
 * The backdrop is a plain element, not Radix's `Overlay`: that part brings `react-remove-scroll` (about 4 KB gzip
 * of the 70 KB budget), which locks scrolling with a `<style>` element in the host's head (blocked by a strict
 * `style-src` unless the host passes a nonce). `lockPageScroll` does it through the CSS object model instead.
 * Radix's `Content` still traps focus, hides the rest of the page (`aria-hidden`) and closes on Escape and on a
 * click outside, the backdrop included.
 */
function OpenDialog({
  title,
  description,
  footer,
  role,
  closeLabel,
  children,
}: Pick<DialogProps, 'title' | 'description' | 'footer' | 'children'> & {
  role: NonNullable<DialogProps['role']>;
  closeLabel: string;
}) {
  const portal = useWidgetPortal();
  const doc = portal.element?.ownerDocument;
  useIsomorphicLayoutEffect(() => lockPageScroll(doc ?? document), [doc]);
  if (portal.inRoot && !portal.element) return null;
  return (
    <RadixDialog.Portal container={portal.element}>
      <div className="sdm-Dialog__overlay" />
      <RadixDialog.Content
        className="sdm-Dialog__content"
        role={role}
        {...(description ? {} : { 'aria-describedby': undefined })}
      >
        <div className="sdm-Dialog__header">
          <RadixDialog.Title className="sdm-Dialog__title">{title}</RadixDialog.Title>
          <RadixDialog.Close className="sdm-Button sdm-Dialog__close" data-variant="quiet">
            {closeLabel}
          </RadixDialog.Close>
        </div>
        {description ? (
          <RadixDialog.Description className="sdm-Dialog__description">{description}</RadixDialog.Description>
        ) : null}
        <div className="sdm-Dialog__body">{children}</div>
        {footer ? <div className="sdm-Dialog__footer">{footer}</div> : null}
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}
