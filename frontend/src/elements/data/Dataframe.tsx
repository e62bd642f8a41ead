//! st.dataframe: the Arrow data in glide-data-grid, the grid Streamlit uses
//! (canvas plus its accessible table), inside `stDataFrame`. Virtualised
//! scrolling, sorting by header click (ascending → descending → off, "↑ "/"↓ "
//! before the title, as 1.67), column resizing, pinned index columns, and the column
//! config of SPEC-DATA §2.4/§3 as far as it changes what a read-only grid
//! shows (`columns.ts` and `cells.ts` make the cells); the header menus and the
//! visibility menu (`useColumnMenus`), lazy rows (`useLazyRows`), button columns
//! and the hover toolbar (CSV download, search, fullscreen).
//!
//! Selections (when the element carries a widget id): row markers for the
//! row modes, header clicks select columns (sorting is off then), cell
//! clicks select cells; each change is sent as the selection JSON, rows as
//! positions in the data whatever the sort order.
//!
//! st.data_editor (`DataEditor`) is the same grid with editing: editable
//! cells per column (`editing.ts` picks the editor, `editorCells.tsx` adds the
//! ones glide lacks), validation, paste, the trailing "add row" row and row
//! markers for deleting as `num_rows` allows; the edit state is sent as the
//! widget's value (SPEC-DATA §4.2).
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  DataEditor as GlideDataEditor,
  GridCellKind,
  type EditableGridCell,
  type GridCell,
  type GridColumn,
  type GridSelection,
  type Item,
} from "@glideapps/glide-data-grid";
import { rustlit } from "../../proto";
import { useAppState, useHeldValue, useWidgets } from "../../app/context";
import { useLazyRows } from "./useLazyRows";
import { useEditState } from "./useEditState";
import { useColumnMenus } from "./useColumnMenus";
import { buttonAt, buttonCell, buttonRenderer, isButtonColumn, type ButtonData } from "./buttonCells";
import { dataModel, decodeArrow, type DataColumn } from "./arrowTable";
import { parseStyler, type StylerCells } from "./styler";
import { CUSTOM_RENDERERS } from "./cells";
import { useThemeVersion } from "../../theme/activeTheme";
import { downloadCsv, rawText, toCsv } from "./csv";
import { RowMap, addRow, columnEditor, deleteRows, jsonOf, parseInput, setCell, type JsonValue } from "./editing";
import { choiceRenderer, tagsRenderer, temporalRenderer } from "./editorCells";
import {
  autoWidth, cellOf, columnKey, columnModels, MARKER_WIDTH, parseConfig, ROW_HEIGHT, SORT_LIMIT, sortedRows, gridTheme, indexCellTheme,
  type GridColumnModel, type Sort,
} from "./columns";
import { ColumnMenu, formatsFor, VisibilityMenu } from "./ColumnMenu";
import { columnStatistics, gridKind, statsType, typeIcon } from "./statistics";
import { measuredWidth, measureWidths, useFontsReady } from "./widths";
import { EMPTY_SELECTION, gridSelectionOf, Mode, selectionJson } from "./selection";
import { EditMode, categoriesOf, editableCell } from "./editorValues";

const ICONS = {
  add: "M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z",
  delete: "M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z",
  download: "M5 20h14v-2H5v2zM19 9h-4V3H9v6H5l7 7 7-7z",
  search: "M15.5 14h-.79l-.28-.27A6.471 6.471 0 0016 9.5 6.5 6.5 0 109.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z",
  expand: "M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z",
  collapse: "M5 16h3v3h2v-5H5v2zm3-8H5v2h5V5H8v3zm6 11h2v-3h3v-2h-5v5zm2-11V5h-2v5h5V8h-3z",
  visibility: "M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z",
};

function ToolbarButton({ label, icon, onClick }: { label: string; icon: keyof typeof ICONS; onClick: () => void }) {
  return (
    <div data-testid="stElementToolbarButton">
      <button type="button" className="st-toolbar-button" data-testid="stBaseButton-elementToolbar" aria-label={label} title={label} onClick={onClick}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor" data-testid="stElementToolbarButtonIcon">
          <path d={ICONS[icon]} />
        </svg>
      </button>
    </div>
  );
}

