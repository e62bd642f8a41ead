//! `GET /_stcore/script-health-check` (only with
//! `server.scriptHealthCheckEnabled`): runs the script once in a session of
//! its own and answers `ok` if it finished without an exception, else 503.
//! What the 503 says follows `client.showErrorDetails`, as the page does:
//! the exception's type and message only with `full`, its type with
//! `stacktrace` or `type`, else just `error` (or `timeout`). Checks run one
//! at a time, so flooding the endpoint costs at most one script run at a
//! time; a check that times out stops its script.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use tokio::sync::Mutex;

use super::AppState;
use crate::proto::{delta, element, Exception, RunStatus};
use crate::runner::{RunEvent, RunRequest};

static ONE_AT_A_TIME: Mutex<()> = Mutex::const_new(());

/// `client.showErrorDetails`, for what the health check tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ErrorDetails {
    #[default]
    Full,
    Stacktrace,
    Type,
    None,
}

impl ErrorDetails {
    pub fn from_option(value: &str) -> Self {
        match value.to_ascii_lowercase().as_str() {
            "stacktrace" | "false" => ErrorDetails::Stacktrace,
            "type" => ErrorDetails::Type,
            "none" => ErrorDetails::None,
            _ => ErrorDetails::Full,
        }
    }

    fn describe(self, exception: &Exception) -> String {
        match self {
            ErrorDetails::Full => format!("error: {}: {}", exception.r#type, exception.message),
            ErrorDetails::Stacktrace | ErrorDetails::Type if !exception.r#type.is_empty() => {
                format!("error: {}", exception.r#type)
            }
            _ => "error".into(),
        }
    }
}

pub async fn check(
    State(state): State<AppState>,
    axum::Extension(client): axum::Extension<super::network::ClientAddr>,
    request: HeaderMap,
) -> Response {
    let _turn = ONE_AT_A_TIME.lock().await;
    let verdict = match state.sessions.probe() {
        None => Err("error: could not start a check session".to_string()),
        Some((session, mut outbox)) => {
            session.request_rerun(RunRequest {
                widget_states: Some(Vec::new()),
                ..Default::default()
            });
            let details = state.error_details;
            let verdict = tokio::time::timeout(
                state.script_health_timeout,
                watch_run(&mut outbox.rx, details),
            )
            .await
            .unwrap_or_else(|_| Err("timeout".into()));
            // Finished or not (a timeout): the probe's script must not run on.
            session.request_stop();
            verdict
        }
    };
    let mut response = match verdict {
        Ok(()) => (StatusCode::OK, "ok".to_string()).into_response(),
        Err(problem) => (StatusCode::SERVICE_UNAVAILABLE, problem).into_response(),
    };
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-cache"),
    );
    super::xsrf::set_cookie(&state.xsrf, &request, client.https, response.headers_mut());
    response
}

/// Reads the probe's run until it finishes; its uncaught exception, if any.
/// That is the run's last element (the runner renders it after everything
/// the script wrote); an `st.exception` the script showed on purpose and
/// then went on is no failure.
async fn watch_run(
    rx: &mut crate::runner::OutboxReceiver,
    details: ErrorDetails,
) -> Result<(), String> {
    let mut problem = None;
    while let Some(event) = rx.recv().await {
        match event {
            RunEvent::CompileError(e) => problem = Some(details.describe(&e)),
            RunEvent::Delta(d) => {
                problem = match &d.kind {
                    Some(delta::Kind::Element(el)) => match &el.r#type {
                        Some(element::Type::Exception(e)) if !e.is_warning => {
                            Some(details.describe(e))
                        }
                        _ => None,
                    },
                    _ => None,
                };
            }
            RunEvent::Finished { status, .. } if status != RunStatus::FinishedEarlyForRerun => {
                break
            }
            _ => {}
        }
    }
    problem.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_tells_no_more_than_the_page_would() {
        let e = Exception {
            r#type: "ValueError".into(),
            message: "secret=hunter2".into(),
            ..Default::default()
        };
        assert_eq!(
            ErrorDetails::Full.describe(&e),
            "error: ValueError: secret=hunter2"
        );
        for mode in ["stacktrace", "false", "type"] {
            assert_eq!(
                ErrorDetails::from_option(mode).describe(&e),
                "error: ValueError"
            );
        }
        assert_eq!(ErrorDetails::from_option("none").describe(&e), "error");
        assert_eq!(ErrorDetails::from_option("true"), ErrorDetails::Full);
    }
}
