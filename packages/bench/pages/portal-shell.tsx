// The page around a widget in a real portal: a small React app (header, navigation, an error boundary, a list
// with state) that has already rendered when the patient opens the widget. Used by the "portal" cold mount on
// both sides alike, so React's own code has run once, as it has on any portal page, before the clock starts.
import {
  Component,
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterPaint } from './harness.js';

const Patient = createContext({ name: 'Patient' });

/** A tiny external store, as portals keep their session or router state. */
function createSessionStore() {
  const unread = 3;
  const listeners = new Set<() => void>();
  return {
    get: () => unread,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p>Something went wrong.</p> : this.props.children;
  }
}

function Messages({ session }: { session: ReturnType<typeof createSessionStore> }) {
  const unread = useSyncExternalStore(session.subscribe, session.get, session.get);
  const [open, setOpen] = useState(false);
  const id = useId();
  const items = useMemo(() => ['Results', 'Appointment', 'Billing', 'Prescriptions', 'Care team'], []);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Messages ({unread})</h2>
      <button type="button" aria-expanded={open} onClick={toggle}>
        Show
      </button>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <a href={`#${item}`}>{item}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Shell() {
  const patient = useContext(Patient);
  const session = useMemo(createSessionStore, []);
  const main = useRef<HTMLElement>(null);
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => {
    main.current?.setAttribute('data-shell', 'ready');
  }, []);
  useEffect(() => setReady(true), []);
  return (
    <Boundary>
      <header>
        <strong>Portal</strong>
        <nav aria-label="Portal">
          <a href="#home">Home</a> <a href="#visits">Visits</a> <a href="#health">My health</a>
        </nav>
      </header>
      <main ref={main} data-ready={ready}>
        <p>Hello, {patient.name}</p>
        <Messages session={session} />
      </main>
    </Boundary>
  );
}

/** Renders the portal's own UI above the widget's container and waits until it is painted. */
export async function renderPortalShell(): Promise<void> {
  const host = document.createElement('div');
  document.body.prepend(host);
  flushSync(() =>
    createRoot(host).render(
      <Patient.Provider value={{ name: 'Alex' }}>
        <Shell />
      </Patient.Provider>,
    ),
  );
  await afterPaint();
}
