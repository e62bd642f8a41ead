//! The main menu's items from `st.set_page_config(menu_items=...)`: "About"
//! (a dialog with the app's markdown), then "Report a bug" and "Get help"
//! (links opened in a new tab). An item without a value is not shown. Also the
//! "Clear caches" confirmation the menu's "Clear cache" item opens.
import { useAppState, useStore } from "./context";
import { Modal } from "./Modal";
import { StreamlitMarkdown } from "../elements/shared/StreamlitMarkdown";
import "./clearCache.css";

function LinkItem({ testId, label, url, close }: { testId: string; label: string; url: string; close: () => void }) {
  return (
    <li role="none" data-testid={testId}>
      <a role="menuitem" className="st-main-menu-link" href={url} target="_blank" rel="noopener noreferrer" onClick={close}>
        <span data-testid="stMainMenuItemLabel">{label}</span>
      </a>
    </li>
  );
}

export function AppMenuItems({ close, openAbout }: { close: () => void; openAbout: () => void }) {
  const about = useAppState((s) => s.pageConfig.aboutMarkdown);
  const reportABug = useAppState((s) => s.pageConfig.reportABugUrl);
  const getHelp = useAppState((s) => s.pageConfig.getHelpUrl);
  return (
    <>
      {about ? (
        <li
          role="menuitem"
          tabIndex={0}
          data-testid="stMainMenuItem-about"
          onClick={() => {
            close();
            openAbout();
          }}
        >
          <span data-testid="stMainMenuItemLabel">About</span>
        </li>
      ) : null}
      {reportABug || getHelp ? <li role="separator" className="st-main-menu-separator" /> : null}
      {reportABug ? <LinkItem testId="stMainMenuItem-report" label="Report a bug" url={reportABug} close={close} /> : null}
      {getHelp ? <LinkItem testId="stMainMenuItem-community" label="Get help" url={getHelp} close={close} /> : null}
    </>
  );
}

/** The About dialog: the markdown from menu_items["About"] (no raw HTML). */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const about = useAppState((s) => s.pageConfig.aboutMarkdown);
  if (!about) return null;
  return (
    <Modal title="About" onClose={onClose} className="st-about-dialog" closeOnEscape>
      <StreamlitMarkdown body={about} />
    </Modal>
  );
}

const CLEAR_CACHE_TEXT = [
  "**Are you sure you want to clear the app's function caches?**",
  "This will remove all cached entries from functions using",
  "`@st.cache_data` and `@st.cache_resource`.",
].join("  \n");

/** 1.67's "Clear caches" confirmation (`stClearCacheDialog`), from the main menu or the `c` key. */
export function ClearCacheDialog() {
  const store = useStore();
  const open = useAppState((s) => s.clearCacheDialog);
  if (!open) return null;
  const close = () => store.setClearCacheDialog(false);
  return (
    <div data-testid="stClearCacheDialog">
      <Modal title="Clear caches" onClose={close} closeOnEscape>
        <StreamlitMarkdown body={CLEAR_CACHE_TEXT} />
        <div className="st-clear-cache-buttons">
          <button type="button" autoFocus onClick={close}>
            Cancel
          </button>
          <button type="button" className="st-clear-cache-confirm" onClick={() => store.clearCache()}>
            Clear caches
          </button>
        </div>
      </Modal>
    </div>
  );
}
