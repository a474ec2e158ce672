/**
 * Counts the listeners a store has at the moment, by wrapping its own `subscribe`. Call before anything
 * subscribes; returns a function that reads the count.
 */
export function countListeners(store: { subscribe: (listener: never) => () => void }): () => number {
  let live = 0;
  const subscribe = store.subscribe.bind(store);
  store.subscribe = (listener: never) => {
    live += 1;
    const stop = subscribe(listener);
    return () => {
      live -= 1;
      stop();
    };
  };
  return () => live;
}
