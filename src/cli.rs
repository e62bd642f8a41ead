//! `rustlit run|hello|init|cache clear|config show|version` with Streamlit's
//! flag names.
//!
//! Every option of the config table is a `--section.option VALUE` flag of
//! `run`, `hello` and `config show` (`--server.port 8080`,
//! `--server.headless true`), generated from [`crate::config::options`], so
//! existing launch scripts work unchanged. Options rustlit applies are listed
//! in `--help`; the others are accepted but hidden there.

use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::config::options::OPTIONS;
use crate::config::theme_scopes;
use crate::config::value::Kind;

#[derive(Debug, Parser)]
#[command(name = "rustlit", about = "Run Streamlit apps, faster and secure by default.", version = crate::VERSION)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Log level, as Streamlit's `--log_level` (same as --logger.level).
    #[arg(long = "log_level", global = true, value_name = "LEVEL",
          value_parser = ["error", "warning", "info", "debug"])]
    pub log_level: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a Streamlit script: `rustlit run app.py [-- script args]`.
    Run(RunArgs),
    /// Run rustlit's demo app.
    Hello,
    /// Create a starter app (streamlit_app.py and requirements.txt) in a folder.
    Init {
        /// Folder to create the app in (default: the current folder).
        directory: Option<PathBuf>,
    },
    /// Manage caches.
    #[command(subcommand)]
    Cache(CacheCommand),
    /// Inspect the configuration.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print the rustlit version.
    Version,
}

#[derive(Debug, Subcommand)]
pub enum CacheCommand {
    /// Delete persisted st.cache_data files (`~/.streamlit/cache/`).
    Clear,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the effective configuration as TOML, with where each value came from.
    Show,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The main script, e.g. `app.py`, or a folder holding `streamlit_app.py`
    /// (default: `streamlit_app.py`).
    pub target: Option<PathBuf>,
    /// Arguments passed to the script as `sys.argv[1:]` (use `--` before ones that start with `-`).
    pub script_args: Vec<String>,
}

/// A parsed command line: the command and its `--section.option` flags in
/// command-line order.
pub struct Invocation {
    pub command: Command,
    pub flags: Vec<(&'static str, String)>,
}

/// The full clap command, with the option flags attached where they apply.
pub fn command() -> clap::Command {
    Cli::command()
        .mut_subcommand("run", with_option_flags)
        .mut_subcommand("hello", with_option_flags)
        .mut_subcommand("config", |c| c.mut_subcommand("show", with_option_flags))
}

/// Parses the process arguments; exits with clap's message on a usage error.
pub fn parse() -> Invocation {
    parse_from(std::env::args_os())
}

pub fn parse_from<I, T>(args: I) -> Invocation
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let matches = command().get_matches_from(args);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let mut flags = Vec::new();
    if let Some(level) = &cli.log_level {
        flags.push(("logger.level", level.clone()));
    }
    let mut current = &matches;
    while let Some((_, sub)) = current.subcommand() {
        current = sub;
    }
    collect_flags(current, &mut flags);
    Invocation {
        command: cli.command,
        flags,
    }
}

fn with_option_flags(mut command: clap::Command) -> clap::Command {
    for option in OPTIONS {
        let value_name = match option.kind {
            Kind::Bool => "BOOL",
            Kind::Int => "INT",
            Kind::Float => "NUMBER",
            Kind::List => "LIST",
            Kind::Str | Kind::Choice(_) | Kind::Any => "VALUE",
        };
        command = command.arg(
            Arg::new(option.name)
                .long(option.name)
                .value_name(value_name)
                .help(option.description)
                .action(ArgAction::Append)
                .allow_hyphen_values(false)
                .hide(!option.applied),
        );
    }
    // `--theme.sidebar.primaryColor` and the other scoped theme options.
    for option in theme_scopes::scoped() {
        command = command.arg(
            Arg::new(option.name.as_str())
                .long(option.name.as_str())
                .value_name("VALUE")
                .help(option.description)
                .action(ArgAction::Append)
                .allow_hyphen_values(false)
                .hide(true),
        );
    }
    command
}

fn collect_flags(matches: &ArgMatches, flags: &mut Vec<(&'static str, String)>) {
    for option in OPTIONS {
        let Ok(Some(values)) = matches.try_get_many::<String>(option.name) else {
            continue;
        };
        for value in values {
            flags.push((option.name, value.clone()));
        }
    }
    for option in theme_scopes::scoped() {
        let Ok(Some(values)) = matches.try_get_many::<String>(option.name.as_str()) else {
            continue;
        };
        for value in values {
            flags.push((option.name.as_str(), value.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_flags_and_script_args_parse() {
        let inv = parse_from([
            "rustlit",
            "run",
            "app.py",
            "--server.port",
            "9000",
            "--server.corsAllowedOrigins",
            "http://a",
            "--global.e2eTest",
            "true",
            "--",
            "--x",
        ]);
        let Command::Run(args) = inv.command else {
            panic!("not run")
        };
        assert_eq!(args.target, Some(PathBuf::from("app.py")));
        assert_eq!(args.script_args, vec!["--x".to_string()]);
        assert!(inv.flags.contains(&("server.port", "9000".into())));
        assert!(inv.flags.contains(&("global.e2eTest", "true".into())));
    }

    #[test]
    fn the_command_is_well_formed() {
        command().debug_assert();
    }
}
