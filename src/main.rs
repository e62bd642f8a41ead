use rustlit::cli::{self, CacheCommand, Command, ConfigCommand};

fn main() -> std::process::ExitCode {
    let invocation = cli::parse();
    let flags = invocation.flags;
    let result = match invocation.command {
        Command::Version => {
            println!(
                "rustlit, version {} (Streamlit 1.67 compatible)",
                rustlit::VERSION
            );
            Ok(())
        }
        Command::Run(args) => rustlit::app::run(args, flags),
        Command::Hello => rustlit::commands::hello(flags),
        Command::Init { directory } => rustlit::commands::init(directory.as_deref()),
        Command::Cache(CacheCommand::Clear) => rustlit::commands::cache_clear(),
        Command::Config(ConfigCommand::Show) => rustlit::commands::config_show(flags),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
