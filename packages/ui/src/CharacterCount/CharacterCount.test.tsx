import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInWidget } from '../test-utils/render.js';
import { CharacterCount, showsCharacterCount } from './CharacterCount.js';

describe('CharacterCount', () => {
  it('shows nothing far from the limit, and the count from 90 % of it', () => {
    expect(showsCharacterCount(4_499, 5_000)).toBe(false);
    expect(showsCharacterCount(4_500, 5_000)).toBe(true);
    const { container } = render(<CharacterCount length={4_499} max={5_000} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says how many of how many, with the language grouping numbers', () => {
    renderInWidget(<CharacterCount id="c" length={4_950} max={5_000} />);
    expect(screen.getByText('4,950 of 5,000 characters')).toHaveAttribute('id', 'c');
  });

  it('counts in Spanish and Arabic, with the full count marked', () => {
    const { unmount } = renderInWidget(<CharacterCount length={45_000} max={50_000} />, 'es');
    expect(screen.getByText('45.000 de 50.000 caracteres')).not.toHaveAttribute('data-full');
    unmount();
    renderInWidget(<CharacterCount length={300} max={300} />, 'ar');
    expect(screen.getByText('300 حرف من 300')).toHaveAttribute('data-full', 'true');
  });
});
