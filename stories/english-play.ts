/**
 * A play function written against the English labels, run only when the Storybook locale toolbar shows English.
 * Every story follows the toolbar (`globals.locale`); in Spanish or Arabic such a story just renders, in that
 * language, without the script (which would look for English words and stop). The story tests (`storybook`
 * project) run in English, so the script is still tested there.
 */
export function inEnglish<Context extends { readonly globals: Record<string, unknown> }>(
  play: (context: Context) => Promise<void>,
): (context: Context) => Promise<void> {
  return async (context) => {
    if ((context.globals.locale ?? 'en') !== 'en') return;
    await play(context);
  };
}
