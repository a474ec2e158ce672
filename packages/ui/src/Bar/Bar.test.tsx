import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Bar } from './Bar.js';

describe('Bar', () => {
  it('sets the fill width through the CSS object model, clamped, and is hidden from assistive technology', () => {
    const { container, rerender } = render(<Bar className="track" fillClassName="fill" percent={40} />);
    const track = container.querySelector('.track') as HTMLElement;
    const fill = container.querySelector('.fill') as HTMLElement;
    expect(track).toHaveAttribute('aria-hidden', 'true');
    expect(fill.style.getPropertyValue('inline-size')).toBe('40%');
    rerender(<Bar className="track" fillClassName="fill" percent={140} />);
    expect(fill.style.getPropertyValue('inline-size')).toBe('100%');
    rerender(<Bar className="track" fillClassName="fill" percent={Number.NaN} />);
    expect(fill.style.getPropertyValue('inline-size')).toBe('0%');
  });
});
