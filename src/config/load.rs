//! Reading every source of configuration in Streamlit's order of precedence:
//! built-in defaults < `~/.streamlit/config.toml` < `$CWD/.streamlit/config.toml`
//! < `<script folder>/.streamlit/config.toml` < `STREAMLIT_*` environment
//! variables < `--section.option` flags.
//!
//! An invalid value stops startup with an error that names its source, the
//! option and what is allowed. Unknown options, and options rustlit does not
//! apply yet, become warnings (printed once, after logging is set up).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::options::{self, OptionSpec, OPTIONS};
use super::value::Value;

/// Where an option's effective value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    File(PathBuf),
    Env(String),
    Flag(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => f.write_str("default"),
            Source::File(path) => write!(f, "{}", path.display()),
            Source::Env(var) => write!(f, "environment variable {var}"),
            Source::Flag(name) => write!(f, "command-line flag --{name}"),
        }
    }
}

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("invalid value {shown} for {option} in {place}: expected {expected}")]
    Invalid {
        place: Source,
        option: String,
        shown: String,
        expected: String,
    },
    #[error("cannot read {path}: {error}")]
    Read { path: PathBuf, error: String },
    #[error("{path} is not valid TOML: {error}")]
    Syntax { path: PathBuf, error: String },
}

/// Every option's effective value and its source.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub values: BTreeMap<&'static str, (Value, Source)>,
    /// Config files that were read, lowest precedence first.
    pub files: Vec<PathBuf>,
    /// Things worth telling the user once, after logging starts.
    pub warnings: Vec<String>,
    /// The theme's sub-tables from config files, by name (`sidebar`, `light`,
    /// `dark`, `light.sidebar`, `dark.sidebar`): their keys as written, later
    /// files overriding earlier ones key by key (crate::theme reads them).
    pub theme_tables: BTreeMap<String, toml::Table>,
}

/// What the loader reads; injected so tests control every source.
pub struct Inputs<'a> {
    pub home: Option<PathBuf>,
    pub cwd: PathBuf,
    pub script_dir: Option<PathBuf>,
    pub env: &'a dyn Fn(&str) -> Option<String>,
    /// `(option name, raw text)` in command-line order.
    pub flags: Vec<(&'static str, String)>,
}

impl Inputs<'_> {
    /// The config files in precedence order, each once.
    pub fn config_files(&self) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = Vec::new();
        dirs.extend(self.home.clone());
        dirs.push(self.cwd.clone());
        dirs.extend(self.script_dir.clone());
        let mut files: Vec<PathBuf> = Vec::new();
        for dir in dirs {
            let file = dir.join(".streamlit").join("config.toml");
            let same = |f: &PathBuf| same_file(f, &file);
            if !files.iter().any(same) {
                files.push(file);
            }
        }
        files
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

pub fn load(inputs: &Inputs<'_>) -> Result<Resolved, ConfigError> {
    let mut resolved = Resolved {
        values: OPTIONS
            .iter()
            .map(|o| (o.name, (Value::from(o.default), Source::Default)))
            .collect(),
        files: Vec::new(),
        warnings: Vec::new(),
        theme_tables: BTreeMap::new(),
    };
    for path in inputs.config_files() {
        if path.is_file() {
            read_file(&path, &mut resolved)?;
            resolved.files.push(path);
        }
    }
    for option in OPTIONS {
        let var = options::env_var_name(option.name);
        if let Some(text) = (inputs.env)(&var) {
            set_text(&mut resolved, option, &text, Source::Env(var))?;
        }
    }
    let mut list_flags: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (name, text) in &inputs.flags {
        let Some(option) = options::find(name) else {
            continue;
        };
        if option.kind == super::value::Kind::List {
            // A repeated list flag accumulates, as click's `multiple` does.
            list_flags.entry(name).or_default().push(text.clone());
            continue;
        }
        set_text(&mut resolved, option, text, Source::Flag(name.to_string()))?;
    }
    for (name, texts) in list_flags {
        if let Some(option) = options::find(name) {
            let joined = texts.join(",");
            set_text(&mut resolved, option, &joined, Source::Flag(name.into()))?;
        }
    }
    super::theme_scopes::apply(inputs, &mut resolved)?;
    warn_unapplied(&mut resolved);
    Ok(resolved)
}

fn set_text(
    resolved: &mut Resolved,
    option: &'static OptionSpec,
    text: &str,
    source: Source,
) -> Result<(), ConfigError> {
    let value = Value::from_text(option.kind, text).map_err(|bad| ConfigError::Invalid {
        place: source.clone(),
        option: option.name.into(),
        shown: bad.shown,
        expected: bad.expected,
    })?;
    resolved.values.insert(option.name, (value, source));
    Ok(())
}

