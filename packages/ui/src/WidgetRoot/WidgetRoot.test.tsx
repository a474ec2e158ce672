import * as hooks from '@sdmkit/hooks';
import { render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../Button/Button.js';
import { Dialog } from '../Dialog/Dialog.js';
import { uiBundle } from '../i18n/resources.js';
import { usePortalContainer, WidgetRoot } from './WidgetRoot.js';

const { WidgetI18nProvider } = hooks;

// Counts renders: WidgetRoot and every Dialog call `useSdmTranslation` once per render.
vi.mock('@sdmkit/hooks', async (importOriginal) => {
  const original = await importOriginal<typeof import('@sdmkit/hooks')>();
  return { ...original, useSdmTranslation: vi.fn(original.useSdmTranslation) };
});

function ShowContainer() {
  const container = usePortalContainer();
  return <output>{container ? container.className : 'none'}</output>;
}

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

  it('mounts in one render: neither the root nor its closed dialogs render again once the root is mounted', () => {
    const translation = vi.mocked(hooks.useSdmTranslation);
    translation.mockClear();
    const commits: string[] = [];
    render(
      <WidgetI18nProvider lng="en" bundles={[uiBundle]}>
        <Profiler id="widget" onRender={(_id, phase) => commits.push(phase)}>
          <WidgetRoot widgetClass="sdm-Test">
            <Dialog title="Evidence" trigger={<Button>Open</Button>}>
              Body
            </Dialog>
            <Dialog title="Clear" trigger={<Button>Clear</Button>} />
          </WidgetRoot>
        </Profiler>
      </WidgetI18nProvider>,
    );
    // One commit, with WidgetRoot and the two dialogs rendered once each.
    expect(commits).toEqual(['mount']);
    expect(translation.mock.calls.length).toBe(3);
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
