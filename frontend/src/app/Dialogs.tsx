//! Overlays owned by the app: the compile-error and page-not-found modals and
//! the connection banner.
import { ExceptionBody } from "../elements/status/Exception";
import { useAppState, useStore } from "./context";
import { Modal } from "./Modal";
// The dialogs' buttons share the button widgets' styles.
import "../elements/widgets/button.css";

export function CompileErrorDialog() {
  const store = useStore();
  const error = useAppState((s) => s.compileError);
  if (!error) return null;
  return (
    <Modal title="Script compilation error" onClose={() => store.dismissCompileError()}>
      <div className="stException" data-testid="stException">
        <div role="alert" data-testid="stAlertContainer" className="st-alert st-alert-error">
          <div className="st-alert-body" data-testid="stAlertContentError">
            <ExceptionBody ex={error} />
          </div>
        </div>
      </div>
      <div className="st-modal-footer">
        <button type="button" className="st-button st-button-secondary" data-testid="stBaseButton-secondary" onClick={() => store.dismissCompileError()}>
          Close
        </button>
      </div>
    </Modal>
  );
}

export function ConnectionBanner() {
  const state = useAppState((s) => s.connectionState);
  const lost = useAppState((s) => s.connectionLost);
  const error = useAppState((s) => s.connectionError);
  if (state === "DISCONNECTED_FOREVER") {
    return (
      <div className="st-connection-banner st-connection-fatal" role="alert" data-testid="stConnectionBanner">
        <strong>Connection error.</strong> {error ?? "The server closed the connection."}
      </div>
    );
  }
  if (!lost || state === "CONNECTED") return null;
  return (
    <div className="st-connection-banner" role="status" data-testid="stConnectionBanner">
      <strong>Connection lost.</strong> Trying to reconnect…{error ? <span className="st-connection-detail"> ({error})</span> : null}
    </div>
  );
}

/** The URL named a page the app does not have; the default page runs instead. */
export function PageNotFoundDialog() {
  const store = useStore();
  const name = useAppState((s) => s.pageNotFound);
  if (name === null) return null;
  return (
    <Modal title="Page not found" onClose={() => store.dismissPageNotFound()}>
      <p>
        This app has no page named <code>{name}</code>. You are looking at its main page instead.
      </p>
    </Modal>
  );
}
