import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../Button/Button.js';
import { renderInWidget } from '../test-utils/render.js';
import { Dialog, DialogClose } from './Dialog.js';

let hostSetsOpen: (open: boolean) => void = () => {};

/** A host that hears the dialog's requests but decides itself when it opens and closes (`hostSetsOpen`). */
function DecidingHost({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
  const [open, setOpen] = useState(false);
  hostSetsOpen = setOpen;
  return <Dialog title="Evidence" trigger={<Button>Evidence</Button>} open={open} onOpenChange={onOpenChange} />;
}

/** A host that keeps the open state, opens the dialog from its own button and follows its requests. */
function FollowingHost() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Show evidence</Button>
      <Dialog title="Evidence" open={open} onOpenChange={setOpen}>
        <p>Body text</p>
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('opens from its trigger, is named by its title, and portals into the widget root', async () => {
    const { container } = renderInWidget(
      <Dialog title="Where the numbers come from" trigger={<Button>Evidence</Button>}>
        <p>Body text</p>
      </Dialog>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Evidence' }));
    const dialog = screen.getByRole('dialog', { name: 'Where the numbers come from' });
    expect(container.querySelector('.sdm-root')?.contains(dialog)).toBe(true);
    expect(dialog).toHaveTextContent('Body text');
  });

  it('has a translated close button and returns focus to the trigger on Escape', async () => {
    renderInWidget(<Dialog title="Evidencia" trigger={<Button>Abrir</Button>} />, 'es');
    const trigger = screen.getByRole('button', { name: 'Abrir' });
    await userEvent.click(trigger);
    expect(screen.getByRole('button', { name: 'Cerrar' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(trigger).toHaveFocus()); // Radix hands focus back one task after the close
  });

  it('works controlled, as an alert dialog with footer actions', async () => {
    const onOpenChange = vi.fn();
    renderInWidget(
      <Dialog
        title="Clear your answers?"
        role="alertdialog"
        open
        onOpenChange={onOpenChange}
        footer={
          <DialogClose asChild>
            <Button>Keep them</Button>
          </DialogClose>
        }
      />,
    );
    expect(screen.getByRole('alertdialog', { name: 'Clear your answers?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });
  it('open from the first render (defaultOpen), it is still inside the widget root', () => {
    const { container } = renderInWidget(
      <Dialog title="Where the numbers come from" defaultOpen>
        <p>Body text</p>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Where the numbers come from' });
    expect(container.querySelector('.sdm-root')?.contains(dialog)).toBe(true);
  });

  it('uncontrolled, tells the host when it opens and closes', async () => {
    const onOpenChange = vi.fn();
    renderInWidget(<Dialog title="Evidence" trigger={<Button>Evidence</Button>} onOpenChange={onOpenChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Evidence' }));
    expect(screen.getByRole('dialog', { name: 'Evidence' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
  });

  it('controlled: asks the host to open and close, and follows only the host’s open prop', async () => {
    const onOpenChange = vi.fn();
    renderInWidget(<DecidingHost onOpenChange={onOpenChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Evidence' }));
    expect(onOpenChange.mock.calls).toEqual([[true]]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => hostSetsOpen(true));
    expect(screen.getByRole('dialog', { name: 'Evidence' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    expect(screen.getByRole('dialog', { name: 'Evidence' })).toBeInTheDocument();
    act(() => hostSetsOpen(false));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('controlled by a host that keeps the open state, with its own button outside the dialog', async () => {
    renderInWidget(<FollowingHost />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show evidence' }));
    expect(screen.getByRole('dialog', { name: 'Evidence' })).toHaveTextContent('Body text');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('uncontrolled with defaultOpen: closes on its own and tells the host once', async () => {
    const onOpenChange = vi.fn();
    renderInWidget(<Dialog title="Evidence" defaultOpen onOpenChange={onOpenChange} />);
    expect(screen.getByRole('dialog', { name: 'Evidence' })).toBeInTheDocument();
    expect(onOpenChange).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onOpenChange.mock.calls).toEqual([[false]]);
  });
});
