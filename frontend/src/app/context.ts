//! React access to the store and widget manager (one instance each per page).
import { createContext, useContext, useSyncExternalStore } from "react";
import type { AppState, AppStore } from "../store/appStore";
import type { IWidget } from "../proto";
import { fromWire } from "../widgets/specs";
import type { WidgetManager, WidgetValue } from "../widgets/widgetManager";

export const StoreContext = createContext<AppStore | null>(null);

export function useStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("StoreContext missing");
  return store;
}

/** Subscribes to one slice of the app state (compared by identity). */
export function useAppState<T>(select: (s: AppState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export function useWidgets(): WidgetManager {
  return useStore().widgets;
}

/** The browser's current value for a widget id; re-renders when it changes. */
export function useWidgetValue(id: string): WidgetValue | undefined {
  const widgets = useWidgets();
  return useSyncExternalStore(
    (cb) => widgets.subscribe(id, cb),
    () => widgets.get(id),
  );
}

/** Whether files picked in form `formId` are still uploading. */
export function useFormUploading(formId: string): boolean {
  const widgets = useWidgets();
  return useSyncExternalStore(
    (cb) => widgets.subscribeUploads(formId, cb),
    () => widgets.isUploading(formId),
  );
}

/** What a widget shows: the browser's value for it, else its default. */
export function useHeldValue(w: IWidget): WidgetValue | undefined {
  return useWidgetValue(w.id ?? "") ?? fromWire(w.default) ?? undefined;
}

/** Run id and running flag, for deciding which element containers are stale. */
export interface RunInfo {
  runId: number;
  running: boolean;
}
export const RunContext = createContext<RunInfo>({ runId: 0, running: false });