function heightOf(config: rustlit.IHeightConfig | null | undefined, rows: number, rowHeight: number): number {
  const header = rowHeight;
  const all = rows * rowHeight + header + 3;
  if (config?.pixelHeight) return config.pixelHeight;
  if (config?.useContent) return Math.min(all, 10_000);
  if (config?.useStretch) return Math.max(all, 3 * rowHeight + header + 3);
  // "auto": about ten rows and the header, at least two rows.
  return Math.max(Math.min(all, 10 * rowHeight + header + 3), 2 * rowHeight + header + 3);
}

function ensurePortal() {
  // glide-data-grid opens cell overlays in `#portal`.
  if (typeof document !== "undefined" && !document.getElementById("portal")) {
    const portal = document.createElement("div");
    portal.id = "portal";
    portal.style.cssText = "position: fixed; left: 0; top: 0; z-index: 9999;";
    document.body.appendChild(portal);
  }
}

interface GridProps {
  arrowData: rustlit.IArrowData | null | undefined;
  /** st.dataframe(lazy=...): the rows stay on the server and load as the grid shows them. */
  lazy?: rustlit.ILazyDataframe | null;
  /** Keyed button columns: the widget each column's clicks go to. */
  buttonWidgets?: rustlit.IButtonClickWidget[] | null;
  columnsJson: string | null | undefined;
  columnOrder: string[] | null | undefined;
  rowHeight: number | null | undefined;
  placeholder: string | null | undefined;
  alt: string | null | undefined;
  widget: rustlit.IWidget;
  selectionMode: rustlit.Dataframe.SelectionMode[];
  /** st.data_editor: how rows may be added and deleted, and whether a change reruns. */
  editing?: { mode: rustlit.DataEditor.EditingMode; ignoreRerun: boolean };
  heightConfig?: rustlit.IHeightConfig | null;
  widthConfig?: rustlit.IWidthConfig | null;
}

export function Dataframe({ el, heightConfig, widthConfig }: {
  el: rustlit.IDataframe;
  heightConfig?: rustlit.IHeightConfig | null;
  widthConfig?: rustlit.IWidthConfig | null;
}) {
  return (
    <Grid
      arrowData={el.arrowData} lazy={el.lazyData} buttonWidgets={el.buttonClickWidgets} columnsJson={el.columns} columnOrder={el.columnOrder} rowHeight={el.rowHeight}
      placeholder={el.placeholder} alt={el.alt} widget={el.widget ?? {}} selectionMode={el.selectionMode ?? []}
      heightConfig={heightConfig} widthConfig={widthConfig}
    />
  );
}

export function DataEditor({ el, heightConfig, widthConfig }: {
  el: rustlit.IDataEditor;
  heightConfig?: rustlit.IHeightConfig | null;
  widthConfig?: rustlit.IWidthConfig | null;
}) {
  return (
    <Grid
      arrowData={el.arrowData} columnsJson={el.columns} columnOrder={el.columnOrder} rowHeight={el.rowHeight}
      placeholder={el.placeholder} alt={el.alt} widget={el.widget ?? {}} selectionMode={[]} buttonWidgets={el.buttonClickWidgets}
      editing={{ mode: el.editingMode ?? rustlit.DataEditor.EditingMode.FIXED, ignoreRerun: !!el.ignoreRerun }}
      heightConfig={heightConfig} widthConfig={widthConfig}
    />
  );
}


