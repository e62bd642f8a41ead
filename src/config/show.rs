//! `rustlit config show`: the effective configuration as commented TOML,
//! each option with its description and where its value came from, so the
//! output can be pasted into a config.toml as it is.

use std::fmt::Write as _;

use super::load::{Resolved, Source};
use super::options::OPTIONS;
use super::value::Value;

pub fn render(resolved: &Resolved) -> String {
    let mut out = String::new();
    out.push_str("# rustlit's effective configuration.\n");
    out.push_str("# Precedence, lowest first: default < ~/.streamlit/config.toml < ./.streamlit/config.toml\n");
    out.push_str("#   < <script folder>/.streamlit/config.toml < STREAMLIT_* variables < --section.option flags\n");
    if resolved.files.is_empty() {
        out.push_str("# Config files read: none\n");
    } else {
        for file in &resolved.files {
            let _ = writeln!(out, "# Config file read: {}", file.display());
        }
    }
    let mut section = "";
    for option in OPTIONS {
        let Some((sec, key)) = option.name.split_once('.') else {
            continue;
        };
        if sec != section {
            section = sec;
            let _ = write!(out, "\n[{sec}]\n");
        }
        let (value, source) = resolved
            .values
            .get(option.name)
            .cloned()
            .unwrap_or((Value::Unset, Source::Default));
        out.push('\n');
        let _ = writeln!(out, "# {}", option.description);
        if !option.applied {
            out.push_str("# (accepted for compatibility; rustlit does not apply it yet)\n");
        }
        let _ = writeln!(out, "# Source: {source}");
        match value {
            Value::Unset => {
                let _ = writeln!(out, "# {key} =");
            }
            value => {
                let _ = writeln!(out, "{key} = {value}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_is_valid_toml_with_sources() {
        let env = |_: &str| None;
        let inputs = crate::config::load::Inputs {
            home: None,
            cwd: std::env::temp_dir().join("rustlit-no-such-dir"),
            script_dir: None,
            env: &env,
            flags: vec![("server.port", "9000".into())],
        };
        let resolved = crate::config::load::load(&inputs).unwrap();
        let text = render(&resolved);
        let table: toml::Table = text.parse().expect("valid TOML");
        assert_eq!(table["server"]["port"].as_integer(), Some(9000));
        assert!(text.contains("# Source: command-line flag --server.port"));
    }
}
