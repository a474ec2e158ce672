import { useIsomorphicLayoutEffect } from '@sdmkit/hooks';
import { useRef } from 'react';

/** Props of `Bar`, a decorative horizontal bar filled to a percentage. */
export interface BarProps {
  /** 0–100; values outside are clamped, non-numbers count as 0. */
  readonly percent: number;
  /** Class of the track (the full bar). */
  readonly className: string;
  /** Class of the filled part. */
  readonly fillClassName: string;
}

/**
 * A decorative bar (hidden from assistive technology: show the number in text next to it). The fill's width is
 * set through the CSS object model after mount, never as a `style` attribute, so pages with a strict
 * Content-Security-Policy (no `'unsafe-inline'` for styles) show it too, including server-rendered pages.
 */
export function Bar({ percent, className, fillClassName }: BarProps) {
  const fill = useRef<HTMLSpanElement>(null);
  const value = Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
  useIsomorphicLayoutEffect(() => {
    fill.current?.style.setProperty('inline-size', `${value}%`);
  }, [value]);
  return (
    <span className={className} aria-hidden="true">
      <span ref={fill} className={fillClassName} />
    </span>
  );
}
