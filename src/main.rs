use clap::Parser;

use rustlit::cli::{Cli, Command};

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Version => {
            println!(
                "rustlit, version {} (Streamlit 1.67 compatible)",
                rustlit::VERSION
            );
            Ok(())
        }
        Command::Run(args) => rustlit::app::run(args),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
