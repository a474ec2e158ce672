/** The element's own rules: the host box is a block; `hidden` hides it. Host page rules for the element win. */
export const HOST_CSS = ':host { display: block; } :host([hidden]) { display: none; }';

/** How the styles were put into the shadow root. */
export type StyleMode = 'adopted' | 'style-element';

/**
 * Puts `cssText` into the shadow root only, never into the document: a constructable stylesheet in
 * `adoptedStyleSheets` where the browser has them (no inline `<style>`, so no `style-src 'unsafe-inline'` under a
 * Content Security Policy), otherwise a `<style>` element inside the shadow root.
 */
export function adoptStyles(shadow: ShadowRoot, cssText: string): StyleMode {
  const view = shadow.ownerDocument.defaultView;
  const Sheet = view?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in shadow && typeof Sheet.prototype.replaceSync === 'function') {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(cssText);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return 'adopted';
    } catch {
      // Older engines without constructable stylesheets: fall through to a <style> element.
    }
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = cssText;
  shadow.prepend(style);
  return 'style-element';
}
