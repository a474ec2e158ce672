// Property tests of the stores: generated sequences of actions.
import fc from 'fast-check';

interface StoreLike<Input, Actions> {
  getState(): { readonly input: Input; readonly actions: Actions };
}

export type Command<Input, Actions> = (store: StoreLike<Input, Actions>) => void;

/**
 * One generated action: `run` with a generated value, on the store's actions and its input at that moment. A
 * counterexample prints as the command's source and its value, long text shortened to its length.
 */
export function command<Input, Actions, T>(
  values: fc.Arbitrary<T>,
  run: (actions: Actions, input: Input, value: T) => unknown,
): fc.Arbitrary<Command<Input, Actions>> {
  return values.map((value) =>
    Object.assign(
      (store: StoreLike<Input, Actions>) => {
        const { actions, input } = store.getState();
        run(actions, input, value);
      },
      {
        [fc.toStringMethod]: () =>
          `${run} with ${fc.stringify(value).replace(/"[^"]{80,}"/g, (t) => `${t.slice(0, 21)}…" (${t.length - 2} long)`)}`,
      },
    ),
  );
}

/** Short text, and text at and just around `max` characters, also with a two-unit character across the cut. */
export function textAround(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer({ min: max - 2, max: max + 2 }).map((n) => 'a'.repeat(n)),
    fc.integer({ min: max - 1, max: max + 1 }).map((n) => `${'a'.repeat(n - 1)}😀`),
  );
}

/** The id of the `n`th row (wrapping), or an id no row has. */
export function rowId(rows: readonly { readonly id: string }[], n: number): string {
  return rows[n % Math.max(1, rows.length)]?.id ?? 'missing';
}
