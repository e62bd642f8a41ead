//! Whether the sidebar is open, from `initial_sidebar_state`: applied when the
//! page loads and again whenever a set_page_config call changes the value
//! (not when a rerun repeats it, so a user's own toggle sticks), as in 1.67.
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { useAppState } from "./context";
import type { SidebarState } from "../store/pageConfig";

/** Below this viewport width "auto" (and "locked") start collapsed. */
const MEDIUM_BREAKPOINT_PX = 768;
const MIN_WIDTH_PX = 200;
const MAX_WIDTH_PX = 600;

export function initiallyExpanded(state: SidebarState, viewportWidth: number): boolean {
  if (state === "expanded") return true;
  if (state === "collapsed") return false;
  return viewportWidth >= MEDIUM_BREAKPOINT_PX;
}

/** The sidebar's width from an int initial_sidebar_state, clamped as Streamlit does; null = the default. */
export function sidebarWidth(px: number | null): number | null {
  return px === null ? null : Math.min(MAX_WIDTH_PX, Math.max(MIN_WIDTH_PX, px));
}

export interface SidebarOpenState {
  expanded: boolean;
  setExpanded: (expanded: boolean) => void;
  /** "locked" on a wide enough screen: open, with no collapse control. */
  locked: boolean;
  width: number | null;
}

// One state for the page: the sidebar and the header (which shows st.logo's
// icon while the sidebar is collapsed) must agree on it.
let shared: { expanded: boolean; applied: SidebarState } | null = null;
const listeners = new Set<() => void>();

function setShared(expanded: boolean, applied: SidebarState): void {
  shared = { expanded, applied };
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSidebarState(): SidebarOpenState {
  const state = useAppState((s) => s.pageConfig.initialSidebarState);
  const width = useAppState((s) => sidebarWidth(s.pageConfig.initialSidebarWidth));
  // The first reader sets the page's starting state (idempotent for later ones).
  if (shared === null) shared = { expanded: initiallyExpanded(state, window.innerWidth), applied: state };
  const current = useSyncExternalStore(subscribe, () => shared!);
  useEffect(() => {
    if (shared!.applied === state) return;
    setShared(initiallyExpanded(state, window.innerWidth), state);
  }, [state]);
  const setExpanded = useCallback((expanded: boolean) => setShared(expanded, shared!.applied), []);
  const locked = state === "locked" && window.innerWidth >= MEDIUM_BREAKPOINT_PX;
  return { expanded: current.expanded || locked, setExpanded, locked, width };
}
