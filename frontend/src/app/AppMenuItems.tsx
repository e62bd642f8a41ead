//! The main menu's items from `st.set_page_config(menu_items=...)`: "About"
//! (a dialog with the app's markdown), then "Report a bug" and "Get help"
//! (links opened in a new tab). An item without a value is not shown.
import { useAppState } from "./context";
import { Modal } from "./Modal";
import { StreamlitMarkdown } from "../elements/shared/StreamlitMarkdown";

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
