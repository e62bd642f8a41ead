//! Sessions: one per browser tab, outliving a dropped socket for a while.
//!
//! A session owns its run mailbox (what to run next), its outbox (what runs
//! produced, waiting for the socket) and the Python state of its script. It
//! decides when to interrupt a run; the runner decides nothing about
//! sessions. Nothing here calls into Python.

mod chunks;
mod client;
mod outbox;
mod oversized;
mod page_config;
mod registry;

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use parking_lot::Mutex;

pub use client::ClientContext;

pub use outbox::Outbox;
pub use oversized::MessageLimit;
pub use registry::{Attached, SessionCaps, SessionRefused, SessionRegistry};

use crate::proto::{
    forward_event, DataframeChunkRequest, DataframeChunkResponse, FileUrls, FileUrlsRequest,
    FileUrlsResponse, RunStatus,
};
use crate::runner::{
    ChunkKey, Interrupt, OutboxSender, RunControl, RunEvent, RunRequest, RunSource, Runner,
    ScriptState,
};
use crate::uploads::{SessionUploads, UploadBudget, UploadLimits};

/// What every new session starts with, from the configuration.
#[derive(Debug, Clone, Default)]
pub struct SessionSettings {
    pub upload_limits: UploadLimits,
    /// `server.maxUploadMemory`, shared by every session.
    pub upload_budget: Arc<UploadBudget>,
    /// `server.runOnSave`: the page can turn it on or off per session.
    pub run_on_save: bool,
    /// `server.maxOutboxSize` in bytes (0 = no bound).
    pub max_outbox_bytes: usize,
    /// `server.maxOutboxMemory`, shared by every session.
    pub outbox_budget: Arc<crate::runner::OutboxBudget>,
    /// `server.maxMessageSize`: an element larger than this is sent as 1.67's error instead.
    pub max_message: MessageLimit,
}

/// How long a stopped run may keep computing before it is interrupted
/// inside pure-Python code (which never reaches an `st.*` yield point).
const FORCE_STOP_AFTER: Duration = Duration::from_millis(500);

pub struct Session {
    id: String,
    this: Weak<Session>,
    runner: Runner,
    outbox_tx: OutboxSender,
    outbox: Mutex<Option<Outbox>>,
    mailbox: Mutex<Mailbox>,
    script_state: Mutex<Option<ScriptState>>,
    run_counter: AtomicU32,
    /// Rerun when a source changes: `server.runOnSave` at first, then
    /// whatever the page sets ("Always rerun", the menu's Run on save).
    run_on_save: AtomicBool,
    /// The query string of the last browser request, or the one a run set
    /// since through st.query_params, for reruns on save.
    last_query: Mutex<String>,
    uploads: Arc<SessionUploads>,
    /// What st.context reads: the serving socket's handshake and the
    /// browser's last context info.
    client: Mutex<Arc<ClientContext>>,
    /// Lazy dataframe chunk loads in flight and waiting.
    chunks: Mutex<chunks::ChunkLoads>,
    /// A socket serves the session now.
    attached: AtomicBool,
}

#[derive(Default)]
struct Mailbox {
    pending: Option<RunRequest>,
    /// A runner thread is draining this session.
    running: bool,
    current: Option<Arc<RunControl>>,
}

