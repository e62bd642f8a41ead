//! Whether the sidebar is open, from `initial_sidebar_state`: applied when the
//! page loads and again whenever a set_page_config call changes the value
//! (not when a rerun repeats it, so a user's own toggle sticks), as in 1.67.
import { useEffect, useRef, useState } from "react";
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

export function useSidebarState(): SidebarOpenState {
  const state = useAppState((s) => s.pageConfig.initialSidebarState);
  const width = useAppState((s) => sidebarWidth(s.pageConfig.initialSidebarWidth));
  const [expanded, setExpanded] = useState(() => initiallyExpanded(state, window.innerWidth));
  const applied = useRef(state);
  useEffect(() => {
    if (applied.current === state) return;
    applied.current = state;
    setExpanded(initiallyExpanded(state, window.innerWidth));
  }, [state]);
  const locked = state === "locked" && window.innerWidth >= MEDIUM_BREAKPOINT_PX;
  return { expanded: expanded || locked, setExpanded, locked, width };
}
