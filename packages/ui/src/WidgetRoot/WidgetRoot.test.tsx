import { WidgetI18nProvider } from '@sdmkit/hooks';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../Button/Button.js';
import { DemonstrationNotice } from '../DemonstrationNotice/DemonstrationNotice.js';
import { Dialog } from '../Dialog/Dialog.js';
import { uiBundle } from '../i18n/resources.js';
import { uiAr } from '../locales/ar.js';
import { uiEs } from '../locales/es.js';
import { usePortalContainer, WidgetRoot } from './WidgetRoot.js';

function ShowContainer() {
  const container = usePortalContainer();
  return <output>{container ? container.className : 'none'}</output>;
}

/** A widget as a host mounts it: its own i18n (language, packs, overrides) and its root, with a shared string in it. */
function Widget({ name, ...i18n }: { name: string } & Omit<Parameters<typeof WidgetI18nProvider>[0], 'bundles'>) {
  return (
    <WidgetI18nProvider bundles={[uiBundle]} translations={[uiEs, uiAr]} {...i18n}>
      <WidgetRoot widgetClass={`sdm-${name}`}>
        <DemonstrationNotice demonstration />
      </WidgetRoot>
    </WidgetI18nProvider>
  );
}

const rootOf = (name: string) => document.querySelector(`.sdm-${name}`) as HTMLElement;
/** The shared notice in a widget, found by its accessible name (its title, in the widget's language). */
const noticeIn = (name: string) => within(rootOf(name)).getByRole('complementary');

describe('WidgetRoot', () => {
  it('carries the root class, the theme, and the language and direction of the widget', () => {
    const { container } = render(
      <WidgetI18nProvider lng="en" bundles={[uiBundle]}>
        <WidgetRoot widgetClass="sdm-Test" theme="dark" className="portal-class" />
      </WidgetI18nProvider>,
    );
    const root = container.firstElementChild;
    expect(root).toHaveClass('sdm-root', 'sdm-Test', 'portal-class');
    expect(root).toHaveAttribute('data-sdm-theme', 'dark');
    expect(root).toHaveAttribute('lang', 'en');
    expect(root).toHaveAttribute('dir', 'ltr');
  });

  it('shows the shared strings in the language the host asked for, and the root says which language and direction', () => {
    render(<Widget name="Ar" lng="ar" />);
    expect(rootOf('Ar')).toHaveAttribute('lang', 'ar');
    expect(rootOf('Ar')).toHaveAttribute('dir', 'rtl');
    expect(noticeIn('Ar')).toHaveAccessibleName('محتوى توضيحي');
  });

  it('says English on the root when it shows English for a language it has no strings for', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Widget name="Fr" lng="fr" />);
    // A screen reader reads the text with the root's language: it must be the language of the text shown.
    expect(noticeIn('Fr')).toHaveAccessibleName('Demonstration content');
    expect(rootOf('Fr')).toHaveAttribute('lang', 'en');
    expect(rootOf('Fr')).toHaveAttribute('dir', 'ltr');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no "fr" strings'));
    warn.mockRestore();
  });

  it('takes a string overridden in the host props, for that widget only', () => {
    render(
      <>
        <Widget name="A" lng="en" overrides={{ en: { 'sdm-ui': { demonstration: { title: 'Example only' } } } }} />
        <Widget name="B" lng="en" />
      </>,
    );
    expect(noticeIn('A')).toHaveAccessibleName('Example only');
    expect(noticeIn('B')).toHaveAccessibleName('Demonstration content');
  });

  it('gives each widget its own language: changing one widget’s language leaves the other as it was', async () => {
    const page = (lngA: string) => (
      <>
        <Widget name="A" lng={lngA} />
        <Widget name="B" lng="en" />
      </>
    );
    const { rerender } = render(page('es'));
    expect(noticeIn('A')).toHaveAccessibleName('Contenido de demostración');
    expect(noticeIn('B')).toHaveAccessibleName('Demonstration content');
    rerender(page('ar'));
    expect(await within(rootOf('A')).findByRole('complementary', { name: 'محتوى توضيحي' })).toBeInTheDocument();
    expect(rootOf('A')).toHaveAttribute('lang', 'ar');
    expect(rootOf('A')).toHaveAttribute('dir', 'rtl');
    // The other widget, on the same page, neither changed language nor direction.
    expect(noticeIn('B')).toHaveAccessibleName('Demonstration content');
    expect(rootOf('B')).toHaveAttribute('lang', 'en');
    expect(rootOf('B')).toHaveAttribute('dir', 'ltr');
  });

  // Protects the cost of mounting a widget: the portal target is set outside React state, so setting it when the
  // root mounts re-renders nothing. A state in WidgetRoot (or closed dialogs that follow the container) would add a
  // second commit right after the mount, re-rendering the root and every dialog; the Profiler sees every commit.
  it('mounts in one commit: nothing renders again once the root is mounted; a dialog opens inside the root', async () => {
    const user = userEvent.setup();
    const commits: string[] = [];
    const widget = (children: ReactNode) => (
      <WidgetI18nProvider lng="es" bundles={[uiBundle]} translations={[uiEs]}>
        <Profiler id="widget" onRender={(_id, phase) => commits.push(phase)}>
          <WidgetRoot widgetClass="sdm-Test">{children}</WidgetRoot>
        </Profiler>
      </WidgetI18nProvider>
    );
    render(
      widget(
        <>
          <Dialog title="Evidence" trigger={<Button>Open</Button>}>
            Body
          </Dialog>
          <Dialog title="Clear" trigger={<Button>Clear</Button>} />
        </>,
      ),
    );
    expect(commits).toEqual(['mount']);
    // Closed dialogs are not in the page; their triggers are.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Open', 'Clear']);
    // Once mounted, a dialog opens inside the root, so it takes the widget's language, direction and theme.
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Evidence' });
    expect(rootOf('Test')).toContainElement(dialog);
    expect(within(dialog).getByRole('button', { name: 'Cerrar' })).toBeInTheDocument();
  });

  it('gives usePortalContainer the root element once it is mounted', () => {
    render(
      <WidgetI18nProvider lng="en" bundles={[uiBundle]}>
        <WidgetRoot widgetClass="sdm-Test">
          <ShowContainer />
        </WidgetRoot>
      </WidgetI18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('sdm-root sdm-Test');
  });

  it('gives usePortalContainer null outside a widget root', () => {
    render(<ShowContainer />);
    expect(screen.getByRole('status')).toHaveTextContent('none');
  });
});
