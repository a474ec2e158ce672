import { useCallback, useEffect, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';

// Replaced by the host's bundler, as for React itself.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** Options of `useControllableState`: the host's value, the starting value and the change callback. */
export interface UseControllableStateOptions<T> {
  /** The host's value: while it is not `undefined` the host owns the state (controlled). */
  readonly value?: T | undefined;
  /** The starting value when the host passes no `value` (uncontrolled). Read on the first render only. */
  readonly defaultValue: T;
  /** Told of every requested change, in both modes; not on mount, and not when set to the value it already has. */
  readonly onChange?: ((value: T) => void) | undefined;
  /** Names the state in the development warning, e.g. `"DecisionAid step"`. */
  readonly name?: string | undefined;
}

/**
 * State a host may own. Controlled while `value` is not `undefined`: the setter only asks (`onChange`) and the
 * state follows the prop when the host passes it back. Uncontrolled otherwise: the state starts at `defaultValue`,
 * the setter changes it and tells `onChange`. The setter keeps its identity for the component's life.
 *
 * In development it warns (once) when a component switches between controlled and uncontrolled.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
  name,
}: UseControllableStateOptions<T>): readonly [T, (next: T) => void] {
  const [own, setOwn] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;

  // The latest committed state and callback, for the stable setter.
  const latest = useRef({ current, controlled, onChange });
  useIsomorphicLayoutEffect(() => {
    latest.current = { current, controlled, onChange };
  });

  const set = useCallback((next: T) => {
    const l = latest.current;
    if (Object.is(next, l.current)) return;
    if (!l.controlled) {
      setOwn(next);
      // A second call in the same event compares with this value, not the one last rendered.
      l.current = next;
    }
    l.onChange?.(next);
  }, []);

  useModeSwitchWarning(controlled, name);
  return [current, set] as const;
}

/**
 * Development only: warns once when `controlled` changes after the first render. In an effect, so never on the
 * server. `process.env.NODE_ENV` is written out in full, as React's own code does, so the bundler that replaces it
 * for React also drops the check from production bundles.
 */
function useModeSwitchWarning(controlled: boolean, name: string | undefined) {
  const first = useRef(controlled);
  const warned = useRef(false);
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    if (warned.current || controlled === first.current) return;
    warned.current = true;
    const [from, to] = controlled ? ['uncontrolled', 'controlled'] : ['controlled', 'uncontrolled'];
    console.warn(
      `SDM Kit: ${name ?? 'a component'} is changing from ${from} to ${to}. Keep a component either controlled ` +
        '(always pass the value, never undefined) or uncontrolled (pass only the default) for its whole life.',
    );
  }, [controlled, name]);
}
