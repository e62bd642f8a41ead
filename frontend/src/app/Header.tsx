//! The header bar (`stHeader` > `stToolbar`): running indicator and Stop button
//! (`stStatusWidget`), connection status, "source changed" prompt, main menu.
import { useRef, useState, type ReactNode } from "react";
import { TopNav } from "../navigation/TopNav";
import { useAppState, useStore } from "./context";
import { useOutsideClick } from "./useOutsideClick";
import { AboutDialog, AppMenuItems, ClearCacheDialog } from "./AppMenuItems";
import { HeaderLogo } from "./Logo";
import { useDeveloperOptions, useToolbarMode } from "./useDeveloperOptions";
import { useSidebarShown } from "./Sidebar";
import { useSidebarState } from "./sidebarState";
import { setThemeChoice, useActiveTheme, type ThemeChoice } from "../theme/activeTheme";

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

const THEME_CHOICES: { label: ThemeChoice; icon: ReactNode }[] = [
  {
    label: "System",
    icon: (
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 3.5a8.5 8.5 0 0 1 0 17z" fill="currentColor" />
      </svg>
    ),
  },
  {
    label: "Light",
    icon: (
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    ),
  },
  {
    label: "Dark",
    icon: (
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      </svg>
    ),
  },
];

/** 1.67's theme choice atop the main menu (shown only when there is a choice:
 *  not for a single custom theme from config.toml). */
function ThemeSwitcher() {
  const { choice, switchable } = useActiveTheme();
  if (!switchable) return null;
  return (
    <li role="group" aria-label="Theme" data-testid="stThemeSwitcher" className="st-theme-switcher">
      {THEME_CHOICES.map(({ label, icon }) => (
        <button
          key={label}
          type="button"
          role="menuitemradio"
          aria-checked={choice === label}
          data-testid={`stMainMenuItem-theme-${label}`}
          className="st-theme-option"
          onClick={() => setThemeChoice(label)}
        >
          {icon}
          <span>{label}</span>
        </button>
      ))}
    </li>
  );
}

function MainMenu() {
  const store = useStore();
  const runOnSave = useAppState((s) => s.runOnSave);
  const hasAppItems = useAppState((s) => !!(s.pageConfig.aboutMarkdown || s.pageConfig.reportABugUrl || s.pageConfig.getHelpUrl));
  const developer = useDeveloperOptions();
  const minimal = useToolbarMode() === "minimal";
  const [open, setOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  useOutsideClick(ref, open, () => setOpen(false));
  // client.toolbarMode "minimal": only what the app put in the menu, and no menu without it.
  if (minimal && !hasAppItems) return null;
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
            <ThemeSwitcher />
            {developer ? (
              <DeveloperItems
                runOnSave={runOnSave}
                close={() => setOpen(false)}
                rerun={() => store.rerun()}
                clearCache={() => store.setClearCacheDialog(true)}
                setRunOnSave={(on) => store.setRunOnSave(on)}
              />
            ) : null}
            <AppMenuItems close={() => setOpen(false)} openAbout={() => setAboutOpen(true)} />
          </ul>
        </div>
      ) : null}
      {aboutOpen ? <AboutDialog onClose={() => setAboutOpen(false)} /> : null}
      <ClearCacheDialog />
    </span>
  );
}

/** Rerun, Clear cache and Run on save: shown as client.toolbarMode says (app/toolbarMode.ts). */
function DeveloperItems({
  runOnSave,
  close,
  rerun,
  clearCache,
  setRunOnSave,
}: {
  runOnSave: boolean;
  close: () => void;
  rerun: () => void;
  clearCache: () => void;
  setRunOnSave: (on: boolean) => void;
}) {
  return (
    <>
      <li
        role="menuitem"
        tabIndex={0}
        data-testid="stMainMenuItem-rerun"
        onClick={() => {
          close();
          rerun();
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
          close();
          clearCache();
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
          close();
          setRunOnSave(!runOnSave);
        }}
      >
        <span>Run on save</span>
        <span className="st-menu-check" aria-hidden="true">
          {runOnSave ? "✓" : ""}
        </span>
      </li>
    </>
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
