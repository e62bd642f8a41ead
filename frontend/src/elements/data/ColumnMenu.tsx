//! The grid's two menus, as 1.67 has them: the column menu a header's menu
//! button opens (`stDataFrameColumnMenu`: sort ascending/descending, Format
//! for number and date/time columns, Autosize, Pin/Unpin column, Hide column)
//! and the toolbar's column visibility menu (`stDataFrameColumnVisibilityMenu`:
//! "Select all" and one checkbox per column). What they change lives in the
//! page only (never sent to the server), as in 1.67. The column menu starts
//! with the column's type icon and its copyable name, and has 1.67's
//! "Statistics" submenu (`ColumnStatistics.tsx`) for read-only grids.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { ElementIcon } from "../shared/Icon";
import type { ColumnKind } from "./arrowTable";
import { StatisticsContent } from "./ColumnStatistics";
import type { ColumnStats } from "./statistics";

export const MENU_ICONS = {
  asc: "M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z",
  desc: "M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z",
  format: "M2 17h2v.5H3v1h1v.5H2v1h3v-4H2v1zm1-9h1V4H2v1h1v3zm-1 3h1.8L2 13.1v.9h3v-1H3.2L5 10.9V10H2v1zm5-6v2h14V5H7zm0 14h14v-2H7v2zm0-6h14v-2H7v2z",
  autosize: "M21 11V3h-8l3.29 3.29-10 10L3 13v8h8l-3.29-3.29 10-10z",
  pin: "M16 9V4h1c.55 0 1-.45 1-1s-.45-1-1-1H7c-.55 0-1 .45-1 1s.45 1 1 1h1v5c0 1.66-1.34 3-3 3v2h5.97v7l1 1 1-1v-7H19v-2c-1.66 0-3-1.34-3-3z",
  unpin: "M2.81 2.81 1.39 4.22 8 10.83V12c0 1.66-1.34 3-3 3v2h5.97v5l1 1 1-1v-5H17.17l4.61 4.61 1.41-1.41L2.81 2.81zM16 9V4h1c.55 0 1-.45 1-1s-.45-1-1-1H7c-.55 0-1 .45-1 1 0 .35.18.66.46.84L16 11.38V9z",
  hide: "M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92c1.51-1.26 2.7-2.89 3.43-4.75-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7zM2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3 2 4.27zM7.53 9.8l1.55 1.55c-.05.21-.08.43-.08.65 0 1.66 1.34 3 3 3 .22 0 .44-.03.65-.08l1.55 1.55c-.67.33-1.41.53-2.2.53-2.76 0-5-2.24-5-5 0-.79.2-1.53.53-2.2zm4.31-.78l3.15 3.15.02-.16c0-1.66-1.34-3-3-3l-.17.01z",
  chevron: "M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z",
  copy: "M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z",
  copied: "M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z",
  statistics: "M4 9h4v11H4zm12 4h4v7h-4zm-6-9h4v16h-4z",
};

function Icon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="currentColor">
      <path d={path} />
    </svg>
  );
}

/** 1.67's format presets per column kind (the "Format" submenu). */
const NUMBER_FORMATS: [string, string][] = [
  ["", "Automatic"], ["localized", "Localized"], ["plain", "Plain"], ["compact", "Compact"], ["dollar", "Dollar"],
  ["euro", "Euro"], ["yen", "Yen"], ["percent", "Percent"], ["scientific", "Scientific"], ["accounting", "Accounting"],
  ["duration", "Duration"],
];
const FORMATS: Partial<Record<string, [string, string][]>> = {
  number: NUMBER_FORMATS,
  progress: NUMBER_FORMATS.filter(([format]) => format !== "duration"),
  datetime: [["", "Automatic"], ["localized", "Localized"], ["distance", "Distance"], ["calendar", "Calendar"]],
  date: [["", "Automatic"], ["localized", "Localized"], ["distance", "Distance"]],
  time: [["", "Automatic"], ["localized", "Localized"]],
};

/** The Format submenu's entries for a column, by its data kind and configured type (none: no submenu). */
export function formatsFor(kind: ColumnKind, configType: string | undefined): [string, string][] {
  if (configType === "progress") return FORMATS.progress ?? [];
  if (configType && !["number", "datetime", "date", "time"].includes(configType)) return [];
  const key = kind === "decimal" ? "number" : kind;
  return FORMATS[key] ?? [];
}

