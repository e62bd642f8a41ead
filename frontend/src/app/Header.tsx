//! The header bar (`stHeader` > `stToolbar`): running indicator and Stop button
//! (`stStatusWidget`), connection status, "source changed" prompt, main menu.
import { useRef, useState } from "react";
import { TopNav } from "../navigation/TopNav";
import { useAppState, useStore } from "./context";
import { useOutsideClick } from "./useOutsideClick";
import { AboutDialog, AppMenuItems, ClearCacheDialog } from "./AppMenuItems";
import { HeaderLogo } from "./Logo";
import { useSidebarShown } from "./Sidebar";
import { useSidebarState } from "./sidebarState";

function StatusWidget() {
  const store = useStore();
  const running = useAppState((s) => s.running);
  const scriptState = useAppState((s) => s.scriptState);
  const connectionState = useAppState((s) => s.connectionState);
  const changed = useAppState((s) => s.scriptChangedOnDisk);

  if (connectionState !== "CONNECTED" && connectionState !== "INITIAL") {
    return (
      <div className="stStatusWidget st-status" data-testid="stStatusWidget">
        <div className="st-status-connection" data-testid="stConnectionStatus">
          {connectionState === "DISCONNECTED_FOREVER" ? "Disconnected" : "Connecting"}
        </div>
      </div>
    );
  }
  if (running || scriptState === "rerunRequested" || scriptState === "stopRequested") {
    return (
      <div className="stStatusWidget st-status" data-testid="stStatusWidget">
        <span className="st-running-icon" aria-hidden="true" />
        <span className="st-status-label">{scriptState === "stopRequested" ? "Stopping..." : "Running..."}</span>
        <button type="button" className="st-header-button" data-testid="stBaseButton-header" disabled={scriptState === "stopRequested"} onClick={() => store.stop()}>
          Stop
        </button>
      </div>
    );
  }
  if (changed) {
    return (
      <div className="stStatusWidget st-status" data-testid="stStatusWidget">
        <span className="st-status-label">Source file changed.</span>
        <button type="button" className="st-header-button" data-testid="stBaseButton-header" onClick={() => store.rerun()}>
          Rerun
        </button>
        <button type="button" className="st-header-button" data-testid="stBaseButton-header" onClick={() => store.alwaysRerun()}>
          Always rerun
        </button>
      </div>
    );
  }
  return null;
}

function MainMenu() {
  const store = useStore();
  const runOnSave = useAppState((s) => s.runOnSave);
  const [open, setOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  useOutsideClick(ref, open, () => setOpen(false));
  return (
    <span className="stMainMenu st-main-menu" data-testid="stMainMenu" ref={ref}>
      <button type="button" className="st-icon-button" data-testid="stMainMenuButton" aria-label="Main menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <circle cx="12" cy="5" r="1.8" fill="currentColor" />
          <circle cx="12" cy="12" r="1.8" fill="currentColor" />
          <circle cx="12" cy="19" r="1.8" fill="currentColor" />
        </svg>
      </button>
      {open ? (
        <div className="st-main-menu-popover" data-testid="stMainMenuPopover">
          <ul role="menu" data-testid="stMainMenuList">
            <li
              role="menuitem"
              tabIndex={0}
              onClick={() => {
                setOpen(false);
                store.rerun();
              }}
            >
              <span>Rerun</span>
              <kbd>R</kbd>
            </li>
            <li
              role="menuitem"
              tabIndex={0}
              data-testid="stMainMenuItem-clearCache"
              onClick={() => {
                setOpen(false);
                store.setClearCacheDialog(true);
              }}
            >
              <span>Clear cache</span>
              <kbd>C</kbd>
            </li>
            <li
              role="menuitemcheckbox"
              aria-checked={runOnSave}
              tabIndex={0}
              data-testid="stMainMenuRunOnSave"
              onClick={() => {
                setOpen(false);
                store.setRunOnSave(!runOnSave);
              }}
            >
              <span>Run on save</span>
              <span className="st-menu-check" aria-hidden="true">
                {runOnSave ? "✓" : ""}
              </span>
            </li>
            <AppMenuItems close={() => setOpen(false)} openAbout={() => setAboutOpen(true)} />
          </ul>
        </div>
      ) : null}
      {aboutOpen ? <AboutDialog onClose={() => setAboutOpen(false)} /> : null}
      <ClearCacheDialog />
    </span>
  );
}

export function Header() {
  const sidebarShown = useSidebarShown();
  const { expanded } = useSidebarState();
  return (
    <header className="stHeader stAppHeader st-header" data-testid="stHeader" tabIndex={-1}>
      <div className="stDecoration" data-testid="stDecoration" />
      <HeaderLogo sidebarOpen={sidebarShown && expanded} />
      <TopNav />
      <div className="stToolbar stAppToolbar st-toolbar" data-testid="stToolbar">
        <StatusWidget />
        <MainMenu />
      </div>
    </header>
  );
}