impl Session {
    fn new(id: String, runner: Runner, settings: &SessionSettings) -> Arc<Session> {
        let (outbox_tx, rx) = crate::runner::outbox_channel(
            settings.max_outbox_bytes,
            settings.outbox_budget.clone(),
        );
        Arc::new_cyclic(|this| Session {
            id,
            this: this.clone(),
            runner,
            outbox_tx,
            outbox: Mutex::new(Some(Outbox::new(rx, settings.max_message))),
            mailbox: Mutex::new(Mailbox::default()),
            script_state: Mutex::new(None),
            run_counter: AtomicU32::new(0),
            run_on_save: AtomicBool::new(settings.run_on_save),
            last_query: Mutex::new(String::new()),
            uploads: SessionUploads::new(settings.upload_limits, settings.upload_budget.clone()),
            client: Mutex::default(),
            chunks: Mutex::default(),
            attached: AtomicBool::new(false),
        })
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// A socket now serves the session: its handshake is what st.context
    /// shows from now on (the browser's context info stays until it sends
    /// new).
    pub fn connected(
        &self,
        headers: &axum::http::HeaderMap,
        ip: std::net::IpAddr,
        user: Option<Arc<crate::auth::SignedIn>>,
    ) {
        self.attached.store(true, Ordering::Release);
        let mut client = self.client.lock();
        *client = Arc::new(ClientContext::connected(
            headers,
            ip,
            client.info.clone(),
            crate::auth::UserSlot::new(user),
        ));
    }

    /// A socket with login `sid` (or none) may resume this session: the
    /// same login as the session's, and `st.logout` has not run.
    pub fn resumable_by(&self, sid: Option<&str>) -> bool {
        self.client.lock().user.resumable_by(sid)
    }

    /// The browser's context info, sent with a rerun.
    pub fn context_info(&self, info: crate::proto::ContextInfo) {
        let mut client = self.client.lock();
        if client.info != info {
            let mut changed = ClientContext::clone(&client);
            changed.info = info;
            *client = Arc::new(changed);
        }
    }

    /// Runs the script with the browser's values. A run in progress ends at
    /// its next `st.*` call and the new one starts right after it, except
    /// that a fragment run waits for the run in progress to finish (as in
    /// Streamlit: ending a full run would leave the page around the
    /// fragment half-built).
    pub fn request_rerun(&self, request: RunRequest) {
        if request.widget_states.is_some() {
            self.last_query.lock().clone_from(&request.query_string);
        }
        let mut mailbox = self.mailbox.lock();
        match mailbox.pending.as_mut() {
            Some(pending) => pending.merge_newer(request),
            None => mailbox.pending = Some(request),
        }
        if mailbox.running {
            let preempts = mailbox.pending.as_ref().is_some_and(RunRequest::preempts);
            if let (true, Some(current)) = (preempts, &mailbox.current) {
                current.request(Interrupt::Rerun);
            }
            return;
        }
        mailbox.running = true;
        drop(mailbox);
        if let Some(this) = self.this.upgrade() {
            self.runner.submit(this);
        }
    }

    /// Ends the current run as `st.stop()` would and drops pending requests.
    /// A run stuck in pure Python is interrupted shortly after. The browser
    /// always hears back: if the stop only dropped a request that had not
    /// started yet, the last run is reported finished again.
    pub fn request_stop(&self) {
        let mut mailbox = self.mailbox.lock();
        let dropped_request = mailbox.pending.take().is_some();
        // No live run (the runner clears `current` as soon as a script
        // returns): nothing else will report the dropped request.
        let Some(current) = mailbox.current.clone() else {
            drop(mailbox);
            if dropped_request {
                let run_id = self.run_counter.load(Ordering::Acquire);
                let status = RunStatus::FinishedSuccessfully;
                let _ = self.outbox_tx.send(RunEvent::Finished { run_id, status });
            }
            return;
        };
        drop(mailbox);
        current.request(Interrupt::Stop);
        let runner = self.runner.clone();
        if let Ok(handle) = tokio::runtime::Handle::try_current() {
            handle.spawn(async move {
                tokio::time::sleep(FORCE_STOP_AFTER).await;
                if current.python_thread() != 0 {
                    let _ = tokio::task::spawn_blocking(move || runner.force_stop(&current)).await;
                }
            });
        }
    }

    /// The page turned run-on-save on or off for this session.
    pub fn set_run_on_save(&self, on: bool) {
        self.run_on_save.store(on, Ordering::Release);
    }

    pub fn run_on_save(&self) -> bool {
        self.run_on_save.load(Ordering::Acquire)
    }

    /// A watched source changed: rerun with the values the session holds
    /// when it runs on save, or tell the page.
    pub fn source_changed(&self) {
        if self.run_on_save() {
            let query_string = self.last_query.lock().clone();
            self.request_rerun(RunRequest {
                widget_states: None,
                query_string,
                ..Default::default()
            });
        } else {
            let _ = self.outbox_tx.send(RunEvent::SourceChanged);
        }
    }

    pub fn uploads(&self) -> &Arc<SessionUploads> {
        &self.uploads
    }

    /// Issues upload URLs for the files the page is about to send. The URLs
    /// are relative to the app's base path.
    pub fn issue_upload_urls(&self, request: &FileUrlsRequest) -> FileUrlsResponse {
        let mut response = FileUrlsResponse {
            request_id: request.request_id,
            ..Default::default()
        };
        match self.uploads.issue(request.count as usize) {
            Ok(ids) => {
                response.file_urls = ids
                    .into_iter()
                    .map(|file_id| {
                        let url = format!("_stcore/upload_file/{}/{file_id}", self.id);
                        FileUrls {
                            file_id,
                            upload_url: url.clone(),
                            delete_url: url,
                        }
                    })
                    .collect();
            }
            Err(e) => response.error = e.to_string(),
        }
        response
    }

    /// The page wants rows of a lazy dataframe: read on a chunk loader
    /// thread (never the script's), answered to this session's browser
    /// only. The source must be this session's own.
    pub fn request_chunk(&self, request: &DataframeChunkRequest) {
        let key = chunks::key_of(request);
        let admitted = self.chunks.lock().request(request.request_id, key.clone());
        match admitted {
            chunks::Admit::Start(key) => {
                if let Some(this) = self.this.upgrade() {
                    self.runner.load_chunk(this, key);
                }
            }
            chunks::Admit::Wait => {}
            chunks::Admit::Refuse => {
                crate::config::limits::refused(
                    "dataframe chunks",
                    format_args!("session {}: too many chunk requests waiting", self.id),
                );
                self.answer_chunk(request.request_id, &key, Err(crate::runner::LOAD_FAILED));
            }
        }
    }

    fn answer_chunk(&self, request_id: u32, key: &ChunkKey, result: Result<&[u8], &str>) {
        let mut response = DataframeChunkResponse {
            request_id,
            source_id: key.source_id.clone(),
            offset: key.offset,
            ..Default::default()
        };
        match result {
            Ok(data) => response.data = data.to_vec(),
            Err(error) => response.error = error.to_string(),
        }
        let event = forward_event::Kind::DataframeChunk(response);
        let _ = self.outbox_tx.send(RunEvent::Forward(Box::new(event)));
    }

    /// The socket serving the session went away; it may come back.
    pub fn detached(&self) {
        self.attached.store(false, Ordering::Release);
    }

    /// The session is over (discarded; an expired one drops its Python
    /// state with it): the rows of its lazy dataframes go now, as 1.67
    /// drops them when a session shuts down.
    pub fn session_ended(&self) {
        self.attached.store(false, Ordering::Release);
        if let Some(this) = self.this.upgrade() {
            self.runner.session_ended(this);
        }
    }

    pub fn take_outbox(&self) -> Option<Outbox> {
        self.outbox.lock().take()
    }

    pub fn return_outbox(&self, outbox: Outbox) {
        *self.outbox.lock() = Some(outbox);
    }
}

impl RunSource for Session {
    fn session_id(&self) -> &str {
        &self.id
    }