/** Closes on Escape and on a pointer press outside `ref`. */
function useDismiss(ref: React.RefObject<HTMLElement | null>, onClose: () => void, ignore?: string) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === "Escape") onClose(); };
    const onDown = (e: PointerEvent) => {
      const target = e.target as Element | null;
      if (ref.current?.contains(target)) return;
      if (ignore && target?.closest?.(ignore)) return;
      onClose();
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("pointerdown", onDown, true);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("pointerdown", onDown, true);
    };
  }, [ref, onClose, ignore]);
}

export interface ColumnMenuProps {
  /** Where the header's menu button is (viewport pixels): the menu opens below its right edge. */
  bounds: { x: number; y: number; width: number; height: number };
  title: string;
  /** The column's 1.67 kind ("number", "text", "checkbox", ...): the type icon's tooltip. */
  kind: string;
  /** The type icon's Material name. */
  icon: string;
  /** The column's statistics, computed when the submenu opens (none: no "Statistics" entry). */
  statistics?: () => ColumnStats | null;
  pinned: boolean;
  canSort: boolean;
  formats: [string, string][];
  onSort: (direction: "asc" | "desc") => void;
  onFormat: (format: string) => void;
  onAutosize: () => void;
  onPin: (pinned: boolean) => void;
  onHide: () => void;
  onClose: () => void;
}

export function ColumnMenu(props: ColumnMenuProps) {
  const { bounds, title, kind, icon, statistics, pinned, canSort, formats, onSort, onFormat, onAutosize, onPin, onHide, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  // One submenu at a time, as in 1.67.
  const [open, setOpen] = useState<"format" | "statistics" | null>(null);
  const formatOpen = open === "format";
  const statisticsOpen = open === "statistics";
  const setFormatOpen = (on: boolean | ((v: boolean) => boolean)) =>
    setOpen((o) => ((typeof on === "function" ? on(o === "format") : on) ? "format" : o === "format" ? null : o));
  const stats = useMemo(() => (statisticsOpen && statistics ? statistics() : null), [statisticsOpen, statistics]);
  const [copied, setCopied] = useState(false);
  useDismiss(ref, onClose);
  const act = (f: () => void) => () => { f(); onClose(); };
  const right = Math.max(8, window.innerWidth - (bounds.x + bounds.width));
  return (
    <div ref={ref} className="st-dataframe-menu st-dataframe-column-menu" data-testid="stDataFrameColumnMenu" tabIndex={-1}
      style={{ position: "fixed", top: bounds.y + bounds.height + 2, right }}>
      <div role="menu" aria-label="Dataframe column menu">
        <div className="st-dataframe-menu-header">
          <span className="st-dataframe-menu-kind" title={kind}><ElementIcon icon={`:material/${icon}:`} /></span>
          <span className="st-dataframe-menu-name" title={title}>
            <span className="st-dataframe-menu-title">{title}</span>
            <button type="button" className="st-dataframe-menu-copy" title="Copy column name" aria-label="Copy column name"
              onClick={() => { void navigator.clipboard?.writeText(title).then(() => setCopied(true), () => undefined); }}>
              <Icon path={copied ? MENU_ICONS.copied : MENU_ICONS.copy} />
            </button>
          </span>
        </div>
        {canSort ? (
          <>
            <MenuItem icon={MENU_ICONS.asc} label="Sort ascending" onClick={act(() => onSort("asc"))} />
            <MenuItem icon={MENU_ICONS.desc} label="Sort descending" onClick={act(() => onSort("desc"))} />
            <div className="st-dataframe-menu-divider" role="separator" />
          </>
        ) : null}
        {statistics ? (
          <div className="st-dataframe-menu-sub" onMouseEnter={() => setOpen("statistics")} onMouseLeave={() => setOpen(null)}>
            <button type="button" role="menuitem" aria-haspopup="true" aria-expanded={statisticsOpen} className="st-dataframe-menu-item"
              onClick={() => setOpen((o) => (o === "statistics" ? null : "statistics"))}>
              <Icon path={MENU_ICONS.statistics} /><span>Statistics</span><span className="st-dataframe-menu-chevron"><Icon path={MENU_ICONS.chevron} /></span>
            </button>
            {statisticsOpen ? (
              <Submenu className="st-dataframe-stats-menu" testId="stDataFrameStatisticsMenu">
                <StatisticsContent stats={stats} />
              </Submenu>
            ) : null}
          </div>
        ) : null}
        {formats.length > 0 ? (
          <div className="st-dataframe-menu-sub" onMouseEnter={() => setFormatOpen(true)} onMouseLeave={() => setFormatOpen(false)}>
            <button type="button" role="menuitem" aria-haspopup="menu" aria-expanded={formatOpen} className="st-dataframe-menu-item"
              onClick={() => setFormatOpen((v) => !v)}>
              <Icon path={MENU_ICONS.format} /><span>Format</span><span className="st-dataframe-menu-chevron"><Icon path={MENU_ICONS.chevron} /></span>
            </button>
            {formatOpen ? (
              <Submenu className="st-dataframe-column-menu" testId="stDataFrameColumnFormattingMenu" role="menu">
                {formats.map(([format, label]) => (
                  <MenuItem key={label} label={label} onClick={act(() => onFormat(format))} />
                ))}
              </Submenu>
            ) : null}
          </div>
        ) : null}
        <MenuItem icon={MENU_ICONS.autosize} label="Autosize" onClick={act(onAutosize)} />
        {pinned
          ? <MenuItem icon={MENU_ICONS.unpin} label="Unpin column" onClick={act(() => onPin(false))} />
          : <MenuItem icon={MENU_ICONS.pin} label="Pin column" onClick={act(() => onPin(true))} />}
        <MenuItem icon={MENU_ICONS.hide} label="Hide column" onClick={act(onHide)} />
      </div>
    </div>
  );
}

/** A submenu right of its item, centred on it and kept inside the window (1.67's placement). */
function Submenu({ className, testId, role, children }: { className: string; testId: string; role?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const node = ref.current;
    const anchor = node?.parentElement;
    if (!node || !anchor) return;
    const item = anchor.getBoundingClientRect();
    const height = node.offsetHeight;
    const centred = (item.height - height) / 2;
    const margin = 8;
    const lowest = window.innerHeight - margin - height - item.top;
    setTop(Math.max(margin - item.top, Math.min(centred, lowest)));
  }, []); // the content is complete at the first render (statistics are computed before it)
  return (
    <div ref={ref} className={`st-dataframe-menu st-dataframe-submenu ${className}`} data-testid={testId} role={role}
      style={{ top, visibility: top === undefined ? "hidden" : undefined }}>
      {children}
    </div>
  );
}

