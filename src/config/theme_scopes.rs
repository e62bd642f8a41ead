//! The theme options of `[theme.sidebar]`, `[theme.light]`, `[theme.dark]`,
//! `[theme.light.sidebar]` and `[theme.dark.sidebar]` as options of their own.
//!
//! 1.67 declares each per-theme option once per scope
//! (`theme.sidebar.primaryColor`, `theme.dark.sidebar.font`, ...), so besides
//! the config files they can be set by `STREAMLIT_THEME_SIDEBAR_PRIMARY_COLOR`
//! or `--theme.sidebar.primaryColor`. They are derived here from the `theme.*`
//! options of [`OPTIONS`] rather than listed a sixth time, and what the
//! environment and the command line give is merged into
//! `Resolved::theme_tables`, over what the files gave, where `crate::theme`
//! reads the scopes from.

use std::sync::LazyLock;

use super::load::{ConfigError, Inputs, Resolved, Source};
use super::options::{env_var_name, OPTIONS};
use super::value::{Kind, Value};

/// The scopes, as named in `Resolved::theme_tables`.
const SCOPES: [&str; 5] = ["sidebar", "light", "dark", "light.sidebar", "dark.sidebar"];

/// `theme.*` options that only the page as a whole has (1.67 declares no
/// scoped variant of them).
const PAGE_WIDE: &[&str] = &[
    "base",
    "fontFaces",
    "baseFontSize",
    "baseFontWeight",
    "metricValueFontSize",
    "metricValueFontWeight",
    "showSidebarBorder",
];

/// One scoped theme option, e.g. `theme.light.sidebar.primaryColor`.
#[derive(Debug)]
pub struct ScopedOption {
    /// `theme.<scope>.<key>`.
    pub name: String,
    pub scope: &'static str,
    pub key: &'static str,
    pub kind: Kind,
    pub description: &'static str,
}

static SCOPED: LazyLock<Vec<ScopedOption>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for scope in SCOPES {
        for option in OPTIONS {
            let Some(key) = option.name.strip_prefix("theme.") else {
                continue;
            };
            if PAGE_WIDE.contains(&key) {
                continue;
            }
            out.push(ScopedOption {
                name: format!("theme.{scope}.{key}"),
                scope,
                key,
                kind: option.kind,
                description: option.description,
            });
        }
    }
    out
});

/// Every scoped theme option.
pub fn scoped() -> &'static [ScopedOption] {
    &SCOPED
}

/// The scoped option named `name`.
pub fn find(name: &str) -> Option<&'static ScopedOption> {
    SCOPED.iter().find(|o| o.name == name)
}

/// Merges the scoped options set by `STREAMLIT_*` variables, then by flags,
/// into the theme tables (each over the files' values, flags last).
pub fn apply(inputs: &Inputs<'_>, resolved: &mut Resolved) -> Result<(), ConfigError> {
    for option in scoped() {
        let var = env_var_name(&option.name);
        if let Some(text) = (inputs.env)(&var) {
            set(resolved, option, &text, Source::Env(var))?;
        }
    }
    for (name, text) in &inputs.flags {
        if let Some(option) = find(name) {
            set(resolved, option, text, Source::Flag(name.to_string()))?;
        }
    }
    Ok(())
}

fn set(
    resolved: &mut Resolved,
    option: &ScopedOption,
    text: &str,
    source: Source,
) -> Result<(), ConfigError> {
    let value = Value::from_text(option.kind, text).map_err(|bad| ConfigError::Invalid {
        place: source,
        option: option.name.clone(),
        shown: bad.shown,
        expected: bad.expected,
    })?;
    if let Some(value) = to_toml(value) {
        resolved
            .theme_tables
            .entry(option.scope.to_string())
            .or_default()
            .insert(option.key.to_string(), value);
    }
    Ok(())
}

/// A value as the theme tables hold it (TOML, as read from a file). `Any`
/// text that is not a TOML value (`2rem` rather than `"2rem"`) is a string.
pub fn to_toml(value: Value) -> Option<toml::Value> {
    Some(match value {
        Value::Unset => return None,
        Value::Bool(b) => toml::Value::Boolean(b),
        Value::Int(i) => toml::Value::Integer(i),
        Value::Float(f) => toml::Value::Float(f),
        Value::Str(s) => toml::Value::String(s),
        Value::List(items) => {
            toml::Value::Array(items.into_iter().map(toml::Value::String).collect())
        }
        Value::Raw(text) => format!("v = {text}")
            .parse::<toml::Table>()
            .ok()
            .and_then(|mut t| t.remove("v"))
            .unwrap_or(toml::Value::String(text)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_per_theme_option_has_five_scoped_names_and_page_wide_ones_none() {
        assert_eq!(
            find("theme.dark.sidebar.primaryColor").map(|o| (o.scope, o.key)),
            Some(("dark.sidebar", "primaryColor"))
        );
        assert_eq!(
            env_var_name(
                &find("theme.sidebar.headingFontSizes")
                    .expect("declared")
                    .name
            ),
            "STREAMLIT_THEME_SIDEBAR_HEADING_FONT_SIZES"
        );
        assert!(find("theme.sidebar.base").is_none());
        assert!(find("theme.light.baseFontSize").is_none());
        assert!(find("theme.sidebar.sidebar.primaryColor").is_none());
    }

    #[test]
    fn any_text_becomes_toml_or_a_string() {
        assert_eq!(
            to_toml(Value::Raw("[\"3rem\", 2]".into())),
            Some(toml::Value::Array(vec![
                toml::Value::String("3rem".into()),
                toml::Value::Integer(2)
            ]))
        );
        assert_eq!(
            to_toml(Value::Raw("2rem".into())),
            Some(toml::Value::String("2rem".into()))
        );
        assert_eq!(to_toml(Value::Unset), None);
    }
}
