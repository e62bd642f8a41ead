//! Whether this page shows the main menu's developer options (app/toolbarMode.ts).
import { useAppState } from "./context";
import { showsDeveloperOptions, type ToolbarMode } from "./toolbarMode";

export function useToolbarMode(): ToolbarMode {
  return useAppState((s) => s.session?.toolbarMode ?? "auto");
}

export function useDeveloperOptions(): boolean {
  return showsDeveloperOptions(useToolbarMode(), window.location.hostname);
}
