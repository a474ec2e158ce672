// Two ways to operate a widget in Chromium (Vitest browser mode), for scripts that make the same choices either way:
// - keyboard: focus moves only with Tab / Shift+Tab; buttons with Enter, checkboxes with Space, radio buttons with
//   the arrow keys, dialogs close with Escape. No pointer event at all.
// - pointer: every control is clicked (a real mouse click through Playwright); dialogs close with their Close button.
// Typing text into a field is the same for both once the field has focus (by Tab or by a click).
import { vi } from 'vitest';
import { type Locator, userEvent } from 'vitest/browser';

export type DriverKind = 'keyboard' | 'pointer';

export interface InputDriver {
  readonly kind: DriverKind;
  /** Presses a button, link or summary. */
  activate(target: Locator): Promise<void>;
  /** Toggles a checkbox. */
  toggle(target: Locator): Promise<void>;
  /** Checks a radio button (keyboard: Tab into its group, then arrow keys until it is checked). */
  choose(target: Locator): Promise<void>;
  /** Puts focus in a text field and types `text` at the end of what it holds. */
  type(field: Locator, text: string): Promise<void>;
  /** Empties a text field (select all + Backspace, the same keys for both drivers once it has focus). */
  clear(field: Locator): Promise<void>;
  /**
   * Submits a one-field form: Enter in the field (keyboard; Tab to the button and Enter from a text area) or a
   * click on its submit button (pointer).
   */
  submit(field: Locator, button: Locator): Promise<void>;
  /** Closes the open dialog: Escape (keyboard) or a click on its Close button (pointer). */
  dismiss(closeButton: Locator): Promise<void>;
}

const MAX_STOPS = 200;

function show(el: Element | null): string {
  if (!el || el === document.body) return '<body>';
  return el.outerHTML.slice(0, 160);
}

/**
 * Moves focus onto `target` with Tab only (then Shift+Tab, for controls above the focus), as a keyboard user
 * would. `accept` lets radio buttons match any member of their group (a group is one Tab stop).
 */
export async function tabTo(target: Locator, accept?: (focused: Element, wanted: HTMLElement) => boolean) {
  const wanted = await find(target);
  const hit = () => {
    const focused = document.activeElement;
    return focused !== null && (focused === wanted || (accept?.(focused, wanted) ?? false));
  };
  if (hit()) return;
  for (const key of ['{Tab}', '{Shift>}{Tab}{/Shift}']) {
    for (let i = 0; i < MAX_STOPS; i++) {
      await userEvent.keyboard(key);
      if (hit()) return;
    }
  }
  throw new Error(
    `Keyboard: ${show(wanted)} is not reachable with Tab or Shift+Tab; focus ends on ${show(document.activeElement)}`,
  );
}

/**
 * The element a locator names, once it is there: the widget may still be rendering the result of the last key
 * (a deferred search list). The pointer driver's clicks wait the same way.
 */
async function find(target: Locator): Promise<HTMLElement> {
  for (let i = 0; i < 100; i++) {
    const el = target.query();
    if (el) return el as HTMLElement;
    await new Promise((r) => setTimeout(r, 50));
  }
  return target.element() as HTMLElement;
}

const sameRadioGroup = (focused: Element, wanted: HTMLElement) =>
  focused instanceof HTMLInputElement &&
  focused.type === 'radio' &&
  wanted instanceof HTMLInputElement &&
  focused.name === wanted.name &&
  focused.form === wanted.form;

