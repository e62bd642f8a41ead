//! Chunks being fetched (element families, markdown's maths and emoji). The
//! page reports a run as finished only once none is (App.tsx reads
//! `renderersReady`), so a browser test that waits for the run finds every
//! element rendered, as it would with everything in one bundle.
let fetching = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Counts `loading` as a chunk in flight until it settles (and React has rendered what it brought). */
export function trackChunk<T>(loading: Promise<T>): Promise<T> {
  fetching++;
  notify();
  // A macrotask later, so React has rendered what the chunk brought.
  const settled = () =>
    setTimeout(() => {
      fetching--;
      notify();
    }, 0);
  loading.then(settled, settled);
  return loading;
}

/** Whether no chunk is being fetched; for `useSyncExternalStore`. */
export const renderersReady = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): boolean => fetching === 0,
};
