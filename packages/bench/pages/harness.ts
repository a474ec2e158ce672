// Page-side timing shared by every benchmark page. Runs in Chromium (bundled by esbuild), never in Node.

/** Resolves after the next frame was painted: a task posted from requestAnimationFrame runs after paint. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  });
}

/** Resolves when `selector` matches inside `root` (checked on every DOM mutation). */
export function whenPresent(root: Element, selector: string): Promise<void> {
  if (root.querySelector(selector)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.querySelector(selector)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

export interface MountTiming {
  /** Render call -> the ready DOM is committed (MutationObserver saw it). */
  readonly commitMs: number;
  /** Render call -> the frame with that DOM was painted. */
  readonly paintMs: number;
  /** Elements inside the root, to show both sides render comparable DOM. */
  readonly elements: number;
}

/**
 * Times a mount: `render` is called at t0 and must start rendering into `container` (both sides include their
 * content parsing: our widgets validate `content` during render, SurveyJS builds its model from JSON).
 */
export async function timeMount(container: Element, readySelector: string, render: () => void): Promise<MountTiming> {
  const t0 = performance.now();
  render();
  await whenPresent(container, readySelector);
  const commit = performance.now();
  await afterPaint();
  const paint = performance.now();
  return { commitMs: commit - t0, paintMs: paint - t0, elements: container.querySelectorAll('*').length };
}

declare global {
  interface Window {
    __bench?: Record<string, (...args: never[]) => unknown>;
    __benchReady?: boolean;
  }
}
