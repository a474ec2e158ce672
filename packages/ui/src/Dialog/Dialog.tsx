import * as RadixDialog from '@radix-ui/react-dialog';
import { useIsomorphicLayoutEffect, useSdmTranslation } from '@sdmkit/hooks';
import { type ReactNode, useReducer, useState } from 'react';
import { UI_NAMESPACE } from '../i18n/resources.js';
import { usePortalTarget } from '../WidgetRoot/WidgetRoot.js';

export interface DialogProps {
  /** Required: names the dialog for screen readers. */
  readonly title: ReactNode;
  /** Optional description, linked with aria-describedby. */
  readonly description?: ReactNode;
  readonly open?: boolean | undefined;
  readonly defaultOpen?: boolean | undefined;
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
  /** The element that opens the dialog (rendered as is; must be a button-like element). */
  readonly trigger?: ReactNode;
  /** Buttons at the end (e.g. confirm / cancel). Wrap closing ones in `<DialogClose>`. */
  readonly footer?: ReactNode;
  /** `alertdialog` for confirmations that need an answer. */
  readonly role?: 'dialog' | 'alertdialog';
  readonly children?: ReactNode;
}

export const DialogClose = RadixDialog.Close;

/**
 * Modal dialog on Radix: focus trapped while open and returned on close, Escape closes, portalled into the
 * widget root so theme and direction follow the widget.
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
  // The open state is held here (or by the host), not inside Radix, so this component renders again when the
  // dialog opens and can read the widget root then, and a closed dialog renders no portal at all: mounting a
  // widget with closed dialogs renders each part once. (The styles have no closing animation to wait for.)
  const [ownOpen, setOwnOpen] = useState(defaultOpen ?? false);
  const isOpen = open ?? ownOpen;
  const root = usePortalTarget();
  const container = root ? root() : null;
  // Open from the first render (`defaultOpen`): the widget root is mounted only after it, so render once more
  // (before the browser paints) to open inside it. Outside a widget root the dialog opens in the document body.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const waiting = isOpen && root !== null && !container;
  useIsomorphicLayoutEffect(() => {
    if (waiting) rerender();
  }, [waiting]);
  return (
    <RadixDialog.Root
      open={isOpen}
      onOpenChange={(next) => {
        setOwnOpen(next);
        onOpenChange?.(next);
      }}
    >
      {trigger ? <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger> : null}
      {isOpen && !waiting ? (
        <RadixDialog.Portal container={container}>
          <RadixDialog.Overlay className="sdm-Dialog__overlay" />
          <RadixDialog.Content
            className="sdm-Dialog__content"
            role={role}
            {...(description ? {} : { 'aria-describedby': undefined })}
          >
            <div className="sdm-Dialog__header">
              <RadixDialog.Title className="sdm-Dialog__title">{title}</RadixDialog.Title>
              <RadixDialog.Close className="sdm-Button sdm-Dialog__close" data-variant="quiet">
                {t('close')}
              </RadixDialog.Close>
            </div>
            {description ? (
              <RadixDialog.Description className="sdm-Dialog__description">{description}</RadixDialog.Description>
            ) : null}
            <div className="sdm-Dialog__body">{children}</div>
            {footer ? <div className="sdm-Dialog__footer">{footer}</div> : null}
          </RadixDialog.Content>
        </RadixDialog.Portal>
      ) : null}
    </RadixDialog.Root>
  );
}
