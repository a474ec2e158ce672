/**
 * What a page's locks share: how many are held, and <body>'s own inline values to put back after the last one.
 * Kept on <body> under a registered symbol, so every dialog on the page counts in the same place, also from
 * another copy of this package, and nothing is kept in module state.
 */
const HELD: unique symbol = Symbol.for('@sdmkit/ui page scroll lock');

interface Held {
  count: number;
  readonly overflow: string;
  readonly marginRight: string;
}

type LockableBody = HTMLElement & { [HELD]?: Held };

/**
 * Keeps the page behind a modal dialog from scrolling until the returned release is called: `overflow: hidden` on
 * <body> (which the browser applies to the page's viewport), and a right margin as wide as the scrollbar that goes
 * away, so the page does not shift. Through the CSS object model, so a strict `style-src` policy allows it; no
 * `<style>` element is added and no host stylesheet is touched. Locks are counted: the page scrolls again when the
 * last one is released, in whatever order dialogs close, and <body>'s own inline values come back. Releasing
 * twice is harmless.
 */
export function lockPageScroll(doc: Document): () => void {
  const body: LockableBody = doc.body;
  const { style } = body;
  const held = body[HELD] ?? firstLock(doc, body);
  held.count += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.count -= 1;
    if (held.count > 0) return;
    delete body[HELD];
    style.overflow = held.overflow;
    style.marginRight = held.marginRight;
  };
}

function firstLock(doc: Document, body: LockableBody): Held {
  const { style } = body;
  const held: Held = { count: 0, overflow: style.overflow, marginRight: style.marginRight };
  body[HELD] = held;
  const view = doc.defaultView;
  const scrollbar = (view?.innerWidth ?? 0) - doc.documentElement.clientWidth;
  if (view && scrollbar > 0)
    style.marginRight = `${(Number.parseFloat(view.getComputedStyle(body).marginRight) || 0) + scrollbar}px`;
  style.overflow = 'hidden';
  return held;
}
