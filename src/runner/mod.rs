//! Script runs: the only part of rustlit that holds the Python interpreter.
//!
//! Runs execute on dedicated runner threads, never on tokio workers. A thread
//! attaches to the interpreter once and releases the GIL while it waits for
//! work, so idle threads cost nothing and other sessions' I/O never waits on
//! Python. A session hands the runner a [`RunSource`] (its mailbox); the
//! thread drains it, one run after another, and puts what the runs produce
//! into the session's outbox. The runner never touches sockets.

mod chunks;
pub mod control;
pub mod event;
pub mod interpreter;
pub mod native;
mod python_package;
pub mod request;
mod script;
pub mod sources;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use pyo3::prelude::*;

pub use chunks::{ChunkKey, LOAD_FAILED};
pub use control::{Interrupt, RunControl};
pub use event::{
    outbox_channel, OutboxBudget, OutboxReceiver, OutboxSender, OverflowSignal, RunEvent,
};
pub use request::{PageTarget, RunRequest};
pub use script::ScriptState;
pub use sources::{OptionValue, SourceConfig};

/// A session's side of a run, as the runner sees it.
pub trait RunSource: Send + Sync + 'static {
    fn session_id(&self) -> &str;
    /// The next request to execute, with a fresh control the session can use
    /// to interrupt it. `None` = nothing pending; the source is now idle and
    /// will submit itself again on its next request.
    fn next_run(&self) -> Option<(RunRequest, Arc<RunControl>)>;
    /// Queues a run the script asked for (`st.rerun()`), merged with any
    /// request already pending.
    fn requeue(&self, request: RunRequest);
    /// The run handed out by `next_run` is over: its control no longer
    /// stands for a live run (a stop arriving now must not wait on it).
    fn run_ended(&self);
    fn outbox(&self) -> OutboxSender;
    /// The files the page uploaded, which upload widgets read.
    fn uploads(&self) -> std::sync::Arc<crate::uploads::SessionUploads>;
    /// Who is viewing, as st.context shows it.
    fn client(&self) -> std::sync::Arc<crate::session::ClientContext>;
    /// The session's Python-side state, created on its first run.
    fn script_state(&self) -> &parking_lot::Mutex<Option<ScriptState>>;
    fn next_run_id(&self) -> u32;
    /// A run set its query string (`st.query_params`): reruns the server
    /// starts for this session from now on use it.
    fn query_string_set(&self, query_string: &str);
    /// A lazy dataframe chunk was read (Arrow IPC bytes) or could not be
    /// (the text the page shows); called on a chunk loader thread.
    fn chunk_loaded(&self, key: ChunkKey, result: Result<Vec<u8>, String>);
    /// A socket serves the session now (a page that came back reruns, which
    /// replaces its lazy dataframes' sources itself).
    fn attached(&self) -> bool;
}

/// Threads kept waiting for work even when idle.
const MIN_IDLE_THREADS: usize = 2;
/// An idle thread beyond the minimum exits after this long without work.
const IDLE_THREAD_TIMEOUT: Duration = Duration::from_secs(30);

/// The pool of runner threads and the interpreter they share.
#[derive(Clone)]
pub struct Runner {
    inner: Arc<RunnerInner>,
}

struct RunnerInner {
    /// Sessions waiting for a thread, each at most once (its mailbox says
    /// whether it is queued or running), in the order they asked.
    jobs_tx: Sender<Arc<dyn RunSource>>,
    jobs_rx: Receiver<Arc<dyn RunSource>>,
    idle: AtomicUsize,
    threads: AtomicUsize,
    /// `server.maxScriptThreads`: scripts running at once.
    max_threads: usize,
    script: script::Script,
    /// Hot reload: told the local modules each run imported.
    module_observer: OnceLock<ModuleObserver>,
    /// Bumped by the watcher; the runner forgets local modules when it moves.
    reload_generation: AtomicU64,
    forgotten_generation: AtomicU64,
    /// Chunk loader threads (`chunks.rs`), started on the first request.
    loaders: OnceLock<Sender<chunks::LoaderJob>>,
}

type ModuleObserver = Box<dyn Fn(Vec<PathBuf>) + Send + Sync>;

