import { cdp } from 'vitest/browser';

/** One node of Chromium's accessibility tree (the fields the tests read). */
export interface AXNode {
  readonly ignored: boolean;
  readonly role?: { readonly value?: unknown };
  readonly name?: { readonly value?: unknown };
}

interface FrameTree {
  readonly frame: { readonly id: string; readonly url: string };
  readonly childFrames?: readonly FrameTree[];
}

/** The nodes Chromium's accessibility tree of this test's frame exposes (not ignored), as role and name. */
export async function exposedNodes(): Promise<{ role: string; name: string }[]> {
  const { frameTree } = (await cdp().send('Page.getFrameTree')) as { frameTree: FrameTree };
  const all = (t: FrameTree): FrameTree['frame'][] => [t.frame, ...(t.childFrames ?? []).flatMap(all)];
  const frame = all(frameTree).find((f) => f.url === location.href);
  if (!frame) throw new Error('this test’s frame is not in the frame tree');
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId: frame.id })) as { nodes: AXNode[] };
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
}

/** The names Chromium's accessibility tree of this test's frame exposes (nodes not ignored). */
export async function exposedNames(): Promise<string[]> {
  return (await exposedNodes()).map((n) => n.name);
}
