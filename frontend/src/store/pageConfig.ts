//! The page's effective `st.set_page_config`: each `page_config_changed`
//! event carries only the fields one call set, merged here in order. The page
//! keeps the result for its whole life (a rerun that no longer calls
//! set_page_config changes nothing), as Streamlit 1.67 does.
import { rustlit } from "../proto";

export type Layout = "centered" | "wide";
export type SidebarState = "auto" | "expanded" | "collapsed" | "locked";

export interface PageConfig {
  readonly title: string | null;
  /** As the script sent it ("emoji:…", ":material/…:", a shortcode, a URL); null = the default icon. */
  readonly favicon: string | null;
  readonly layout: Layout;
  readonly initialSidebarState: SidebarState;
  /** Sidebar width in pixels (an int initial_sidebar_state), null = the default. */
  readonly initialSidebarWidth: number | null;
  readonly getHelpUrl: string | null;
  readonly reportABugUrl: string | null;
  /** Markdown of the About dialog; null = no About item. */
  readonly aboutMarkdown: string | null;
}

export const defaultPageConfig: PageConfig = {
  title: null,
  favicon: null,
  layout: "centered",
  initialSidebarState: "auto",
  initialSidebarWidth: null,
  getHelpUrl: null,
  reportABugUrl: null,
  aboutMarkdown: null,
};

const LAYOUTS: Record<number, Layout> = {
  [rustlit.PageConfig.Layout.CENTERED]: "centered",
  [rustlit.PageConfig.Layout.WIDE]: "wide",
};

const SIDEBAR_STATES: Record<number, SidebarState> = {
  [rustlit.PageConfig.SidebarState.AUTO]: "auto",
  [rustlit.PageConfig.SidebarState.EXPANDED]: "expanded",
  [rustlit.PageConfig.SidebarState.COLLAPSED]: "collapsed",
  [rustlit.PageConfig.SidebarState.LOCKED]: "locked",
};

const isSet = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/** `held` with the fields one call set applied on top (per menu item, the later call wins). */
export function mergePageConfig(held: PageConfig, change: rustlit.IPageConfig): PageConfig {
  const next = { ...held };
  if (isSet(change.title)) next.title = change.title;
  if (isSet(change.favicon)) next.favicon = change.favicon;
  const layout = LAYOUTS[change.layout ?? 0];
  if (layout) next.layout = layout;
  const sidebar = SIDEBAR_STATES[change.initialSidebarState ?? 0];
  if (sidebar) next.initialSidebarState = sidebar;
  if (isSet(change.initialSidebarWidth)) next.initialSidebarWidth = change.initialSidebarWidth;
  const menu = change.menuItems;
  if (menu) {
    if (isSet(menu.getHelpUrl)) next.getHelpUrl = menu.getHelpUrl;
    if (menu.hideGetHelp) next.getHelpUrl = null;
    if (isSet(menu.reportABugUrl)) next.reportABugUrl = menu.reportABugUrl;
    if (menu.hideReportABug) next.reportABugUrl = null;
    if (isSet(menu.aboutMarkdown)) next.aboutMarkdown = menu.aboutMarkdown;
    if (menu.clearAbout) next.aboutMarkdown = null;
  }
  return next;
}
