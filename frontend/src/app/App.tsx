//! The page frame: `stApp` (with the script and connection state attributes the
//! e2e helpers wait on), header, sidebar, main column, bottom and event roots,
//! and the `r` (rerun) and `c` (clear caches) hotkeys.
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useDeveloperOptions } from "./useDeveloperOptions";
import { RunContext, useAppState, useStore } from "./context";
import { RootIndex } from "../store/tree";
import { VerticalBlock } from "../render/BlockView";
import { renderersReady } from "../registry/chunks";
import { Header } from "./Header";
import { Sidebar } from "./Sidebar";
import { CompileErrorDialog, ConnectionBanner, PageNotFoundDialog, SignedOutDialog } from "./Dialogs";
import { useStickToBottom } from "./stickToBottom";
import { usePageHead } from "./pageHead";

function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

function useRerunHotkey() {
  const store = useStore();
  const developer = useDeveloperOptions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (e.key === "r" || e.key === "R") {
        e.preventDefault();
        store.rerun();
      } else if ((e.key === "c" || e.key === "C") && developer) {
        e.preventDefault();
        store.setClearCacheDialog(true);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [store, developer]);
}

/** The bottom root (st.chat_input at the top level): `stBottom` > `stBottomBlockContainer`, sticky under the main area. */
function Bottom() {
  const root = useAppState((s) => s.tree.roots[RootIndex.Bottom]);
  if (root.children.length === 0) return null;
  return (
    <div className="stBottom st-bottom" data-testid="stBottom">
      <div className="st-bottom-inner">
        <div className="stBottomBlockContainer st-bottom-block-container" data-testid="stBottomBlockContainer">
          <VerticalBlock nodes={root.children} />
        </div>
      </div>
    </div>
  );
}

function Root({ index, testId, className }: { index: RootIndex; testId: string; className: string }) {
  const root = useAppState((s) => s.tree.roots[index]);
  if (root.children.length === 0) return null;
  return (
    <div className={`${testId} ${className}`} data-testid={testId}>
      <VerticalBlock nodes={root.children} />
    </div>
  );
}

export function App() {
  const storeScriptState = useAppState((s) => s.scriptState);
  // A finished run shows as finished once its elements' renderers are loaded.
  const renderersLoaded = useSyncExternalStore(renderersReady.subscribe, renderersReady.get);
  const scriptState = storeScriptState === "notRunning" && !renderersLoaded ? "running" : storeScriptState;
  const connectionState = useAppState((s) => s.connectionState);
  const runId = useAppState((s) => s.runId);
  const running = useAppState((s) => s.running);
  const main = useAppState((s) => s.tree.roots[RootIndex.Main]);
  const wide = useAppState((s) => s.pageConfig.layout === "wide");
  const hasBottom = useAppState((s) => s.tree.roots[RootIndex.Bottom].children.length > 0);
  const mainRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  useStickToBottom(mainRef, contentRef, hasBottom);
  useRerunHotkey();
  usePageHead();

  return (
    <RunContext.Provider value={{ runId, running }}>
      <div className="stApp" data-testid="stApp" data-test-script-state={scriptState} data-test-connection-state={connectionState}>
        <Header />
        <ConnectionBanner />
        <div className={`stAppViewContainer appview-container st-view${wide ? " st-layout-wide" : ""}`} data-testid="stAppViewContainer">
          <Sidebar />
          <main ref={mainRef} className={`stMain st-main${hasBottom ? " st-has-bottom" : ""}`} data-testid="stMain">
            <div ref={contentRef} className="stMainBlockContainer block-container" data-testid="stMainBlockContainer">
              <VerticalBlock nodes={main.children} />
            </div>
            <Bottom />
          </main>
        </div>
        <Root index={RootIndex.Event} testId="stEvent" className="st-event" />
        <CompileErrorDialog />
        <PageNotFoundDialog />
        <SignedOutDialog />
      </div>
    </RunContext.Provider>
  );
}
