//! Multipage URLs and the navigation list, as pure functions: which page a
//! URL names, the URL of a page, the query string a page change keeps, and
//! which pages a collapsed navigation shows.
import type { rustlit } from "../proto";
import { basePath } from "../connection/urls";

export type AppPage = rustlit.IAppPage;

/** The page name a URL asks for: its last path segment, decoded ("" = the default page). */
export function pageNameFromPath(pathname: string): string {
  const name = pathname.slice(basePath(pathname).length).replace(/\/+$/, "");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The path of a page under the app's base path (the page's URL without origin). */
export function pagePath(pathname: string, page: AppPage): string {
  return `${basePath(pathname)}${encodeURIComponent(page.urlPathname ?? "")}`;
}

const EMBED_KEYS = new Set(["embed", "embed_options"]);

/** A page change drops the query string except the embed options, then adds `extra` (a page link's parameters). */
export function queryForPageChange(search: string, extra = ""): string {
  const kept = new URLSearchParams();
  new URLSearchParams(search).forEach((value, key) => {
    if (EMBED_KEYS.has(key.toLowerCase())) kept.append(key, value);
  });
  new URLSearchParams(extra).forEach((value, key) => {
    if (!EMBED_KEYS.has(key.toLowerCase())) kept.append(key, value);
  });
  return kept.toString();
}

/** The page a URL name stands for, among the known pages. */
export function pageByName(pages: AppPage[], name: string): AppPage | undefined {
  if (name === "") return pages.find((p) => p.isDefault);
  return pages.find((p) => p.urlPathname === name && !p.externalUrl);
}

/** Pages shown before "View more" when the list is collapsed. */
export const DEFAULT_VISIBLE_PAGES = 10;

/**
 * How many pages a collapsed navigation shows, or null when it shows them all:
 * a list is cut only when it is longer than the limit by more than two, so
 * "View 1 more" never hides a single page.
 */
export function collapsedCount(total: number, expanded: boolean, visibleItems: number): number | null {
  const limit = visibleItems > 0 ? visibleItems : DEFAULT_VISIBLE_PAGES;
  if (expanded || total <= limit + 2) return null;
  return limit;
}

/** Pages grouped by section, in order, without the hidden ones. */
export function sectionsOf(nav: rustlit.INavigation): { header: string; pages: AppPage[] }[] {
  const order = nav.sections?.length ? nav.sections : [""];
  const groups = order.map((header) => ({ header, pages: [] as AppPage[] }));
  for (const page of nav.appPages ?? []) {
    if (page.isHidden) continue;
    const group = groups.find((g) => g.header === (page.sectionHeader ?? "")) ?? groups[0];
    group.pages.push(page);
  }
  return groups.filter((g) => g.pages.length > 0);
}
