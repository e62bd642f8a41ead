//! `GET /_stcore/script-health-check` (only with
//! `server.scriptHealthCheckEnabled`): runs the script once in a session of
//! its own and answers `ok` if it finished without an exception, else 503
//! with what went wrong. Checks run one at a time, so flooding the endpoint
//! costs at most one script run at a time.

use std::time::Duration;

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use tokio::sync::Mutex;

use super::AppState;
use crate::proto::{delta, element, RunStatus};
use crate::runner::{RunEvent, RunRequest};

const CHECK_TIMEOUT: Duration = Duration::from_secs(60);

static ONE_AT_A_TIME: Mutex<()> = Mutex::const_new(());

pub async fn check(State(state): State<AppState>, request: HeaderMap) -> Response {
    let _turn = ONE_AT_A_TIME.lock().await;
    let verdict = tokio::time::timeout(CHECK_TIMEOUT, run_once(&state))
        .await
        .unwrap_or_else(|_| Err("the script did not finish within 60 seconds".into()));
    let mut response = match verdict {
        Ok(()) => (StatusCode::OK, "ok".to_string()).into_response(),
        Err(problem) => (StatusCode::SERVICE_UNAVAILABLE, problem).into_response(),
    };
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-cache"),
    );
    super::xsrf::set_cookie(&state.xsrf, &request, response.headers_mut());
    response
}

async fn run_once(state: &AppState) -> Result<(), String> {
    let Some((session, mut outbox)) = state.sessions.probe() else {
        return Err("could not start a check session".into());
    };
    session.request_rerun(RunRequest {
        widget_states: Some(Vec::new()),
        ..Default::default()
    });
    let mut problem = None;
    while let Some(event) = outbox.rx.recv().await {
        match event {
            RunEvent::CompileError(e) => problem = Some(format!("{}: {}", e.r#type, e.message)),
            RunEvent::Delta(d) => {
                if let Some(delta::Kind::Element(el)) = &d.kind {
                    if let Some(element::Type::Exception(e)) = &el.r#type {
                        problem.get_or_insert_with(|| format!("{}: {}", e.r#type, e.message));
                    }
                }
            }
            RunEvent::Finished { status, .. } if status != RunStatus::FinishedEarlyForRerun => {
                break
            }
            _ => {}
        }
    }
    session.request_stop();
    problem.map_or(Ok(()), Err)
}