function Grid({
  arrowData, lazy, buttonWidgets, columnsJson, columnOrder, rowHeight: rowHeightProp, placeholder, alt, widget, selectionMode,
  editing, heightConfig: height, widthConfig: width,
}: GridProps) {
  // The grid paints on a canvas: its colours follow the active theme from here.
  const themeVersion = useThemeVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- gridTheme() reads the page's variables, which change with the version
  const theme = useMemo(() => gridTheme(), [themeVersion]);
  const table = useMemo(() => decodeArrow(lazy ? lazy.initialChunk : arrowData?.data), [lazy, arrowData?.data]);
  const model = useMemo(() => dataModel(table), [table]);
  // Lazy rows: the model above is the first page (it carries the schema); the rest loads by page.
  const { lazyRows, lazyVersion, onVisibleRegionChanged } = useLazyRows(lazy, model);
  const totalRows = lazyRows ? lazyRows.rows : model.rows;
  const styler = useMemo<StylerCells | null>(() => parseStyler(arrowData?.styler), [arrowData?.styler]);
  const config = useMemo(() => parseConfig(columnsJson), [columnsJson]);
  const missing = placeholder ?? "None";
  const orderProp = useMemo(() => columnOrder ?? [], [columnOrder]);
  // The column menus' changes (hide, pin, format; shown columns join the order), kept in the page.
  const menus = useColumnMenus(model, config, orderProp);
  const { overrides, order, override } = menus;
  // Automatic widths are measured in the grid's font once its web font has loaded (as glide's sizer).
  const fontsReady = useFontsReady();
  const gridDisabledProp = !!widget.disabled;
  const models = useMemo(
    () => measureWidths(
      columnModels(model.columns, config, order, model.rows, missing, overrides), model.rows, missing, theme,
      (m) => !!editing && !!columnEditor(m.column, m.config, gridDisabledProp, categoriesOf(m.column)),
    ),
    [model, config, order, missing, overrides, theme, editing, gridDisabledProp, fontsReady], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const [widths, setWidths] = useState<Record<string, number>>({});
  const container = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  useEffect(() => {
    const node = container.current;
    if (!node || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setAvailable(Math.floor(entry.contentRect.width)));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  // Sorted by a column's key, so hiding or pinning another column keeps it.
  const [sortBy, setSortBy] = useState<{ key: string; direction: "asc" | "desc" } | null>(null);
  const sort: Sort = useMemo(() => {
    if (!sortBy) return null;
    const column = models.findIndex((m) => columnId(m) === sortBy.key);
    return column < 0 ? null : { column, direction: sortBy.direction };
  }, [sortBy, models]);
  const widgetId = widget.id ?? "";
  const widgets = useWidgets();
  const heldValue = useHeldValue(widget);
  const held = heldValue && "stringValue" in heldValue ? heldValue.stringValue : "";
  // client.disableDataExport: no CSV download; a read-only grid also refuses copying (1.67).
  const noExport = useAppState((s) => !!s.session?.disableDataExport);
  const modes = selectionMode;
  const rowSelect = modes.includes(Mode.MULTI_ROW) ? "multi" : modes.includes(Mode.SINGLE_ROW) || modes.includes(Mode.SINGLE_ROW_REQUIRED) ? "single" : "none";
  const columnSelect = modes.includes(Mode.MULTI_COLUMN) ? "multi" : modes.includes(Mode.SINGLE_COLUMN) ? "single" : "none";
  const cellSelect = modes.includes(Mode.MULTI_CELL) ? "rect" : modes.includes(Mode.SINGLE_CELL) ? "cell" : "none";
  const selecting = !editing && widgetId !== "" && modes.length > 0;
  const [selection, setSelection] = useState<GridSelection>(EMPTY_SELECTION);
  const sent = useRef<string | null>(null);
  useEffect(() => { ensurePortal(); }, []);
  useEffect(() => { setSortBy(null); }, [model]);

  // ---- editing (st.data_editor)
  const gridDisabled = !!widget.disabled;
  const canAdd = !!editing && !gridDisabled && (editing.mode === EditMode.DYNAMIC || editing.mode === EditMode.ADD_ONLY);
  const canDelete = !!editing && !gridDisabled && (editing.mode === EditMode.DYNAMIC || editing.mode === EditMode.DELETE_ONLY);
  // 1.67: a grid without rows is "empty" (no column menus) unless rows can be added to it; sorting is
  // off for large frames and for editors that add rows.
  const addsRows = !!editing && (editing.mode === EditMode.DYNAMIC || editing.mode === EditMode.ADD_ONLY);
  const emptyTable = totalRows === 0 && !(addsRows && model.columns.some((c) => !c.isIndex));
  // A lazy grid sorts on the server, whatever its size.
  const canSort = !emptyTable && !addsRows && (lazyRows ? !!lazy?.sortable : model.rows <= SORT_LIMIT);

  const sortedModel = sort ? models[sort.column] : undefined;
  const perm = useMemo(
    () => (sort && sortedModel && !lazyRows ? sortedRows(sortedModel, model.rows, sort.direction) : null),
    [sort, sortedModel, model.rows, lazyRows],
  );
  useEffect(() => {
    lazyRows?.setSort(sort && sortedModel?.column.field
      ? { column: sortedModel.column.field, descending: sort.direction === "desc" } : null);
  }, [lazyRows, sort, sortedModel]);
  const { edits, editors, rowMap, commit, currentValue, onCellsEdited, drawCell, validateCell } = useEditState({
    editing, widgetId, held, models, gridDisabled, rows: model.rows, perm, sent,
  });
  // A data editor with a new widget id starts without a selection.
  useEffect(() => {
    if (editing) setSelection(EMPTY_SELECTION);
  }, [editing, widgetId]);
  const shownRows = editing ? rowMap.rows : totalRows;

  // Free space of a stretched grid is shared equally among the columns that are not pinned (1.67:
  // fixed widths, named or in pixels, grow as much as automatic ones; pinned ones, the index by
  // default, keep their width), except those the user resized.
  const contentWidth = !!width?.useContent;
  const markers = (selecting && rowSelect !== "none") || canDelete ? MARKER_WIDTH : 0;
  const grows = useCallback((m: GridColumnModel) => !m.pinned && widths[columnId(m)] === undefined, [widths]);
  const extra = useMemo(() => {
    if (!available || contentWidth) return { each: 0, last: "", rest: 0 };
    const used = models.reduce((sum, m) => sum + (widths[columnId(m)] ?? m.width), 0) + 2 + markers;
    const growing = models.filter(grows);
    if (!growing.length || used >= available) return { each: 0, last: "", rest: 0 };
    // Whole pixels each; the last growing column takes what is left so the columns end at the border.
    const each = Math.floor((available - used) / growing.length);
    return { each, last: columnId(growing[growing.length - 1]), rest: available - used - each * growing.length };
  }, [available, models, widths, markers, contentWidth, grows]);

  const gridColumns: GridColumn[] = useMemo(() => models.map((m, i) => {
    const arrow = sort?.column === i ? (sort.direction === "asc" ? "↑ " : "↓ ") : "";
    const id = columnId(m);
    const editable = !!editors[i];
    return {
      id,
      title: `${arrow}${m.title}`,
      width: widths[id] ?? m.width + (grows(m) ? extra.each + (id === extra.last ? extra.rest : 0) : 0),
      group: m.group || undefined,
      hasMenu: !emptyTable,
      icon: editable ? "editable" : undefined,
      themeOverride: m.column.isIndex && !editable ? indexCellTheme(theme) : undefined,
    };
  }), [models, sort, widths, extra, editors, emptyTable, theme, grows]);

  const getCellContent = useCallback(([col, row]: Item): GridCell => {
    const m = models[col];
    if (!m) return { kind: GridCellKind.Text, data: "", displayData: "", allowOverlay: false };
    const editor = editors[col];
    if (editing) {
      const at = rowMap.at(row);
      if (!at) return { kind: GridCellKind.Text, data: "", displayData: "", allowOverlay: false };
      if ("added" in at) {
        const key = m.column.isIndex ? "_index" : m.column.name;
        const value = edits.added[at.added]?.get(key) ?? null;
        if (editor) return editableCell(m, editor, value, missing, theme.textLight);
        return { kind: GridCellKind.Text, data: "", displayData: "", allowOverlay: false, readonly: true };
      }
      if (editor) {
        const edited = edits.edited.get(at.original)?.get(editor.key);
        const value = edited !== undefined ? edited : jsonOf(m.column, editor, m.column.value(at.original));
        return editableCell(m, editor, value, missing);
      }
      row = at.original;
    }
    if (lazyRows) {
      const loaded = lazyRows.value(m.column.position, row);
      if (!loaded) return { kind: GridCellKind.Loading, allowOverlay: false, skeletonWidth: 60, skeletonWidthVariability: 30 };
      return isButtonColumn(m) ? buttonCell(m, loaded.value) : cellOf(m, loaded.value, missing, undefined, theme.textLight);
    }
    const original = editing ? row : perm ? perm[row] : row;
    const value = m.column.value(original);
    if (isButtonColumn(m)) return buttonCell(m, value);
    const cellId = m.column.isIndex ? undefined : styler?.cellOf(original, m.column.position - indexCount(model));
    const display = m.config.type_config?.format ? undefined : cellId?.display;
    const cell = cellOf(m, value, missing, display, theme.textLight);
    if (cellId?.theme) return { ...cell, themeOverride: { ...cell.themeOverride, ...cellId.theme } } as GridCell;
    return cell;
  }, [models, perm, missing, styler, model, editing, editors, rowMap, edits, lazyRows, lazyVersion, theme]); // eslint-disable-line react-hooks/exhaustive-deps

  // A click on a button of a keyed button column: its widget gets {row, label} once (even in a form).
  const clickWidgets = useMemo(() => new Map((buttonWidgets ?? []).map((b) => [b.column ?? "", b.widgetId ?? ""])), [buttonWidgets]);
  const onCellClicked = useCallback(([col, row]: Item, event: { localEventX: number; bounds: { width: number } }) => {
    const m = models[col];
    if (!m || !isButtonColumn(m)) return;
    const id = clickWidgets.get(m.column.name) ?? clickWidgets.get(`_pos:${m.column.position}`);
    if (!id) return;
    const cell = getCellContent([col, row]);
    if (cell.kind !== GridCellKind.Custom) return;
    const label = buttonAt(cell.data as ButtonData, event.bounds.width, event.localEventX);
    if (label === undefined) return;
    // Rows are positions in the data, whatever the sort order (a sorted lazy grid's come with
    // each page from the server).
    const at = editing ? rowMap.at(row) : undefined;
    if (at && "added" in at) return;
    const original = at ? at.original : lazyRows ? lazyRows.original(row) : perm ? perm[row] : row;
    if (original === undefined) return;
    widgets.choose(id, JSON.stringify({ row: original, label }));
  }, [models, clickWidgets, getCellContent, editing, rowMap, lazyRows, perm, widgets]);


  // The editor's CSV: the rows as shown, edits applied.
  const editedCellText = useCallback((col: number, row: number): string => {
    const m = models[col];
    const at = rowMap.at(row);
    if (!m || !at) return "";
    if (editors[col]) {
      const value = currentValue(col, row);
      if (value === null || value === undefined) return "";
      return typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
    }
    return "added" in at ? "" : rawText(m.column, m.column.value(at.original));
  }, [models, rowMap, editors, currentValue]);


  const onCellEdited = useCallback((cell: Item, value: EditableGridCell) => {
    onCellsEdited([{ location: cell, value }]);
  }, [onCellsEdited]);


  const deleteShownRows = useCallback((shown: number[]) => {
    if (!canDelete || shown.length === 0) return;
    commit(deleteRows(edits, rowMap, shown));
    setSelection(EMPTY_SELECTION);
  }, [canDelete, edits, rowMap, commit]);

  const onDelete = useCallback((sel: GridSelection): boolean => {
    if (sel.rows.length > 0) {
      deleteShownRows(sel.rows.toArray());
      return false;
    }
    // Cells: cleared (null), as 1.67 does.
    const range = sel.current?.range;
    if (!range) return false;
    let next = edits;
    for (let r = range.y; r < range.y + range.height; r++) {
      for (let c = range.x; c < range.x + range.width; c++) {
        const editor = editors[c];
        if (editor && editor.kind !== "checkbox") next = setCell(next, rowMap, r, editor.key, null);
      }
    }
    if (next !== edits) commit(next);
    return false;
  }, [deleteShownRows, edits, editors, rowMap, commit]);

  const defaults = useMemo(() => {
    const out = new Map<string, JsonValue>();
    for (const editor of editors) if (editor && editor.default !== undefined) out.set(editor.key, editor.default);
    return out;
  }, [editors]);
  const appendRow = useCallback(() => {
    if (!canAdd) return;
    commit(addRow(edits, defaults));
  }, [canAdd, edits, defaults, commit]);

  // Pasted text (tab-separated rows) goes into the cells from the target on, each parsed for its
  // column; rows pasted past the last one are added when rows may be added, as 1.67 does.
  const onPaste = useCallback(([col, row]: Item, values: readonly (readonly string[])[]): boolean => {
    let next = edits;
    let map = rowMap;
    for (let i = 0; i < values.length; i++) {
      const r = row + i;
      if (r >= map.rows) {
        if (!canAdd) break;
        next = addRow(next, defaults);
        map = new RowMap(model.rows, next, perm);
      }
      values[i].forEach((text, j) => {
        const editor = editors[col + j];
        if (!editor) return;
        const value = parseInput(editor, text);
        if (value !== undefined) next = setCell(next, map, r, editor.key, value);
      });
    }
    if (next !== edits) commit(next);
    return false;
  }, [edits, rowMap, canAdd, defaults, model.rows, perm, editors, commit]);

  // The held selection (from the server or this page) shown in the grid, also after a re-sort.
  // (Not for the value this page just sent: the grid already shows it, ranges included.)
  const shownPerm = useRef(perm);
  useEffect(() => {
    if (!selecting) return;
    if (held === sent.current && shownPerm.current === perm) return;
    shownPerm.current = perm;
    setSelection(gridSelectionOf(held || "{}", models, perm));
  }, [selecting, held, models, perm]);

  const onSelectionChange = useCallback((picked: GridSelection) => {
    if (editing) {
      setSelection(picked);
      return;
    }
    let next = picked;
    // glide makes a row pick clear the columns and a column pick clear the rows (unless a modifier
    // key is held); 1.67 keeps both kinds.
    if (!picked.columns.equals(selection.columns) && picked.rows.length === 0 && rowSelect !== "none") {
      next = { ...picked, rows: selection.rows };
    } else if (!picked.rows.equals(selection.rows) && picked.columns.length === 0 && columnSelect !== "none") {
      next = { ...picked, columns: selection.columns };
    }
    setSelection(next);
    if (!selecting) return;
    const json = selectionJson(next, models, perm, cellSelect);
    if (json !== (sent.current ?? held)) {
      sent.current = json;
      widgets.setValue(widgetId, { stringValue: json });
    }
  }, [editing, selecting, models, perm, cellSelect, held, widgets, widgetId, selection, rowSelect, columnSelect]);

  const onHeaderClicked = useCallback((col: number) => {
    const m = models[col];
    if (!canSort || !m || columnSelect !== "none") return;
    const key = columnId(m);
    setSortBy((s) => {
      if (!s || s.key !== key) return { key, direction: "asc" };
      if (s.direction === "asc") return { key, direction: "desc" };
      return null;
    });
  }, [canSort, models, columnSelect]);

  // ---- the column menu (a header's menu button) and the column visibility menu (toolbar)
  const { menu, setMenu, visibilityOpen, setVisibilityOpen, visibility, setVisible } = menus;
  const menuModel = menu ? models[menu.col] : undefined;
  const menuKind = menuModel ? gridKind(menuModel.column, menuModel.config.type_config?.type) : "";
  // 1.67 offers column statistics in read-only grids that hold their rows (not lazy, not empty).
  const canShowStatistics = !editing && !lazyRows && !emptyTable;
  const statisticsOf = useCallback(
    () => (menuModel ? columnStatistics(menuModel.column, menuKind, model.rows) : null),
    [menuModel, menuKind, model.rows],
  );

  const onColumnResize = useCallback((column: GridColumn, newSize: number) => {
    const id = column.id ?? column.title;
    setWidths((w) => ({ ...w, [id]: newSize }));
  }, []);

  const [searching, setSearching] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    if (!fullscreen) return;
    const onKey = (e: KeyboardEvent) => { if (e.key === "Escape") setFullscreen(false); };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [fullscreen]);
  const rowHeight = rowHeightProp || ROW_HEIGHT;
  const heightRows = shownRows + (canAdd ? 1 : 0);
  const gridHeight = fullscreen
    ? Math.min(heightRows * rowHeight + rowHeight + 3, Math.max(200, window.innerHeight - 96))
    : heightOf(height, heightRows, rowHeight);
  const freeze = models.filter((m) => m.pinned).length;
  const visibilityButton = <ToolbarButton label="Show/hide columns" icon="visibility" onClick={() => setVisibilityOpen((v) => !v)} />;
  const hasGroups = models.some((m) => m.group);
  const noColumns = gridColumns.length === 0;
  // width="content": as wide as the columns (the element's box shrinks to fit it).
  // The grid itself; its frame adds the 1 px border on each side (1.67: a 50 px column, a 52 px frame).
  const naturalWidth = gridColumns.reduce((sum, c) => sum + ("width" in c ? c.width : 0), 0) + markers;
  const selectedRows = editing ? selection.rows.toArray() : [];

  return (
    <div className={`stDataFrame${fullscreen ? " st-fullscreen" : ""}`} data-testid="stDataFrame" ref={container} aria-label={alt ?? undefined} role={alt ? "figure" : undefined}>
      <div className="stElementToolbar" data-testid="stElementToolbar">
        <div className="st-toolbar-buttons" data-testid="stElementToolbarButtonContainer">
          {canDelete && selectedRows.length > 0 ? (
            <ToolbarButton label="Delete row(s)" icon="delete" onClick={() => deleteShownRows(selectedRows)} />
          ) : null}
          {canAdd && selectedRows.length === 0 ? <ToolbarButton label="Add row" icon="add" onClick={appendRow} /> : null}
          {!emptyTable && visibility.length > 0 ? (visibilityOpen
            ? <VisibilityMenu entries={visibility} onChange={setVisible} onClose={() => setVisibilityOpen(false)}>{visibilityButton}</VisibilityMenu>
            : visibilityButton) : null}
          {shownRows > 0 && model.rows <= SORT_LIMIT && !noExport && !lazyRows ? (
            <ToolbarButton label="Download as CSV" icon="download" onClick={() => downloadCsv(editing
              ? toCsv(models, rowMap.rows, null, editedCellText)
              : toCsv(models, model.rows, perm))} />
          ) : null}
          {model.rows > 0 && !lazyRows ? <ToolbarButton label="Search" icon="search" onClick={() => setSearching((v) => !v)} /> : null}
          <ToolbarButton label={fullscreen ? "Close fullscreen" : "Fullscreen"} icon={fullscreen ? "collapse" : "expand"} onClick={() => setFullscreen((v) => !v)} />
        </div>
      </div>
      <div className="stDataFrameResizable" data-testid="stDataFrameResizable" style={{ height: gridHeight }}>
        <GlideDataEditor
          className="stDataFrameGlideDataEditor"
          columns={noColumns ? [{ id: "_empty", title: "", width: 50 }] : gridColumns}
          rows={noColumns ? 0 : shownRows}
          getCellContent={getCellContent}
          onHeaderClicked={onHeaderClicked}
          onHeaderMenuClick={(col, bounds) => setMenu({ col, bounds })}
          onColumnResize={onColumnResize}
          onColumnMoved={noColumns ? undefined : (from, to) => menus.move(models, freeze, from, to)}
          freezeColumns={noColumns ? 0 : freeze}
          rowHeight={rowHeight}
          headerHeight={rowHeight}
          groupHeaderHeight={hasGroups ? rowHeight : undefined}
          smoothScrollX
          smoothScrollY
          width={contentWidth && !fullscreen ? naturalWidth : "100%"}
          height={gridHeight}
          theme={theme}
          rowMarkers={canDelete
            ? { kind: "checkbox", checkboxStyle: "square", theme: { bgCell: theme.bgHeader, bgCellMedium: theme.bgHeader } }
            : selecting && rowSelect !== "none" ? "checkbox-visible" : "none"}
          rowMarkerWidth={MARKER_WIDTH}
          rowSelect={canDelete ? "multi" : selecting ? rowSelect : "none"}
          columnSelect={selecting ? columnSelect : "none"}
          rangeSelect={selecting ? cellSelect : editing ? "rect" : "cell"}
          rowSelectionMode={canDelete || rowSelect === "multi" ? "multi" : "auto"}
          rowSelectionBlending="mixed"
          columnSelectionBlending="mixed"
          gridSelection={selecting || editing ? selection : undefined}
          onGridSelectionChange={selecting || editing ? onSelectionChange : undefined}
          getCellsForSelection
          keybindings={{ copy: !(noExport && !editing) }}
          minColumnWidth={50}
          maxColumnWidth={1000}
          maxColumnAutoWidth={500}
          verticalBorder
          experimental={{ kineticScrollPerfHack: true }}
          customRenderers={editing ? EDITOR_RENDERERS : GRID_RENDERERS}
          headerIcons={editing ? HEADER_ICONS : undefined}
          drawCell={editing ? drawCell : undefined}
          showSearch={searching && !lazyRows}
          onCellClicked={clickWidgets.size > 0 ? onCellClicked : undefined}
          onVisibleRegionChanged={lazyRows ? onVisibleRegionChanged : undefined}
          onSearchClose={() => setSearching(false)}
          {...(editing && !gridDisabled ? {
            onCellEdited, onCellsEdited, validateCell, onDelete, onPaste, fillHandle: true,
          } : {})}
          {...(canAdd ? { trailingRowOptions: { sticky: false, tint: true }, onRowAppended: appendRow } : {})}
        />
      </div>
      {lazyRows?.error ? <div className="stDataFrameLazyError" role="alert">{lazyRows.error}</div> : null}
      {menu && menuModel ? (
        <ColumnMenu
          bounds={menu.bounds}
          title={menuModel.title}
          kind={menuKind}
          icon={typeIcon(menuKind, menuModel.column)}
          statistics={canShowStatistics && statsType(menuKind) ? statisticsOf : undefined}
          pinned={menuModel.pinned}
          canSort={canSort}
          formats={formatsFor(menuModel.column.kind, menuModel.config.type_config?.type)}
          onSort={(direction) => setSortBy({ key: columnId(menuModel), direction })}
          onFormat={(format) => override([columnId(menuModel)], { format })}
          onAutosize={() => setWidths((w) => ({
            ...w,
            [columnId(menuModel)]: measuredWidth(menuModel, model.rows, missing, theme, !!gridColumns[menu.col]?.icon)
              ?? autoWidth(menuModel.title, menuModel.column, model.rows, missing),
          }))}
          onPin={(pinned) => override([columnId(menuModel)], { pinned })}
          onHide={() => override([columnId(menuModel)], { hidden: true })}
          onClose={() => setMenu(null)}
        />
      ) : null}
    </div>
  );
}

/** The mark 1.67 puts before the title of an editable column (Material "edit_note"). */
const HEADER_ICONS = {
  editable: ({ bgColor }: { bgColor: string }) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="20" height="20"><path fill="${bgColor}" d="M3 10h11v2H3v-2zm0-2h11V6H3v2zm0 8h7v-2H3v2zm15.01-3.13.71-.71c.39-.39 1.02-.39 1.41 0l.71.71c.39.39.39 1.02 0 1.41l-.71.71-2.12-2.12zm-.71.71-5.3 5.3V21h2.12l5.3-5.3-2.12-2.12z"/></svg>`,
};

const GRID_RENDERERS = [...CUSTOM_RENDERERS, buttonRenderer] as typeof CUSTOM_RENDERERS;
const EDITOR_RENDERERS = [...GRID_RENDERERS, choiceRenderer, temporalRenderer, tagsRenderer] as typeof CUSTOM_RENDERERS;

function columnId(m: GridColumnModel): string {
  return columnKey(m.column);
}

function indexCount(model: { columns: DataColumn[] }): number {
  let n = 0;
  for (const c of model.columns) if (c.isIndex) n++;
  return n;
}