fn read_file(path: &Path, resolved: &mut Resolved) -> Result<(), ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
        path: path.into(),
        error: e.to_string(),
    })?;
    let table: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| ConfigError::Syntax {
            path: path.into(),
            error: e.message().to_string(),
        })?;
    for (section, body) in &table {
        let Some(body) = body.as_table() else {
            resolved.warnings.push(format!(
                "{}: `{section}` is not a [section]; ignored",
                path.display()
            ));
            continue;
        };
        for (key, value) in body {
            let name = format!("{section}.{key}");
            match options::find(&name) {
                Some(option) => {
                    let value = Value::from_toml(option.kind, value).map_err(|bad| {
                        ConfigError::Invalid {
                            place: Source::File(path.into()),
                            option: name.clone(),
                            shown: bad.shown,
                            expected: bad.expected,
                        }
                    })?;
                    resolved
                        .values
                        .insert(option.name, (value, Source::File(path.into())));
                }
                None if value.is_table() && options::is_open_section(&format!("{name}.x")) => {
                    if section == "theme" {
                        if let Some(table) = value.as_table() {
                            keep_theme_table(key, table, &mut resolved.theme_tables);
                        }
                    }
                }
                None => resolved.warnings.push(format!(
                    "{}: unknown option {name}; ignored",
                    path.display()
                )),
            }
        }
    }
    Ok(())
}

/// `[theme.<key>]` (and `[theme.light.sidebar]` inside `[theme.light]`):
/// its plain keys merged over what earlier files gave.
fn keep_theme_table(key: &str, table: &toml::Table, out: &mut BTreeMap<String, toml::Table>) {
    let mut plain = toml::Table::new();
    for (k, v) in table {
        match v.as_table() {
            Some(inner) if k == "sidebar" && (key == "light" || key == "dark") => {
                keep_theme_table(&format!("{key}.sidebar"), inner, out);
            }
            Some(_) => {}
            None => {
                plain.insert(k.clone(), v.clone());
            }
        }
    }
    out.entry(key.to_string()).or_default().extend(plain);
}

/// One warning per option that is set but not applied by rustlit yet.
fn warn_unapplied(resolved: &mut Resolved) {
    for option in OPTIONS.iter().filter(|o| !o.applied) {
        if let Some((value, source)) = resolved.values.get(option.name) {
            if *source != Source::Default && *value != Value::from(option.default) {
                resolved.warnings.push(format!(
                    "{} (set by {source}) is a Streamlit option rustlit does not apply yet; accepted and ignored",
                    option.name
                ));
            }
        }
    }
}

impl Resolved {
    pub fn get(&self, name: &str) -> &Value {
        self.values
            .get(name)
            .map(|(v, _)| v)
            .unwrap_or(&Value::Unset)
    }

    pub fn source(&self, name: &str) -> Source {
        self.values
            .get(name)
            .map(|(_, s)| s.clone())
            .unwrap_or(Source::Default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, body: &str) {
        std::fs::create_dir_all(dir.join(".streamlit")).unwrap();
        std::fs::write(dir.join(".streamlit/config.toml"), body).unwrap();
    }

    #[test]
    fn later_sources_win() {
        let root = std::env::temp_dir().join(format!("rustlit-cfg-{}", std::process::id()));
        let (home, cwd, script) = (root.join("home"), root.join("cwd"), root.join("script"));
        write(
            &home,
            "[server]\nport = 1\nheadless = true\nbaseUrlPath = \"h\"\nmaxMessageSize = 5\n",
        );
        write(
            &cwd,
            "[server]\nport = 2\nbaseUrlPath = \"c\"\nmaxMessageSize = 6\n",
        );
        write(
            &script,
            "[server]\nport = 3\nmaxMessageSize = 7\n[bogus]\nx = 1\n",
        );
        let env = |k: &str| (k == "STREAMLIT_SERVER_PORT").then(|| "4".to_string());
        let inputs = Inputs {
            home: Some(home.clone()),
            cwd: cwd.clone(),
            script_dir: Some(script.clone()),
            env: &env,
            flags: vec![("server.maxMessageSize", "8".into())],
        };
        let r = load(&inputs).unwrap();
        assert_eq!(r.get("server.headless"), &Value::Bool(true));
        assert_eq!(r.get("server.baseUrlPath"), &Value::Str("c".into()));
        assert_eq!(r.get("server.port"), &Value::Int(4));
        assert_eq!(r.get("server.maxMessageSize"), &Value::Int(8));
        assert_eq!(
            r.source("server.baseUrlPath"),
            Source::File(cwd.join(".streamlit/config.toml"))
        );
        assert!(r.warnings.iter().any(|w| w.contains("bogus.x")));
        let _ = std::fs::remove_dir_all(root);
    }
}
