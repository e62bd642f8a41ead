//! The sidebar root (`stSidebar`), shown when the script wrote into it or a
//! multipage app lists its pages there (`stSidebarNav`, above the script's
//! elements); collapsible (`stSidebarCollapseButton` / `stSidebarCollapsedControl`).
import { useAppState } from "./context";
import { useSidebarState } from "./sidebarState";
import { RootIndex } from "../store/tree";
import { VerticalBlock } from "../render/BlockView";
import { SidebarNav, useSidebarNavShown } from "../navigation/SidebarNav";
import { SidebarLogo } from "./Logo";

/** Whether the sidebar is on the page (the script wrote into it or the page list is there). */
export function useSidebarShown(): boolean {
  const root = useAppState((s) => s.tree.roots[RootIndex.Sidebar]);
  const navShown = useSidebarNavShown();
  return root.children.length > 0 || navShown;
}

export function Sidebar() {
  const root = useAppState((s) => s.tree.roots[RootIndex.Sidebar]);
  const { expanded, setExpanded, locked, width } = useSidebarState();
  const navShown = useSidebarNavShown();
  const hasElements = root.children.length > 0;
  if (!hasElements && !navShown) return null;
  if (!expanded) {
    return (
      <div className="st-sidebar-collapsed" data-testid="stSidebarCollapsedControl">
        <button type="button" className="st-icon-button" data-testid="stExpandSidebarButton" aria-label="Expand sidebar" onClick={() => setExpanded(true)}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
      </div>
    );
  }
  return (
    <section className="stSidebar st-sidebar" data-testid="stSidebar" aria-expanded="true" style={width ? { width, minWidth: width, maxWidth: width } : undefined}>
      <div className="st-sidebar-content" data-testid="stSidebarContent">
        <div className="st-sidebar-header" data-testid="stSidebarHeader">
          <SidebarLogo />
          <div className="st-sidebar-collapse" data-testid="stSidebarCollapseButton" hidden={locked}>
            <button type="button" className="st-icon-button" aria-label="Collapse sidebar" onClick={() => setExpanded(false)}>
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                <path d="M15 6l-6 6 6 6" fill="none" stroke="currentColor" strokeWidth="2" />
              </svg>
            </button>
          </div>
        </div>
        {navShown ? <SidebarNav separator={hasElements} /> : null}
        {hasElements ? (
          <div className="st-sidebar-user-content" data-testid="stSidebarUserContent">
            <VerticalBlock nodes={root.children} />
          </div>
        ) : null}
      </div>
    </section>
  );
}
