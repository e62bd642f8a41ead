//! The small commands around `rustlit run`: `hello`, `init`, `cache clear`
//! and `config show`. Each does one thing and says what it did.

use std::path::Path;

use anyhow::{bail, Context};

use crate::cli::RunArgs;
use crate::config::{show, Config};

/// rustlit's demo app, embedded so `rustlit hello` works from any folder.
const HELLO_APP: &str = include_str!("../examples/hello.py");

const STARTER_APP: &str = r#""""My first app: run it with `rustlit run streamlit_app.py`."""

import streamlit as st

st.title("🎈 My new app")
st.write("Edit `streamlit_app.py` and save: the page offers to rerun.")

name = st.text_input("Your name", "world")
st.write(f"Hello, {name}!")

if st.button("Celebrate"):
    st.success("🎉")
"#;

/// `rustlit hello`: writes the demo to a temporary folder and runs it.
pub fn hello(flags: Vec<(&'static str, String)>) -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("rustlit-hello-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let script = dir.join("hello.py");
    std::fs::write(&script, HELLO_APP)
        .with_context(|| format!("cannot write {}", script.display()))?;
    let args = RunArgs {
        target: Some(script),
        script_args: Vec::new(),
    };
    let result = crate::app::run(args, flags);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// `rustlit init [DIR]`: a starter app and its requirements, never
/// overwriting a file that exists.
pub fn init(directory: Option<&Path>) -> anyhow::Result<()> {
    let dir = directory.unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let app = dir.join("streamlit_app.py");
    let requirements = dir.join("requirements.txt");
    for file in [&app, &requirements] {
        if file.exists() {
            bail!("{} already exists; not overwriting it", file.display());
        }
    }
    std::fs::write(&app, STARTER_APP).with_context(|| format!("cannot write {}", app.display()))?;
    std::fs::write(&requirements, "streamlit>=1.67\n")
        .with_context(|| format!("cannot write {}", requirements.display()))?;
    println!("Created {} and {}.", app.display(), requirements.display());
    println!();
    println!("Run it with:");
    if directory.is_some() {
        println!("  cd {}", dir.display());
    }
    println!("  rustlit run streamlit_app.py");
    Ok(())
}

/// `rustlit cache clear`: rustlit keeps st.cache_data/st.cache_resource in
/// the server's memory (gone when it stops); what persists is
/// `persist="disk"` data, which lives where Streamlit 1.67 keeps it,
/// `~/.streamlit/cache/`, and which this deletes.
pub fn cache_clear() -> anyhow::Result<()> {
    let Some(home) = crate::config::home_dir() else {
        println!("Nothing to clear: HOME is not set, so there is no ~/.streamlit/cache.");
        return Ok(());
    };
    let cache = home.join(".streamlit").join("cache");
    if !cache.exists() {
        println!("Nothing to clear: there is no {}.", cache.display());
        println!("In-memory caches are cleared when the server stops.");
        return Ok(());
    }
    let count = std::fs::read_dir(&cache)
        .map(|entries| entries.count())
        .unwrap_or(0);
    std::fs::remove_dir_all(&cache)
        .with_context(|| format!("cannot delete {}", cache.display()))?;
    println!("Cleared {} ({count} entries).", cache.display());
    Ok(())
}

/// `rustlit config show`: the effective configuration for an app launched
/// from this folder.
pub fn config_show(flags: Vec<(&'static str, String)>) -> anyhow::Result<()> {
    let config = Config::load(None, flags)?;
    for warning in &config.resolved.warnings {
        eprintln!("Warning: {warning}");
    }
    print!("{}", show::render(&config.resolved));
    Ok(())
}
