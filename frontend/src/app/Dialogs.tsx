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
  const signedOut = useAppState((s) => s.signedOut);
  const lost = useAppState((s) => s.connectionLost);
  const error = useAppState((s) => s.connectionError);
  if (signedOut) return null;
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

/** The login gate refused the page's reconnect (a logout in another tab, an
 *  expired login, a server restart): say so and offer to sign in again,
 *  which reloads the page through the gate's sign-in and back here. Not
 *  dismissible: the page cannot do anything without a login. */
export function SignedOutDialog() {
  const signedOut = useAppState((s) => s.signedOut);
  if (!signedOut) return null;
  const ended = signedOut === "ended";
  return (
    <Modal title={ended ? "Signed out" : "Not allowed"} onClose={() => {}} dismissible={false} className="st-signed-out">
      <p data-testid="stSignedOutMessage">
        {ended
          ? "Your login to this app has ended: you logged out in another tab, the login expired or the server restarted. Sign in again to go on."
          : "The account you are logged in with may no longer use this app. Sign in with another account to go on."}
      </p>
      <div className="st-modal-footer">
        <button
          type="button"
          className="st-button st-button-primary"
          data-testid="stBaseButton-primary"
          onClick={() => window.location.reload()}
        >
          Sign in again
        </button>
      </div>
    </Modal>
  );
}