function MenuItem({ icon, label, onClick }: { icon?: string; label: string; onClick: () => void }) {
  return (
    <button type="button" role="menuitem" className="st-dataframe-menu-item" onClick={onClick}>
      {icon ? <Icon path={icon} /> : null}<span>{label}</span>
    </button>
  );
}

export interface VisibilityEntry { id: string; label: string; visible: boolean }

/** The toolbar's "Show/hide columns" menu. */
export function VisibilityMenu({ entries, onChange, onClose, children }: {
  entries: VisibilityEntry[];
  onChange: (ids: string[], visible: boolean) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(ref, onClose, '[aria-label="Show/hide columns"]');
  const all = entries.every((e) => e.visible);
  const some = !all && entries.some((e) => e.visible);
  return (
    <div className="st-dataframe-visibility">
      {children}
      <div ref={ref} className="st-dataframe-menu" data-testid="stDataFrameColumnVisibilityMenu" tabIndex={-1}>
        <Check label="Select all" checked={all} indeterminate={some} onChange={(on) => onChange(entries.map((e) => e.id), on)} />
        <div className="st-dataframe-menu-divider" role="separator" />
        <div className="st-dataframe-visibility-list">
          {entries.map((e) => <Check key={e.id} label={e.label} checked={e.visible} onChange={(on) => onChange([e.id], on)} />)}
        </div>
      </div>
    </div>
  );
}

function Check({ label, checked, indeterminate = false, onChange }: {
  label: string; checked: boolean; indeterminate?: boolean; onChange: (on: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => { if (ref.current) ref.current.indeterminate = indeterminate; }, [indeterminate]);
  return (
    <label className="st-dataframe-check">
      <input ref={ref} type="checkbox" checked={checked} aria-label={label} aria-checked={indeterminate ? "mixed" : checked}
        onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
