import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../Button/Button.js';
import { renderInWidget } from '../test-utils/render.js';
import { Dialog, DialogClose } from './Dialog.js';

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
});
