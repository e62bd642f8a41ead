//! rustlit: run Streamlit scripts unchanged, served by Rust.
//!
//! The flow, one direction each way (see docs/architecture.md):
//! browser → `server` (websocket) → `session` (mailbox) → `runner` (CPython,
//! the `_rustlit` native module) → session outbox → `server` → browser.

pub mod aead;
pub mod app;
pub mod assets;
pub mod at_rest;
pub mod auth;
pub mod cli;
pub mod commands;
pub mod components;
pub mod config;
pub mod media;
pub mod runner;
pub mod server;
pub mod session;
pub mod theme;
pub mod uploads;
pub mod watch;

/// The protobuf messages of `proto/rustlit.proto`.
pub mod proto {
    include!(concat!(env!("OUT_DIR"), "/rustlit.rs"));
    include!(concat!(env!("OUT_DIR"), "/element_widget.rs"));

    impl WidgetState {
        pub fn new(id: impl Into<String>, value: widget_value::Value) -> WidgetState {
            WidgetState {
                id: id.into(),
                value: Some(WidgetValue { value: Some(value) }),
            }
        }

        /// The value the browser sent (`None` when it sent none).
        pub fn value_kind(&self) -> Option<&widget_value::Value> {
            self.value.as_ref()?.value.as_ref()
        }
    }
}

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
