import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useControllableState } from './use-controllable-state.js';

type Size = 'small' | 'large';

/** A tiny component with a host-ownable `size`, as a widget would have. */
function SizePicker(props: { size?: Size; defaultSize?: Size; onSizeChange?: (size: Size) => void }) {
  const [size, setSize] = useControllableState<Size>({
    value: props.size,
    defaultValue: props.defaultSize ?? 'small',
    onChange: props.onSizeChange,
    name: 'SizePicker size',
  });
  return (
    <fieldset>
      <legend>Size: {size}</legend>
      <button type="button" onClick={() => setSize('small')}>
        Small
      </button>
      <button type="button" onClick={() => setSize('large')}>
        Large
      </button>
    </fieldset>
  );
}

/** A host that owns the size and passes back what it is told. */
function SizeHost() {
  const [size, setSize] = useState<Size>('large');
  return (
    <>
      <p>Host has {size}</p>
      <SizePicker size={size} onSizeChange={setSize} />
    </>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useControllableState', () => {
  it('uncontrolled: starts at the default, changes on request and tells onChange, not on mount', async () => {
    const onSizeChange = vi.fn();
    render(<SizePicker defaultSize="small" onSizeChange={onSizeChange} />);
    expect(screen.getByRole('group', { name: 'Size: small' })).toBeInTheDocument();
    expect(onSizeChange).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Large' }));
    expect(screen.getByRole('group', { name: 'Size: large' })).toBeInTheDocument();
    expect(onSizeChange.mock.calls).toEqual([['large']]);
  });

  it('does not tell onChange when set to the value it already has, in either mode', async () => {
    const onSizeChange = vi.fn();
    const uncontrolled = render(<SizePicker onSizeChange={onSizeChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Small' }));
    expect(onSizeChange).not.toHaveBeenCalled();
    uncontrolled.unmount();
    render(<SizePicker size="large" onSizeChange={onSizeChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Large' }));
    expect(onSizeChange).not.toHaveBeenCalled();
  });

  it('controlled: asks the host on every request and shows only what the host passes', async () => {
    const onSizeChange = vi.fn();
    const { rerender } = render(<SizePicker size="small" onSizeChange={onSizeChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Large' }));
    expect(onSizeChange.mock.calls).toEqual([['large']]);
    expect(screen.getByRole('group', { name: 'Size: small' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Large' }));
    expect(onSizeChange.mock.calls).toEqual([['large'], ['large']]);
    rerender(<SizePicker size="large" onSizeChange={onSizeChange} />);
    expect(screen.getByRole('group', { name: 'Size: large' })).toBeInTheDocument();
  });

  it('controlled by a host that passes the value back', async () => {
    render(<SizeHost />);
    await userEvent.click(screen.getByRole('button', { name: 'Small' }));
    expect(screen.getByText('Host has small')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Size: small' })).toBeInTheDocument();
  });

  it('keeps the setter identity across renders, values and callbacks', () => {
    const { result, rerender } = renderHook(
      ({ value, onChange }: { value?: number; onChange?: (n: number) => void }) =>
        useControllableState({ value, defaultValue: 0, onChange }),
      { initialProps: {} },
    );
    const setter = result.current[1];
    act(() => setter(1));
    expect(result.current[0]).toBe(1);
    const onChange = vi.fn();
    rerender({ onChange });
    expect(result.current[1]).toBe(setter);
    act(() => setter(2));
    expect(onChange).toHaveBeenCalledWith(2);
    expect(result.current[1]).toBe(setter);
  });

  it('compares a second request in the same event with the first (uncontrolled)', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ defaultValue: 0, onChange }));
    act(() => {
      result.current[1](1);
      result.current[1](1);
      result.current[1](2);
    });
    expect(onChange.mock.calls).toEqual([[1], [2]]);
    expect(result.current[0]).toBe(2);
  });

  it('warns once in development when a component switches between controlled and uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<SizePicker />);
    rerender(<SizePicker />);
    expect(warn).not.toHaveBeenCalled();
    rerender(<SizePicker size="large" />);
    rerender(<SizePicker />);
    rerender(<SizePicker size="small" />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('SizePicker size is changing from uncontrolled to controlled');
  });

  it('does not warn in production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const { rerender } = render(<SizePicker size="large" />);
      rerender(<SizePicker />);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      process.env.NODE_ENV = env;
    }
  });
});
