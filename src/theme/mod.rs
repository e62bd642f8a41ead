//! The app's theme: `[theme]`, `[theme.sidebar]`, `[theme.light]`,
//! `[theme.dark]` (and their `.sidebar` tables) of config.toml, turned into
//! CSS variables that the page's stylesheets read.
//!
//! Streamlit 1.67's two built-in themes (light and dark) live in the bundle's
//! `styles/theme.css`. What this module adds is served as `theme.css` next to
//! the page, linked from `index.html` ahead of `theme-init.js` (a classic
//! script of the bundle): the stylesheet blocks that script, and the script
//! runs before the body is parsed, so the first paint is already right and
//! nothing flashes. The page's CSP allows neither inline script nor a style
//! from elsewhere; both files are the app's own, except the font stylesheets
//! and files the config names on other hosts, whose origins the CSP adds
//! (remote_fonts).
//!
//! `theme.css` always says which themes the viewer may choose between
//! (`--st-theme-mode`): `switch` for the built-in pair or a custom
//! `[theme.light]`/`[theme.dark]` pair (the app menu then offers System,
//! Light and Dark), or `light`/`dark` for a single custom theme, which 1.67
//! applies whatever the system prefers and offers no choice for. A custom
//! theme's variables follow, under selectors more specific than the bundle's.
//!
//! Invalid values are ignored with a warning in the server log, as 1.67 ignores
//! them with a warning in the browser console. Every value that reaches the
//! CSS is checked against a strict shape first: a config file cannot inject
//! CSS or markup.

mod css;
mod font_faces;
mod palette;
mod remote_fonts;
mod sizes;
mod values;

use std::collections::BTreeMap;

use crate::config::load::Resolved;
use crate::config::theme_scopes::to_toml;

/// The theme's stylesheet (`theme.css`), and the other hosts its fonts come from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageTheme {
    pub css: String,
    pub remote: RemoteFonts,
}

pub use remote_fonts::RemoteFonts;

/// A theme option's value from `[theme]` or one of its sub-tables.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Opt {
    Str(String),
    Int(i64),
    Bool(bool),
    /// `headingFontSizes = ["3rem", "2rem"]` and the like: scalars only.
    List(Vec<Opt>),
    /// A `[[theme.fontFaces]]` table.
    Table(BTreeMap<String, Opt>),
}

pub(crate) type Table = BTreeMap<String, Opt>;

fn from_toml(value: &toml::Value) -> Option<Opt> {
    match value {
        toml::Value::String(s) => Some(Opt::Str(s.clone())),
        toml::Value::Integer(i) => Some(Opt::Int(*i)),
        toml::Value::Boolean(b) => Some(Opt::Bool(*b)),
        toml::Value::Float(f) => Some(Opt::Str(f.to_string())),
        toml::Value::Array(items) => Some(Opt::List(
            items
                .iter()
                .filter(|v| !v.is_array())
                .filter_map(from_toml)
                .collect(),
        )),
        toml::Value::Table(t) => Some(Opt::Table(
            t.iter()
                .filter_map(|(k, v)| Some((k.clone(), from_toml(v)?)))
                .collect(),
        )),
        _ => None,
    }
}

/// The theme from the resolved config, and the warnings for values it ignored.
pub fn from_config(resolved: &Resolved) -> (PageTheme, Vec<String>) {
    let mut main = Table::new();
    for (name, (value, _)) in &resolved.values {
        let Some(key) = name.strip_prefix("theme.") else {
            continue;
        };
        let Some(opt) = to_toml(value.clone()).as_ref().and_then(from_toml) else {
            continue;
        };
        main.insert(key.to_string(), opt);
    }
    let table = |name: &str| -> Table {
        resolved
            .theme_tables
            .get(name)
            .map(|t| {
                t.iter()
                    .filter_map(|(k, v)| Some((k.clone(), from_toml(v)?)))
                    .collect()
            })
            .unwrap_or_default()
    };
    let tables = [
        ("theme.sidebar", table("sidebar")),
        ("theme.light", table("light")),
        ("theme.dark", table("dark")),
        ("theme.light.sidebar", table("light.sidebar")),
        ("theme.dark.sidebar", table("dark.sidebar")),
    ];
    let (mut page, mut warnings) = css::build(
        &main,
        &tables[0].1,
        &tables[1].1,
        &tables[2].1,
        &tables[3].1,
        &tables[4].1,
    );
    let mut all: Vec<(&str, &Table)> = vec![("theme", &main)];
    all.extend(tables.iter().map(|(name, t)| (*name, t)));
    page.remote = remote_fonts::collect(&all, &mut warnings);
    // `@import` must open a stylesheet.
    page.css = format!("{}{}", page.remote.imports(), page.css);
    (page, warnings)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Base {
    Light,
    Dark,
}

impl Base {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Base::Light => "light",
            Base::Dark => "dark",
        }
    }
    /// 1.67's base colours, to tell whether a custom colour differs from them.
    pub(crate) fn defaults(self) -> [(&'static str, &'static str); 3] {
        match self {
            Base::Light => [
                ("backgroundColor", "#ffffff"),
                ("secondaryBackgroundColor", "#f8f8f7"),
                ("primaryColor", "#c53948"),
            ],
            Base::Dark => [
                ("backgroundColor", "#171614"),
                ("secondaryBackgroundColor", "#2d2b27"),
                ("primaryColor", "#cf4250"),
            ],
        }
    }
}

pub use values::css_color;
