//! `rustlit run|version` with Streamlit's flag names.
//!
//! Flags keep Streamlit's dotted spelling (`--server.port 8080`,
//! `--server.headless true`) so existing launch scripts work unchanged.

use std::path::PathBuf;

use clap::builder::BoolishValueParser;
use clap::{Args, Parser, Subcommand};

use crate::config::{normalize_base_url_path, Config};

#[derive(Debug, Parser)]
#[command(name = "rustlit", about = "Run Streamlit apps, faster and secure by default.", version = crate::VERSION)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a Streamlit script: `rustlit run app.py [-- script args]`.
    Run(RunArgs),
    /// Print the rustlit version.
    Version,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The main script, e.g. `app.py`.
    pub target: PathBuf,
    /// Arguments passed to the script as `sys.argv[1:]` (use `--` before ones that start with `-`).
    pub script_args: Vec<String>,

    /// Port to listen on (default 8501).
    #[arg(long = "server.port", value_name = "PORT")]
    pub server_port: Option<u16>,
    /// Address to bind (default 127.0.0.1; use 0.0.0.0 to expose the app on the network).
    #[arg(long = "server.address", value_name = "ADDRESS")]
    pub server_address: Option<String>,
    /// Do not open a browser.
    #[arg(long = "server.headless", value_name = "BOOL", value_parser = BoolishValueParser::new())]
    pub server_headless: Option<bool>,
    /// Serve the app under this URL path, e.g. `apps/demo`.
    #[arg(long = "server.baseUrlPath", value_name = "PATH")]
    pub server_base_url_path: Option<String>,
    /// Comma-separated origins, besides the app's own, allowed to open its websocket.
    #[arg(
        long = "server.corsAllowedOrigins",
        value_name = "ORIGINS",
        value_delimiter = ','
    )]
    pub server_cors_allowed_origins: Option<Vec<String>>,
    /// Largest websocket message accepted from a browser, in MB (default 200).
    #[arg(long = "server.maxMessageSize", value_name = "MB")]
    pub server_max_message_size: Option<usize>,
    /// Accepted for compatibility; rustlit never collects usage statistics.
    #[arg(long = "browser.gatherUsageStats", value_name = "BOOL", value_parser = BoolishValueParser::new())]
    pub browser_gather_usage_stats: Option<bool>,
    /// Accepted for compatibility; interrupted runs always end at their next st.* call.
    #[arg(long = "runner.fastReruns", value_name = "BOOL", value_parser = BoolishValueParser::new())]
    pub runner_fast_reruns: Option<bool>,
}

impl RunArgs {
    /// Applies the flags on top of the defaults.
    pub fn config(&self) -> Config {
        let mut config = Config::default();
        let server = &mut config.server;
        if let Some(port) = self.server_port {
            server.port = Some(port);
        }
        if let Some(address) = &self.server_address {
            server.address = address.clone();
        }
        if let Some(headless) = self.server_headless {
            server.headless = headless;
        }
        if let Some(base) = &self.server_base_url_path {
            server.base_url_path = normalize_base_url_path(base);
        }
        if let Some(origins) = &self.server_cors_allowed_origins {
            server.cors_allowed_origins = origins.clone();
        }
        if let Some(mb) = self.server_max_message_size {
            server.max_message_size_mb = mb.max(1);
        }
        if let Some(stats) = self.browser_gather_usage_stats {
            config.gather_usage_stats = stats;
        }
        if let Some(fast) = self.runner_fast_reruns {
            config.runner.fast_reruns = fast;
        }
        config
    }
}
