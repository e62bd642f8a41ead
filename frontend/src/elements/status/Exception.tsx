//! st.exception and uncaught errors: a red (or yellow, for warnings) box with
//! "Type: message" (`stExceptionMessage`) and the traceback, one
//! `stExceptionTraceRow` per line. Also used by the compile-error dialog.
import type { rustlit } from "../../proto";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import "./alert.css";

export function ExceptionBody({ ex }: { ex: rustlit.IException }) {
  const type = ex.type ?? "";
  const message = ex.message ?? "";
  const trace = ex.stackTrace ?? [];
  return (
    <>
      <div className="st-exception-message" data-testid="stExceptionMessage">
        {ex.messageIsMarkdown ? (
          // One body, so the message's first paragraph continues the "Type:" line as in 1.67.
          <StreamlitMarkdown body={type ? `**${type}**: ${message}` : message} />
        ) : (
          <pre className="st-exception-text">
            {type ? <strong>{type}</strong> : null}
            {type && message ? ": " : null}
            {message}
          </pre>
        )}
      </div>
      {trace.length > 0 ? (
        <div className="st-exception-trace">
          <p className="st-exception-trace-title">Traceback:</p>
          <pre className="st-exception-trace-rows">
            <code>
              {trace.map((line, i) => (
                <div key={i} className="st-exception-trace-row" data-testid="stExceptionTraceRow">
                  {line}
                </div>
              ))}
            </code>
          </pre>
        </div>
      ) : null}
    </>
  );
}

export function ExceptionElement({ el }: { el: rustlit.IException }) {
  const kind = el.isWarning ? "warning" : "error";
  return (
    <div className="stException" data-testid="stException">
      <div role="alert" data-testid="stAlertContainer" className={`st-alert st-alert-${kind}`}>
        <div className="st-alert-body" data-testid={el.isWarning ? "stAlertContentWarning" : "stAlertContentError"}>
          <ExceptionBody ex={el} />
        </div>
      </div>
    </div>
  );
}