/// Where the interpreter came from, for the startup banner.
#[derive(Debug, Clone)]
pub struct PythonInfo {
    pub executable: PathBuf,
    pub version: String,
}

impl Runner {
    /// Starts the interpreter in the user's environment and prepares the
    /// script (`sys.argv`, `sys.path[0]`). Fails with a clear message on a
    /// Python version mismatch.
    pub fn start(
        script_path: PathBuf,
        script_args: Vec<String>,
        max_threads: usize,
    ) -> anyhow::Result<(Runner, PythonInfo)> {
        let user = interpreter::discover()?;
        interpreter::start(&user, || {
            use native::_rustlit;
            pyo3::append_to_inittab!(_rustlit)
        })?;
        let script = Python::attach(|py| -> PyResult<script::Script> {
            python_package::install(py)?;
            script::Script::load(py, &script_path, &script_args)
        })
        .map_err(|e| anyhow::anyhow!("could not load rustlit's streamlit package: {e}"))?;
        let (jobs_tx, jobs_rx) = crossbeam_channel::unbounded();
        let inner = Arc::new(RunnerInner {
            jobs_tx,
            jobs_rx,
            idle: AtomicUsize::new(0),
            threads: AtomicUsize::new(0),
            max_threads: max_threads.max(1),
            script,
            module_observer: OnceLock::new(),
            reload_generation: AtomicU64::new(0),
            forgotten_generation: AtomicU64::new(0),
            loaders: OnceLock::new(),
        });
        let runner = Runner { inner };
        for _ in 0..MIN_IDLE_THREADS.min(runner.inner.max_threads) {
            runner.spawn_thread();
        }
        Ok((
            runner,
            PythonInfo {
                executable: user.executable,
                version: user.version,
            },
        ))
    }

    /// Drains `source` on a runner thread, growing the pool when every
    /// thread is busy (a long script must not hold up other sessions) up to
    /// `server.maxScriptThreads`; beyond that sessions wait their turn.
    pub fn submit(&self, source: Arc<dyn RunSource>) {
        let inner = &self.inner;
        let _ = inner.jobs_tx.send(source);
        if inner.jobs_rx.len() > inner.idle.load(Ordering::Acquire) {
            if inner.threads.load(Ordering::Acquire) < inner.max_threads {
                self.spawn_thread();
            } else {
                crate::config::limits::refused(
                    "server.maxScriptThreads",
                    format_args!(
                        "all {} script threads are busy; runs wait their turn",
                        inner.max_threads
                    ),
                );
            }
        }
    }

    /// Reads a chunk of one of `source`'s lazy dataframes on a loader
    /// thread, off the script's thread; `source.chunk_loaded` hears the
    /// result.
    pub fn load_chunk(&self, source: Arc<dyn RunSource>, key: ChunkKey) {
        self.loader_job(chunks::LoaderJob::Chunk(source, key));
    }

    /// `source` is over: its lazy dataframes' rows go.
    pub fn session_ended(&self, source: Arc<dyn RunSource>) {
        self.loader_job(chunks::LoaderJob::SessionEnded(source));
    }

    fn loader_job(&self, job: chunks::LoaderJob) {
        let loaders = self.inner.loaders.get_or_init(chunks::start_loaders);
        if loaders.send(job).is_err() {
            tracing::error!("no dataframe chunk loader thread is running");
        }
    }

    /// Breaks a run out of a pure-Python loop that never reaches an `st.*`
    /// call, by raising StopInterrupt asynchronously in its thread. Blocks
    /// until the GIL is free: call it off the async runtime.
    pub fn force_stop(&self, control: &RunControl) {
        Python::attach(|py| script::raise_stop_in_thread(py, control));
    }

    /// Tells the Python package where secrets live and which folders hold
    /// the app's own modules.
    pub fn configure_sources(&self, config: &SourceConfig) -> anyhow::Result<()> {
        Python::attach(|py| sources::configure(py, config))
            .map_err(|e| anyhow::anyhow!("could not configure secrets and module watching: {e}"))
    }

