import { useVisitPrepActions, useVisitPrepStore } from '@sdmkit/hooks';
import { Button, Dialog, DialogClose } from '@sdmkit/ui';
import { useState } from 'react';
import { useVisitPrepTranslation } from '../internal/i18n.js';

/** Props of `ClearDataDialog`, the button and confirmation dialog that clear every answer and the saved draft. */
export interface ClearDataDialogProps {
  /** Told after the answers were cleared (in memory and in storage). */
  readonly onCleared?: (() => void) | undefined;
}

/** A button that asks for confirmation in an alert dialog before clearing every answer and the saved draft. */
export function ClearDataDialog({ onCleared }: ClearDataDialogProps) {
  const { t } = useVisitPrepTranslation();
  const store = useVisitPrepStore();
  const actions = useVisitPrepActions();
  const [open, setOpen] = useState(false);
  const [cleared, setCleared] = useState(false);
  return (
    <div className="sdm-ClearDataDialog">
      <Dialog
        role="alertdialog"
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setCleared(false);
        }}
        title={t('clear.title')}
        description={t('clear.body')}
        trigger={<Button variant="danger">{t('clear.button')}</Button>}
        footer={
          <>
            <DialogClose asChild>
              <Button variant="secondary">{t('clear.cancel')}</Button>
            </DialogClose>
            <Button
              variant="danger"
              onClick={async () => {
                // Through the actions first, so a host that controls the value hears about it too.
                actions.reset();
                await store.clearSaved();
                setOpen(false);
                setCleared(true);
                onCleared?.();
              }}
            >
              {t('clear.confirm')}
            </Button>
          </>
        }
      />
      <p className="sdm-ClearDataDialog__status" role="status">
        {cleared ? t('clear.done') : ''}
      </p>
    </div>
  );
}