    fn next_run(&self) -> Option<(RunRequest, Arc<RunControl>)> {
        let mut mailbox = self.mailbox.lock();
        match mailbox.pending.take() {
            Some(request) => {
                let control = Arc::new(RunControl::new());
                mailbox.current = Some(control.clone());
                Some((request, control))
            }
            None => {
                mailbox.running = false;
                mailbox.current = None;
                None
            }
        }
    }

    fn requeue(&self, mut request: RunRequest) {
        let mut mailbox = self.mailbox.lock();
        if let Some(newer) = mailbox.pending.take() {
            request.merge_newer(newer);
        }
        mailbox.pending = Some(request);
    }

    fn run_ended(&self) {
        self.mailbox.lock().current = None;
    }

    fn outbox(&self) -> OutboxSender {
        self.outbox_tx.clone()
    }

    fn uploads(&self) -> Arc<SessionUploads> {
        self.uploads.clone()
    }

    fn client(&self) -> Arc<ClientContext> {
        self.client.lock().clone()
    }

    fn script_state(&self) -> &Mutex<Option<ScriptState>> {
        &self.script_state
    }

    fn next_run_id(&self) -> u32 {
        self.run_counter.fetch_add(1, Ordering::AcqRel) + 1
    }

    fn query_string_set(&self, query_string: &str) {
        self.last_query.lock().replace_range(.., query_string);
    }

    fn attached(&self) -> bool {
        self.attached.load(Ordering::Acquire)
    }

    fn chunk_loaded(&self, key: ChunkKey, result: Result<Vec<u8>, String>) {
        let (request_ids, start) = self.chunks.lock().finished(&key);
        for request_id in request_ids {
            let result = match &result {
                Ok(data) => Ok(data.as_slice()),
                Err(error) => Err(error.as_str()),
            };
            self.answer_chunk(request_id, &key, result);
        }
        if let Some(this) = self.this.upgrade() {
            for next in start {
                self.runner.load_chunk(this.clone(), next);
            }
        }
    }
}
