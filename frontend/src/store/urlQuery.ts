//! Keeps the address bar's query string and `st.query_params` in step, as
//! Streamlit 1.67 does. When the script changes its query params the server
//! sends `page_info_changed`: the page pushes a history entry with the new
//! query (same path; 1.67 builds it from the pathname alone, so a #hash is
//! dropped) and does not rerun. Back/Forward to an entry with another query
//! reruns the script with that query (and, in a multipage app, an entry for
//! another page runs that page: see AppStore.onHistoryNavigation); the URL
//! updates that rerun causes replace the current entry instead of pushing,
//! so Back keeps working.

/** The parts of `window.location`/`window.history` used here (replaced in tests). */
export interface BrowserUrl {
  pathname(): string;
  /** `location.search` without its leading "?". */
  search(): string;
  push(url: string): void;
  replace(url: string): void;
  onPopState(listener: () => void): void;
}

export function windowUrl(): BrowserUrl {
  return {
    pathname: () => window.location.pathname,
    search: () => window.location.search.replace(/^\?/, ""),
    push: (url) => window.history.pushState({}, "", url),
    replace: (url) => window.history.replaceState({}, "", url),
    onPopState: (listener) => window.addEventListener("popstate", listener),
  };
}

export class UrlQuery {
  /** The query string the page last ran with or was told by the script. */
  private known: string | null = null;
  /** A Back/Forward rerun is under way: its URL updates replace, not push. */
  private historyNavigation = false;

  constructor(private readonly browser: () => BrowserUrl = windowUrl) {}

  /** A rerun went out with `query` (a page change's, not the address bar's). */
  sent(query: string): void {
    this.known = query;
  }

  /** The query string a rerun sends: the address bar's. */
  forRerun(): string {
    const query = this.browser().search();
    this.known = query;
    return query;
  }

  /** The script set its query params (`page_info_changed`). */
  scriptChanged(query: string): void {
    this.known = query;
    const browser = this.browser();
    if (query === browser.search()) return;
    const url = browser.pathname() + (query ? `?${query}` : "");
    if (this.historyNavigation) browser.replace(url);
    else browser.push(url);
  }

  /**
   * A user changed a widget bound to the URL (bind="query-params"): its
   * parameter is set to `values` (repeated for a list), or dropped for
   * null, and the current history entry is replaced, as in 1.67 (Back does
   * not step through widget values). Parameters come out sorted by name, as
   * 1.67's query-string library writes them.
   */
  writeParam(param: string, values: string[] | null): void {
    const browser = this.browser();
    const params = new URLSearchParams(browser.search());
    params.delete(param);
    for (const v of values ?? []) params.append(param, v);
    params.sort();
    const query = params.toString();
    if (query === browser.search()) return;
    browser.replace(browser.pathname() + (query ? `?${query}` : ""));
  }

  /** A run completed: later URL changes are the script's own again. */
  runFinished(): void {
    this.historyNavigation = false;
  }

  /**
   * Back/Forward landed on another entry: true when it needs a rerun (another
   * page, or another query string); the URL updates of that rerun then
   * replace the entry instead of pushing.
   */
  historyMoved(pageChanged: boolean): boolean {
    if (!pageChanged && this.browser().search() === this.known) return false;
    this.historyNavigation = true;
    return true;
  }
}
