import { useSdmTranslation } from '@sdmkit/hooks';
import { createContext, type HTMLAttributes, type ReactNode, useContext, useState } from 'react';
import { UI_NAMESPACE } from '../i18n/resources.js';

export type ThemeName = 'default' | 'dark' | 'high-contrast' | (string & {});

const PortalContainerContext = createContext<HTMLElement | null>(null);

/** The element dialogs portal into, so theme, language and direction follow the widget. */
export function usePortalContainer(): HTMLElement | null {
  return useContext(PortalContainerContext);
}

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
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  return (
    <div
      {...rest}
      ref={setContainer}
      className={['sdm-root', widgetClass, className].filter(Boolean).join(' ')}
      lang={lng}
      dir={dir}
      data-sdm-theme={theme}
    >
      <PortalContainerContext.Provider value={container}>{children}</PortalContainerContext.Provider>
    </div>
  );
}
