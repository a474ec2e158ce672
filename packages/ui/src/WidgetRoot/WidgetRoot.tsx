import { useSdmTranslation } from '@sdmkit/hooks';
import { createContext, type HTMLAttributes, type ReactNode, useContext, useState, useSyncExternalStore } from 'react';
import { UI_NAMESPACE } from '../i18n/resources.js';

/** A widget theme: `default`, `dark`, `high-contrast`, or a host theme name styled with `[data-sdm-theme]`. */
export type ThemeName = 'default' | 'dark' | 'high-contrast' | (string & {});

/**
 * The widget root element, held outside React state. Setting it (when the root mounts) re-renders only the
 * components that subscribed with `usePortalContainer`; a state in `WidgetRoot` would re-render the root and every
 * dialog of the widget once more on every mount. One per widget root, never shared.
 */
interface PortalTarget {
  readonly get: () => HTMLElement | null;
  readonly set: (element: HTMLElement | null) => void;
  readonly subscribe: (onChange: () => void) => () => void;
}

function createPortalTarget(): PortalTarget {
  let element: HTMLElement | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => element,
    set(next) {
      if (next === element) return;
      element = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

const PortalTargetContext = createContext<PortalTarget | null>(null);

const noSubscription = () => () => {};
const noElement = () => null;

/**
 * The widget root for a portal: `inRoot` is false outside a widget root (portal into the document body then);
 * `element` is `null` on the server and until the root is mounted, and the caller re-renders once it is.
 */
export function useWidgetPortal(): { readonly inRoot: boolean; readonly element: HTMLElement | null } {
  const target = useContext(PortalTargetContext);
  const element = useSyncExternalStore(target?.subscribe ?? noSubscription, target?.get ?? noElement, noElement);
  return { inRoot: target !== null, element };
}

/**
 * The element dialogs portal into, so theme, language and direction follow the widget: `null` on the server and
 * in the first render, then the widget root (the calling component re-renders once it is mounted).
 */
export function usePortalContainer(): HTMLElement | null {
  return useWidgetPortal().element;
}

/**
 * Props of `WidgetRoot`, the outer element of every widget: its component class, the theme (default `default`)
 * and other `div` attributes except `dir` and `lang`, which follow the active language.
 */
export interface WidgetRootProps extends Omit<HTMLAttributes<HTMLDivElement>, 'dir' | 'lang'> {
  /** Component class, e.g. `sdm-DecisionAid`. */
  readonly widgetClass: string;
  /** Theme name; matches `[data-sdm-theme]` in the styles. */
  readonly theme?: ThemeName | undefined;
  readonly children?: ReactNode;
}

/**
 * The outer element of every widget: carries `.sdm-root` (all tokens and styles are scoped under it),
 * `lang` and `dir` from the active language, and the theme.
 */
export function WidgetRoot({ widgetClass, theme = 'default', className, children, ...rest }: WidgetRootProps) {
  const { lng, dir } = useSdmTranslation(UI_NAMESPACE);
  const [target] = useState(createPortalTarget);
  return (
    <div
      {...rest}
      ref={target.set}
      className={['sdm-root', widgetClass, className].filter(Boolean).join(' ')}
      lang={lng}
      dir={dir}
      data-sdm-theme={theme}
    >
      <PortalTargetContext.Provider value={target}>{children}</PortalTargetContext.Provider>
    </div>
  );
}