    /// `observer` hears the files of the local modules after every run that
    /// imported new ones (the app's file watcher adds them).
    pub fn on_local_modules(&self, observer: impl Fn(Vec<PathBuf>) + Send + Sync + 'static) {
        let _ = self.inner.module_observer.set(Box::new(observer));
    }

    /// A watched source changed: the next run (of any session) first drops
    /// the local modules from `sys.modules` and the compiled-script cache.
    pub fn invalidate_sources(&self) {
        self.inner.reload_generation.fetch_add(1, Ordering::AcqRel);
    }

    fn spawn_thread(&self) {
        let inner = self.inner.clone();
        inner.threads.fetch_add(1, Ordering::AcqRel);
        let spawned = std::thread::Builder::new()
            .name("rustlit-runner".into())
            .spawn({
                let inner = inner.clone();
                move || Python::attach(|py| worker_loop(py, &inner))
            });
        if let Err(e) = spawned {
            inner.threads.fetch_sub(1, Ordering::AcqRel);
            tracing::error!("could not start a runner thread: {e}");
        }
    }
}

fn worker_loop(py: Python<'_>, inner: &RunnerInner) {
    loop {
        inner.idle.fetch_add(1, Ordering::AcqRel);
        let job = py.detach(|| inner.jobs_rx.recv_timeout(IDLE_THREAD_TIMEOUT));
        inner.idle.fetch_sub(1, Ordering::AcqRel);
        match job {
            Ok(source) => drain(py, inner, source),
            Err(RecvTimeoutError::Timeout)
                if inner.threads.load(Ordering::Acquire) > MIN_IDLE_THREADS =>
            {
                break
            }
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    inner.threads.fetch_sub(1, Ordering::AcqRel);
}

/// Runs every request the source has, one after another, unless other
/// sessions are waiting for a thread: then, after each run, the source goes
/// to the back of the queue (a session that reruns nonstop gets its turn,
/// not the thread).
fn drain(py: Python<'_>, inner: &RunnerInner, source: Arc<dyn RunSource>) {
    let script = &inner.script;
    let mut first = true;
    loop {
        if !first && !inner.jobs_rx.is_empty() {
            let _ = inner.jobs_tx.send(source);
            return;
        }
        first = false;
        let Some((request, control)) = source.next_run() else {
            return;
        };
        let source = source.as_ref();
        if request.clear_caches {
            script.clear_caches(py, source);
        }
        if request.clear_only {
            source.run_ended();
            continue;
        }
        let generation = inner.reload_generation.load(Ordering::Acquire);
        if inner
            .forgotten_generation
            .swap(generation, Ordering::AcqRel)
            != generation
        {
            sources::forget_local_modules(py);
        }
        let outbox = source.outbox();
        let run_id = source.next_run_id();
        let started = if request.is_fragment_run() {
            // Which fragments still exist and where their containers are:
            // the page and the mirror rewrite only those subtrees.
            let (fragment_ids, scope) = script.fragment_scope(py, source, &request.fragment_ids);
            RunEvent::FragmentStarted(Box::new(crate::proto::RunStarted {
                run_id,
                fragment_run: true,
                fragment_ids,
                scope: scope
                    .into_iter()
                    .map(|path| crate::proto::NodePath { path })
                    .collect(),
            }))
        } else {
            RunEvent::Started { run_id }
        };
        let _ = outbox.send(started);
        let outcome = script.run(py, source, &request, &control, outbox.clone());
        source.run_ended();
        let query_string = control.query_string();
        if let Some(query_string) = &query_string {
            source.query_string_set(query_string);
        }
        let status = outcome.status();
        let _ = outbox.send(RunEvent::Finished { run_id, status });
        if let Some(observer) = inner.module_observer.get() {
            if let Some(files) = sources::local_module_files(py) {
                observer(files);
            }
        }
        if let script::Outcome::RerunRequested { fragment_ids } = outcome {
            let fragment_scoped = !fragment_ids.is_empty();
            source.requeue(RunRequest {
                widget_states: None,
                query_string: query_string.unwrap_or(request.query_string),
                page: None,
                fragment_ids,
                fragment_scoped,
                is_auto_rerun: false,
                ..RunRequest::default()
            });
        }
    }
}
