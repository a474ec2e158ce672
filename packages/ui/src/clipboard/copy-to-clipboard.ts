/**
 * Puts `text` on the clipboard. False where the clipboard cannot be used (an insecure page, an old browser, a
 * refused permission, no browser at all): the caller then shows the text to copy by hand.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
