import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from './use-controllable-state.js';

function Shown({ value }: { value?: string }) {
  const [shown] = useControllableState({ value, defaultValue: 'default', name: 'Shown value' });
  return <p>{shown}</p>;
}

describe('useControllableState on the server', () => {
  it('renders the default or the host value, without warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(renderToString(<Shown />)).toBe('<p>default</p>');
      expect(renderToString(<Shown value="host" />)).toBe('<p>host</p>');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
