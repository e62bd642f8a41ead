//! What the column menus change in a grid, kept in the page as 1.67 keeps it: per-column
//! overrides (hidden, pinned, format) from a header's menu, the column order (columns shown
//! again from the toolbar's visibility menu join it; a header dragged elsewhere moves it), and
//! which menu is open.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { DataModel } from "./arrowTable";
import { columnKey, configFor, withOverride, type ColumnConfig, type ColumnOverride, type GridColumnModel } from "./columns";
import type { VisibilityEntry } from "./ColumnMenu";

/** An open header menu: the grid column and the header's bounds it opens under. */
export interface OpenMenu {
  col: number;
  bounds: { x: number; y: number; width: number; height: number };
}

export interface ColumnMenus {
  overrides: Record<string, ColumnOverride>;
  order: string[];
  override: (keys: string[], change: ColumnOverride) => void;
  menu: OpenMenu | null;
  setMenu: (menu: OpenMenu | null) => void;
  visibilityOpen: boolean;
  setVisibilityOpen: (open: boolean | ((open: boolean) => boolean)) => void;
  /** Every column, hidden ones included, for the visibility menu. */
  visibility: VisibilityEntry[];
  setVisible: (keys: string[], visible: boolean) => void;
  /** A header dragged from `from` to `to` among the `shown` columns, `pinned` of them frozen. */
  move: (shown: GridColumnModel[], pinned: number, from: number, to: number) => void;
}

/** The changes start over with new data or config; the order with a new `column_order`. */
export function useColumnMenus(model: DataModel, config: Record<string, ColumnConfig>, orderProp: string[]): ColumnMenus {
  const [overrides, setOverrides] = useState<Record<string, ColumnOverride>>({});
  const [order, setOrder] = useState<string[]>(orderProp);
  const orderKey = orderProp.join("\u0000");
  useEffect(() => { setOrder(orderProp); }, [orderKey]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => { setOverrides({}); }, [model, config]);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [visibilityOpen, setVisibilityOpen] = useState(false);
  const override = useCallback((keys: string[], change: ColumnOverride) => {
    setOverrides((o) => {
      const next = { ...o };
      for (const key of keys) next[key] = { ...o[key], ...change };
      return next;
    });
  }, []);
  const visibility: VisibilityEntry[] = useMemo(() => model.columns.map((c) => {
    const cfg = withOverride(configFor(c, config), overrides[columnKey(c)]);
    const inOrder = c.isIndex || order.length === 0 || order.includes(c.name);
    const label = cfg.label ?? c.headers[c.headers.length - 1] ?? "";
    return { id: columnKey(c), label: !label && c.isIndex ? "(index)" : label, visible: !cfg.hidden && inOrder };
  }), [model.columns, config, overrides, order]);
  const setVisible = useCallback((keys: string[], visible: boolean) => {
    override(keys, { hidden: !visible });
    if (!visible || order.length === 0) return;
    const names = model.columns.filter((c) => !c.isIndex && keys.includes(columnKey(c)) && !order.includes(c.name)).map((c) => c.name);
    if (names.length) setOrder((o) => [...o, ...names]);
  }, [override, order, model.columns]);
  const move = useCallback((shown: GridColumnModel[], pinned: number, from: number, to: number) => {
    const next = [...shown];
    const [moved] = next.splice(from, 1);
    if (!moved) return;
    next.splice(to, 0, moved);
    // As 1.67: dropped among the frozen columns it is pinned, dragged out of them unpinned.
    if (to < pinned && !moved.pinned) override([columnKey(moved.column)], { pinned: true });
    else if (to >= pinned && moved.pinned) override([columnKey(moved.column)], { pinned: false });
    const shownNames = next.filter((m) => !m.column.isIndex).map((m) => m.column.name);
    // Columns not shown (hidden by config or menu) keep their place in the order, after the shown ones.
    const all = order.length ? order : model.columns.filter((c) => !c.isIndex).map((c) => c.name);
    setOrder([...shownNames, ...all.filter((name) => !shownNames.includes(name))]);
  }, [override, order, model.columns]);
  return { overrides, order, override, menu, setMenu, visibilityOpen, setVisibilityOpen, visibility, setVisible, move };
}
