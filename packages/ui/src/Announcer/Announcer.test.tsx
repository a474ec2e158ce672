import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { useAnnouncer } from './Announcer.js';

let say: (message: string) => void = () => {};

function Host() {
  const [announce, region] = useAnnouncer();
  useEffect(() => {
    say = announce;
  }, [announce]);
  return <div>{region}</div>;
}

describe('useAnnouncer', () => {
  it('is a polite status region that is in the page before any message', () => {
    render(<Host />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region.textContent).toBe('');
  });

  it('changes its text when the same message is said again, so a screen reader reads it again', () => {
    render(<Host />);
    const region = screen.getByRole('status');
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      act(() => say('Concern added'));
      seen.push(region.textContent ?? '');
    }
    expect(seen.map((s) => s.trim())).toEqual(['Concern added', 'Concern added', 'Concern added']);
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[1]).not.toBe(seen[2]);
    // The same element all along: a region inserted with its text is not announced.
    expect(screen.getByRole('status')).toBe(region);
  });
});