export const keyboardDriver: InputDriver = {
  kind: 'keyboard',
  async activate(target) {
    await tabTo(target);
    await userEvent.keyboard('{Enter}');
  },
  async toggle(target) {
    await tabTo(target);
    await userEvent.keyboard(' ');
  },
  async choose(target) {
    const wanted = (await find(target)) as HTMLInputElement;
    await tabTo(target, sameRadioGroup);
    const group = [
      ...(wanted.form ?? document).querySelectorAll<HTMLInputElement>(
        `input[type="radio"][name="${CSS.escape(wanted.name)}"]`,
      ),
    ];
    // With nothing checked yet, Tab lands on a radio without checking it: Space checks the focused one.
    if (document.activeElement === wanted && !wanted.checked) await userEvent.keyboard(' ');
    for (let i = 0; i <= group.length && !wanted.checked; i++) await userEvent.keyboard('{ArrowDown}');
    if (!wanted.checked) throw new Error(`Keyboard: arrow keys never checked ${show(wanted)}`);
  },
  async type(field, text) {
    await tabTo(field);
    await userEvent.keyboard(text);
  },
  async clear(field) {
    await tabTo(field);
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  },
  async submit(field, button) {
    // Enter in a text area starts a new line: there the keyboard user goes on to the button.
    if (field.element() instanceof HTMLTextAreaElement) return keyboardDriver.activate(button);
    await tabTo(field);
    await userEvent.keyboard('{Enter}');
  },
  async dismiss() {
    await userEvent.keyboard('{Escape}');
  },
};

export const pointerDriver: InputDriver = {
  kind: 'pointer',
  activate: (target) => target.click(),
  toggle: (target) => target.click(),
  async choose(target) {
    await target.click();
    if (!(target.element() as HTMLInputElement).checked) throw new Error(`Pointer: click did not check ${target}`);
  },
  async type(field, text) {
    await field.click();
    await userEvent.keyboard(text);
  },
  async clear(field) {
    await field.click();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  },
  submit: (_field, button) => button.click(),
  dismiss: (closeButton) => closeButton.click(),
};

export const drivers = [keyboardDriver, pointerDriver] as const;

/** ISO date-times (e.g. `completedAt`) replaced by a marker: the only values two runs may differ in. */
export function withoutTimestamps<T>(value: T): T {
  if (value === undefined) return value;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) ? '<timestamp>' : v,
    ),
  ) as T;
}

/**
 * Opens a dialog with `trigger` and closes it with Escape, then once with each of `closers` (its Close button,
 * a Cancel button…, activated with the driver), checking each time that the dialog took focus and that focus is
 * back on the trigger after it closed. Returns the problems found, naming the dialog.
 */
export async function checkDialogFocusReturn(
  driver: InputDriver,
  trigger: Locator,
  closers: readonly Locator[],
  name: string,
): Promise<string[]> {
  const problems: string[] = [];
  const opener = trigger.element();
  const open = () => document.querySelector('[role="dialog"], [role="alertdialog"]');
  for (const closer of ['Escape', ...closers] as const) {
    await driver.activate(trigger);
    const dialog = open();
    if (!dialog) {
      problems.push(`${name} (${driver.kind}): no dialog opened`);
      continue;
    }
    if (!dialog.contains(document.activeElement)) {
      problems.push(`${name} (${driver.kind}): focus not moved into the dialog, on ${show(document.activeElement)}`);
    }
    const how = typeof closer === 'string' ? closer : `"${closer.element().textContent}"`;
    if (typeof closer === 'string') await userEvent.keyboard('{Escape}');
    else await driver.activate(closer);
    // Radix hands focus back one task after the dialog has left the DOM (a timer in its focus scope); until then
    // focus is on <body>. Wait for that, up to a bound, so a busy machine does not read the moment in between.
    await vi
      .waitUntil(() => !open() && document.activeElement !== document.body, { timeout: 2000, interval: 16 })
      .catch(() => undefined); // still open or focus lost: reported below
    if (open()) {
      problems.push(`${name} (${driver.kind}): still open after ${how}`);
      await userEvent.keyboard('{Escape}');
    } else if (document.activeElement !== opener) {
      problems.push(
        `${name} (${driver.kind}): after ${how} focus is on ${show(document.activeElement)}, not on the trigger`,
      );
    }
  }
  return problems;
}
