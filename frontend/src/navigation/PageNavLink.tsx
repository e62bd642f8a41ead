//! One link to an app page, shared by the sidebar and top navigation: a real
//! `<a href>` (so a middle click or "open in new tab" works) whose plain click
//! switches page over the socket without reloading.
import type { MouseEvent, ReactNode } from "react";
import { useStore } from "../app/context";
import { ElementIcon } from "../elements/shared/Icon";
import { StreamlitMarkdown } from "../elements/shared/StreamlitMarkdown";
import { pagePath, type AppPage } from "./pages";

/** True for a click the browser should handle itself (new tab, new window, download). */
export function isModifiedClick(e: MouseEvent): boolean {
  return e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;
}

interface Props {
  page: AppPage;
  active: boolean;
  testId: string;
  className: string;
  /** Called after a plain click switched page (e.g. to close a menu). */
  onNavigate?: () => void;
  children?: ReactNode;
}

export function PageNavLink({ page, active, testId, className, onNavigate, children }: Props) {
  const store = useStore();
  const external = !!page.externalUrl;
  const href = external ? (page.externalUrl ?? "") : pagePath(window.location.pathname, page);
  return (
    <a
      className={`${className}${active ? " st-active" : ""}`}
      data-testid={testId}
      href={href}
      target={external ? "_blank" : undefined}
      rel={external ? "noopener noreferrer" : undefined}
      aria-current={active ? "page" : undefined}
      title={page.help || undefined}
      onClick={(e) => {
        if (external || isModifiedClick(e)) return;
        e.preventDefault();
        store.openPage(page.pageScriptHash ?? "");
        onNavigate?.();
      }}
    >
      <ElementIcon icon={page.icon} className="st-nav-icon" />
      <StreamlitMarkdown body={page.pageName ?? ""} inline />
      {children}
    </a>
  );
}
