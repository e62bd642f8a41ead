//! The page list at the top of the sidebar (`stSidebarNav`): pages grouped
//! under collapsible section headers, long lists cut after a few pages
//! behind "View N more".
import { useState } from "react";
import { useAppState } from "../app/context";
import { collapsedCount, sectionsOf } from "./pages";
import { PageNavLink } from "./PageNavLink";
import "./navigation.css";

export function SidebarNav({ separator }: { separator: boolean }) {
  const nav = useAppState((s) => s.navigation);
  const current = useAppState((s) => s.currentPageHash);
  const [showAll, setShowAll] = useState(false);
  const [closedSections, setClosedSections] = useState<Set<string>>(() => new Set());
  if (!nav) return null;
  const sections = sectionsOf(nav);
  const total = sections.reduce((n, s) => n + s.pages.length, 0);
  const cut = showAll ? null : collapsedCount(total, !!nav.expanded, nav.visibleItems ?? 0);
  let shown = 0;
  const toggleSection = (header: string) =>
    setClosedSections((closed) => {
      const next = new Set(closed);
      if (!next.delete(header)) next.add(header);
      return next;
    });
  const items = sections.flatMap(({ header, pages }) => {
    const closed = closedSections.has(header);
    const rows = [];
    if (header) {
      rows.push(
        <li key={`section-${header}`}>
          <button type="button" className="st-nav-section-header" data-testid="stNavSectionHeader" aria-expanded={!closed} onClick={() => toggleSection(header)}>
            <span>{header}</span>
            <span className={`st-nav-chevron${closed ? " st-closed" : ""}`} aria-hidden="true" />
          </button>
        </li>,
      );
    }
    if (closed) return rows;
    for (const page of pages) {
      if (cut !== null && shown >= cut) break;
      shown++;
      rows.push(
        <li key={page.pageScriptHash ?? page.pageName}>
          <div className="st-nav-link-container" data-testid="stSidebarNavLinkContainer">
            <PageNavLink page={page} active={page.pageScriptHash === current} testId="stSidebarNavLink" className="st-sidebar-nav-link" />
          </div>
        </li>,
      );
    }
    return rows;
  });
  const canToggle = cut !== null || (showAll && collapsedCount(total, !!nav.expanded, nav.visibleItems ?? 0) !== null);
  return (
    <nav className="stSidebarNav st-sidebar-nav" aria-label="App pages" data-testid="stSidebarNav">
      <ul className="st-sidebar-nav-items" data-testid="stSidebarNavItems">
        {items}
      </ul>
      {canToggle ? (
        <button type="button" className="st-nav-view-button" data-testid="stSidebarNavViewButton" onClick={() => setShowAll(!showAll)}>
          {showAll ? "View less" : `View ${total - (cut ?? total)} more`}
        </button>
      ) : null}
      {separator ? <div className="st-sidebar-nav-separator" data-testid="stSidebarNavSeparator" /> : null}
    </nav>
  );
}

/** Whether the sidebar shows a page list: sidebar position and more than one visible page. */
export function useSidebarNavShown(): boolean {
  return useAppState((s) => {
    const nav = s.navigation;
    if (!nav || (nav.position ?? 0) !== 0) return false;
    return (nav.appPages ?? []).filter((p) => !p.isHidden).length > 1;
  });
}
