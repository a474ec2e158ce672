// Counts which components React rendered in each commit, the way React DevTools does: a minimal
// __REACT_DEVTOOLS_GLOBAL_HOOK__ installed before React loads. A component "rendered" when its fiber carries
// React's PerformedWork flag (set only when the function ran; memo/selector bail-outs do not set it), or when it
// was mounted in this commit. Subtrees whose child pointer did not change were not visited by React and are
// skipped. Built as its own classic script and loaded in <head>, before the page's module, so it is in place
// before react-dom starts.

interface Fiber {
  tag: number;
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  flags: number;
}

const PERFORMED_WORK = 1;
// FunctionComponent, ClassComponent, ForwardRef, MemoComponent, SimpleMemoComponent
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);

function nameOf(fiber: Fiber): string {
  const t = fiber.type as { displayName?: string; name?: string; type?: unknown; render?: unknown } | null;
  if (typeof t === 'function') return t.displayName || t.name || 'Anonymous';
  if (t && typeof t === 'object') {
    const inner = (t.type ?? t.render) as { displayName?: string; name?: string } | undefined;
    return t.displayName || inner?.displayName || inner?.name || 'Anonymous';
  }
  return 'Anonymous';
}

export type RenderCounts = Record<string, number>;

function add(counts: RenderCounts, fiber: Fiber) {
  if (!COMPONENT_TAGS.has(fiber.tag)) return;
  const name = nameOf(fiber);
  counts[name] = (counts[name] ?? 0) + 1;
}

function countMounted(fiber: Fiber, counts: RenderCounts) {
  add(counts, fiber);
  for (let c = fiber.child; c; c = c.sibling) countMounted(c, counts);
}

function walk(fiber: Fiber, counts: RenderCounts) {
  for (let child = fiber.child; child; child = child.sibling) {
    const prev = child.alternate;
    if (!prev) {
      countMounted(child, counts);
      continue;
    }
    if (COMPONENT_TAGS.has(child.tag) && (child.flags & PERFORMED_WORK) === PERFORMED_WORK) add(counts, child);
    if (child.child !== prev.child) walk(child, counts);
  }
}

let current: RenderCounts = {};
let commits = 0;

/** Counts since the last call, then starts again. */
function takeRenderCounts(): { counts: RenderCounts; commits: number } {
  const out = { counts: current, commits };
  current = {};
  commits = 0;
  return out;
}

const hook = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map<number, unknown>(),
  inject(renderer: unknown) {
    const id = hook.renderers.size + 1;
    hook.renderers.set(id, renderer);
    return id;
  },
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    commits += 1;
    const fiber = root.current;
    if (fiber.alternate) walk(fiber, current);
    else countMounted(fiber, current);
  },
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  checkDCE() {},
};

(globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;
(globalThis as Record<string, unknown>).__renderCounter = { take: takeRenderCounts };
