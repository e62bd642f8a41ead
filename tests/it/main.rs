//! Integration tests: each starts the real rustlit binary on an ephemeral
//! port and speaks the real websocket protocol to it.

mod attacks;
mod auth;
mod boundary;
mod caching;
mod cli;
mod common;
mod component_permissions;
mod components;
mod compression;
mod config;
mod conformance;
mod context;
mod diffing;
mod email_signin;
mod endpoints;
mod errors;
mod fragments;
mod gate;
mod hosts;
mod lazy_data;
mod lifecycle;
mod limits;
mod media;
mod multipage;
mod networks;
mod page_config;
mod python_env;
mod query_params;
mod reconnect;
mod reload;
mod secrets;
mod security;
mod tls;
mod tree_fixture;
mod uploads;
