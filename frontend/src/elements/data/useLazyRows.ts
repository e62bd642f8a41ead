//! The grid's side of st.dataframe(lazy=...): a `LazyRows` per source (each run sends a new
//! one), fed the rows on screen, and a version bumped whenever a page arrives or the sort
//! changes so the grid draws its cells again.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { rustlit } from "../../proto";
import { useStore } from "../../app/context";
import type { DataModel } from "./arrowTable";
import { LazyRows } from "./lazyRows";

export interface LazyGrid {
  lazyRows: LazyRows | null;
  lazyVersion: number;
  onVisibleRegionChanged: (range: { y: number; height: number }) => void;
}

/** `model` is the first page (it carries the schema); null `lazy` is a grid with all its rows. */
export function useLazyRows(lazy: rustlit.ILazyDataframe | null | undefined, model: DataModel): LazyGrid {
  const store = useStore();
  const [lazyVersion, setLazyVersion] = useState(0);
  const lazyRows = useMemo(() => (lazy ? new LazyRows(
    lazy.sourceId ?? "", Number(lazy.rowCount ?? model.rows), lazy.pageSize || 1000, model,
    (sourceId, offset, limit, sort) => store.chunks.request(sourceId, offset, limit, sort),
    () => setLazyVersion((v) => v + 1),
  ) : null), [lazy, model, store]);
  useEffect(() => () => lazyRows?.dispose(), [lazyRows]);
  // The rows on screen: a new source (each run sends one) loads them again at once.
  const visibleRows = useRef<[number, number]>([0, 0]);
  useEffect(() => { lazyRows?.want(...visibleRows.current); }, [lazyRows]);
  const onVisibleRegionChanged = useCallback((range: { y: number; height: number }) => {
    visibleRows.current = [range.y, range.y + range.height];
    lazyRows?.want(range.y, range.y + range.height);
  }, [lazyRows]);
  return { lazyRows, lazyVersion, onVisibleRegionChanged };
}
