//! `st.navigation(position="top")`: the pages as a row of links in the
//! header (`stTopNav`); a section with several pages opens a small menu.
import { useRef, useState } from "react";
import { useOutsideClick } from "../app/useOutsideClick";
import { useAppState } from "../app/context";
import { sectionsOf, type AppPage } from "./pages";
import { PageNavLink } from "./PageNavLink";
import "./navigation.css";

function SectionMenu({ header, pages, current }: { header: string; pages: AppPage[]; current: string }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useOutsideClick(ref, open, () => setOpen(false));
  const active = pages.some((p) => p.pageScriptHash === current);
  return (
    <div className="st-top-nav-section" data-testid="stTopNavSection" ref={ref}>
      <button type="button" className={`st-top-nav-link${active ? " st-active" : ""}`} aria-expanded={open} onClick={() => setOpen(!open)}>
        <span>{header}</span>
        <span className={`st-nav-chevron${open ? "" : " st-closed"}`} aria-hidden="true" />
      </button>
      {open ? (
        <div className="st-top-nav-popover" data-testid="stTopNavPopover">
          {pages.map((page) => (
            <PageNavLink
              key={page.pageScriptHash}
              page={page}
              active={page.pageScriptHash === current}
              testId="stTopNavDropdownLink"
              className="st-top-nav-dropdown-link"
              onNavigate={() => setOpen(false)}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}

export function TopNav() {
  const nav = useAppState((s) => s.navigation);
  const current = useAppState((s) => s.currentPageHash);
  if (!nav || nav.position !== 2) return null;
  const sections = sectionsOf(nav);
  if (sections.reduce((n, s) => n + s.pages.length, 0) < 2) return null;
  return (
    <nav className="stTopNav st-top-nav" aria-label="App pages" data-testid="stTopNav">
      {sections.flatMap(({ header, pages }) =>
        header && sections.length > 1
          ? [<SectionMenu key={`section-${header}`} header={header} pages={pages} current={current} />]
          : pages.map((page) => (
              <div key={page.pageScriptHash} className="st-top-nav-link-container" data-testid="stTopNavLinkContainer">
                <PageNavLink page={page} active={page.pageScriptHash === current} testId="stTopNavLink" className="st-top-nav-link" />
              </div>
            )),
      )}
    </nav>
  );
}
