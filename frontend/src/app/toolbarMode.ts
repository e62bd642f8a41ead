//! `client.toolbarMode`: whether the main menu shows the developer options
//! (Rerun, Clear cache, Run on save) and the `c` key clears caches. As in
//! 1.67: "developer" always, "viewer" and "minimal" never, "auto" when the
//! page was opened on localhost. "minimal" also drops the menu when the app
//! defines no items of its own. The server refuses clearing the caches to
//! the clients it does not show them (server/toolbar.rs).
export type ToolbarMode = "auto" | "developer" | "viewer" | "minimal";

export function toolbarModeOf(value: string | null | undefined): ToolbarMode {
  return value === "developer" || value === "viewer" || value === "minimal" ? value : "auto";
}

export function showsDeveloperOptions(mode: ToolbarMode, hostname: string): boolean {
  if (mode === "developer") return true;
  if (mode === "viewer" || mode === "minimal") return false;
  return hostname === "localhost" || hostname === "127.0.0.1";
}
