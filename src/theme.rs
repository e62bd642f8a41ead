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
//! from elsewhere; both files are the app's own.
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

use std::collections::BTreeMap;

use crate::config::load::Resolved;
use crate::config::value::Value;

/// The theme's stylesheet (`theme.css`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageTheme {
    pub css: String,
}

/// A theme option's value from `[theme]` or one of its sub-tables.
#[derive(Debug, Clone, PartialEq)]
enum Opt {
    Str(String),
    Int(i64),
    Bool(bool),
}

type Table = BTreeMap<String, Opt>;

fn from_toml(value: &toml::Value) -> Option<Opt> {
    match value {
        toml::Value::String(s) => Some(Opt::Str(s.clone())),
        toml::Value::Integer(i) => Some(Opt::Int(*i)),
        toml::Value::Boolean(b) => Some(Opt::Bool(*b)),
        toml::Value::Float(f) => Some(Opt::Str(f.to_string())),
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
        let opt = match value {
            Value::Str(s) => Opt::Str(s.clone()),
            Value::Int(i) => Opt::Int(*i),
            Value::Bool(b) => Opt::Bool(*b),
            _ => continue,
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
    build(
        &main,
        &table("sidebar"),
        &table("light"),
        &table("dark"),
        &table("light.sidebar"),
        &table("dark.sidebar"),
    )
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Base {
    Light,
    Dark,
}

impl Base {
    fn name(self) -> &'static str {
        match self {
            Base::Light => "light",
            Base::Dark => "dark",
        }
    }
    /// 1.67's base colours, to tell whether a custom colour differs from them.
    fn defaults(self) -> [(&'static str, &'static str); 3] {
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

const MODE_SWITCH: &str = ":root:root{--st-theme-mode:switch}";

fn build(
    main: &Table,
    sidebar: &Table,
    light: &Table,
    dark: &Table,
    light_sidebar: &Table,
    dark_sidebar: &Table,
) -> (PageTheme, Vec<String>) {
    let mut warnings = Vec::new();
    let mut main = main.clone();
    let base = match main.remove("base") {
        None => None,
        Some(Opt::Str(s)) if s == "light" => Some(Base::Light),
        Some(Opt::Str(s)) if s == "dark" => Some(Base::Dark),
        Some(other) => {
            warnings.push(format!(
                "theme.base: {other:?} is not \"light\" or \"dark\" (rustlit does not read theme files); ignored"
            ));
            None
        }
    };
    let pair = !light.is_empty() || !dark.is_empty();
    let custom = base.is_some() || !main.is_empty() || !sidebar.is_empty() || pair;
    if !custom {
        return (
            PageTheme {
                css: MODE_SWITCH.into(),
            },
            warnings,
        );
    }
    if pair {
        let mut css = String::from(MODE_SWITCH);
        for (b, over, over_sidebar) in [
            (Base::Light, light, light_sidebar),
            (Base::Dark, dark, dark_sidebar),
        ] {
            let mut merged = main.clone();
            merged.extend(over.iter().map(|(k, v)| (k.clone(), v.clone())));
            let mut side = sidebar.clone();
            side.extend(over_sidebar.iter().map(|(k, v)| (k.clone(), v.clone())));
            let section = format!("theme.{}", b.name());
            css.push_str(&theme_css(
                &format!(":root:root[data-theme=\"{}\"]", b.name()),
                b,
                &merged,
                &side,
                &section,
                &mut warnings,
            ));
        }
        return (PageTheme { css }, warnings);
    }
    let b = base.unwrap_or(Base::Light);
    let mut css = format!(":root:root{{--st-theme-mode:{}}}", b.name());
    css.push_str(&theme_css(
        ":root:root[data-theme]",
        b,
        &main,
        sidebar,
        "theme",
        &mut warnings,
    ));
    (PageTheme { css }, warnings)
}

/// The variables of one theme (`root` is its selector) and of its sidebar.
fn theme_css(
    root: &str,
    base: Base,
    main: &Table,
    sidebar: &Table,
    section: &str,
    warnings: &mut Vec<String>,
) -> String {
    let mut vars = Vec::new();
    let differs = base.defaults().iter().any(|(key, default)| {
        color_of(main, key, section, &mut Vec::new())
            .is_some_and(|c| !c.eq_ignore_ascii_case(default))
    });
    if differs {
        // 1.67: a custom background or primary colour makes borders and code
        // follow the text and background instead of the base theme's greys.
        vars.push((
            "--st-border",
            "color-mix(in srgb, var(--st-text) 20%, transparent)".to_string(),
        ));
        vars.push((
            "--st-df-border",
            "color-mix(in srgb, var(--st-text) 10%, transparent)".to_string(),
        ));
        vars.push((
            "--st-code-bg",
            "color-mix(in srgb, var(--st-text) 4%, var(--st-bg))".to_string(),
        ));
        vars.push(("--st-code-text", "var(--st-md-green)".to_string()));
        vars.push((
            "--st-df-header-bg",
            "color-mix(in srgb, var(--st-text) 4%, var(--st-bg))".to_string(),
        ));
        vars.push(("--st-button-bg", "var(--st-bg)".to_string()));
        vars.push((
            "--st-sidebar-secondary-bg",
            "color-mix(in srgb, var(--st-sidebar-bg) 95%, var(--st-text))".to_string(),
        ));
        vars.push(("--st-sidebar-input-border", "var(--st-border)".to_string()));
    }
    scope_vars(main, section, warnings, &mut vars, true);
    if let Some(secondary) = color_of(main, "secondaryBackgroundColor", section, &mut Vec::new()) {
        vars.push(("--st-sidebar-bg", secondary));
    }
    let mut out = format!("{root}{{{}}}", join(&vars));
    if !sidebar.is_empty() {
        let mut side = Vec::new();
        let section = format!("{section}.sidebar");
        if let Some(bg) = color_of(sidebar, "backgroundColor", &section, warnings) {
            side.push(("--st-sidebar-bg", bg));
        }
        let mut inner = sidebar.clone();
        inner.remove("backgroundColor");
        if let Some(secondary) = color_of(&inner, "secondaryBackgroundColor", &section, warnings) {
            inner.remove("secondaryBackgroundColor");
            side.push(("--st-sidebar-secondary-bg", secondary));
        }
        scope_vars(&inner, &section, warnings, &mut side, false);
        out.push_str(&format!(
            "{root} [data-testid=\"stSidebar\"]{{{}}}",
            join(&side)
        ));
        // The sidebar's own background variable is read on the sidebar itself.
        if let Some((_, bg)) = side.iter().find(|(k, _)| *k == "--st-sidebar-bg") {
            out.push_str(&format!("{root}{{--st-sidebar-bg:{bg}}}"));
        }
    }
    out
}

fn join(vars: &[(&str, String)]) -> String {
    vars.iter().map(|(k, v)| format!("{k}:{v};")).collect()
}

const COLOR_VARS: &[(&str, &str)] = &[
    ("primaryColor", "--st-primary"),
    ("backgroundColor", "--st-bg"),
    ("secondaryBackgroundColor", "--st-secondary-bg"),
    ("textColor", "--st-text"),
    ("linkColor", "--st-link"),
    ("codeTextColor", "--st-code-text"),
    ("codeBackgroundColor", "--st-code-bg"),
    ("borderColor", "--st-border"),
    ("dataframeBorderColor", "--st-df-border"),
    ("redTextColor", "--st-md-red"),
    ("orangeTextColor", "--st-md-orange"),
    ("yellowTextColor", "--st-md-yellow"),
    ("blueTextColor", "--st-md-blue"),
    ("greenTextColor", "--st-md-green"),
    ("violetTextColor", "--st-md-violet"),
    ("grayTextColor", "--st-md-gray"),
    ("redBackgroundColor", "--st-md-red-bg"),
    ("orangeBackgroundColor", "--st-md-orange-bg"),
    ("yellowBackgroundColor", "--st-md-yellow-bg"),
    ("blueBackgroundColor", "--st-md-blue-bg"),
    ("greenBackgroundColor", "--st-md-green-bg"),
    ("violetBackgroundColor", "--st-md-violet-bg"),
    ("grayBackgroundColor", "--st-md-gray-bg"),
];

/// Options 1.67 accepts in a theme table but rustlit does not apply (yet):
/// not warned about as unknown.
const KNOWN_UNAPPLIED: &[&str] = &[
    "redColor",
    "orangeColor",
    "yellowColor",
    "blueColor",
    "greenColor",
    "violetColor",
    "grayColor",
    "fontFaces",
    "baseFontWeight",
    "codeFontSize",
    "codeFontWeight",
    "headingFontSizes",
    "headingFontWeights",
    "chartCategoricalColors",
    "chartSequentialColors",
    "chartDivergingColors",
    "metricValueFontSize",
    "metricValueFontWeight",
    "paddingTop",
    "paddingBottom",
    "dataframeHeaderBackgroundColor",
    "dataframeHeaderTextColor",
];

/// The variables one theme table sets. `main`: the page's own table (root
/// font size and sidebar border are page-wide).
fn scope_vars(
    table: &Table,
    section: &str,
    warnings: &mut Vec<String>,
    vars: &mut Vec<(&'static str, String)>,
    main: bool,
) {
    for (key, var) in COLOR_VARS {
        if let Some(color) = color_of(table, key, section, warnings) {
            vars.push((var, color));
            if *key == "primaryColor" {
                vars.push((
                    "--st-primary-hover",
                    "color-mix(in srgb, var(--st-primary) 88%, black)".to_string(),
                ));
            }
            if *key == "backgroundColor" {
                vars.push(("--st-button-bg", "var(--st-bg)".to_string()));
            }
            if *key == "borderColor" {
                vars.push(("--st-sidebar-input-border", "var(--st-border)".to_string()));
                if !table.contains_key("dataframeBorderColor") {
                    vars.push(("--st-df-border", "var(--st-border)".to_string()));
                }
            }
        }
    }
    // Links take blueTextColor unless linkColor is set (1.67).
    if !table.contains_key("linkColor") {
        if let Some(blue) = color_of(table, "blueTextColor", section, &mut Vec::new()) {
            vars.push(("--st-link", blue));
        }
    }
    for (key, var) in [
        ("font", "--st-font"),
        ("headingFont", "--st-heading-font"),
        ("codeFont", "--st-font-code"),
    ] {
        let Some(opt) = table.get(key) else { continue };
        match opt {
            Opt::Str(s) => match font_stack(s, key == "codeFont") {
                Some(stack) => vars.push((var, stack)),
                None => warnings.push(format!(
                    "{section}.{key}: {s:?} is not a font name list; ignored"
                )),
            },
            other => warnings.push(format!(
                "{section}.{key}: {other:?} is not a font name; ignored"
            )),
        }
    }
    for (key, var) in [
        ("baseRadius", "--st-radius"),
        ("buttonRadius", "--st-button-radius"),
    ] {
        let Some(opt) = table.get(key) else { continue };
        let text = match opt {
            Opt::Str(s) => s.clone(),
            Opt::Int(i) => i.to_string(),
            Opt::Bool(_) => String::new(),
        };
        match radius(&text) {
            Some(r) => {
                vars.push((var, r.clone()));
                if key == "baseRadius" && !table.contains_key("buttonRadius") {
                    vars.push(("--st-button-radius", r));
                }
            }
            None => warnings.push(format!(
                "{section}.{key}: {text:?} is not none, small, medium, large, full or a size in rem or px; ignored"
            )),
        }
    }
    for (key, on, off, var) in [
        (
            "showWidgetBorder",
            "var(--st-border)",
            "transparent",
            "--st-input-border",
        ),
        ("linkUnderline", "underline", "none", "--st-link-decoration"),
    ] {
        match table.get(key) {
            None => {}
            Some(Opt::Bool(b)) => {
                vars.push((var, if *b { on } else { off }.to_string()));
                if key == "showWidgetBorder" {
                    vars.push((
                        "--st-sidebar-input-border",
                        if *b {
                            "var(--st-border)"
                        } else {
                            "transparent"
                        }
                        .to_string(),
                    ));
                }
            }
            Some(other) => warnings.push(format!(
                "{section}.{key}: {other:?} is not true or false; ignored"
            )),
        }
    }
    if main {
        match table.get("showSidebarBorder") {
            None => {}
            Some(Opt::Bool(b)) => vars.push((
                "--st-sidebar-border-width",
                if *b { "1px" } else { "0px" }.to_string(),
            )),
            Some(other) => warnings.push(format!(
                "{section}.showSidebarBorder: {other:?} is not true or false; ignored"
            )),
        }
        match table.get("baseFontSize") {
            None => {}
            Some(Opt::Int(px)) if *px > 0 && *px <= 100 => {
                vars.push(("--st-root-font-size", format!("{px}px")))
            }
            Some(other) => warnings.push(format!(
                "{section}.baseFontSize: {other:?} is not a positive number of pixels; ignored"
            )),
        }
    }
    for key in table.keys() {
        let handled = COLOR_VARS.iter().any(|(k, _)| k == key)
            || KNOWN_UNAPPLIED.contains(&key.as_str())
            || [
                "font",
                "headingFont",
                "codeFont",
                "baseRadius",
                "buttonRadius",
                "showWidgetBorder",
                "linkUnderline",
                "showSidebarBorder",
                "baseFontSize",
                "base",
            ]
            .contains(&key.as_str());
        if !handled {
            warnings.push(format!("{section}.{key} is not a theme option; ignored"));
        }
    }
}

/// A colour option's CSS value: checked, never passed through unchecked.
fn color_of(table: &Table, key: &str, section: &str, warnings: &mut Vec<String>) -> Option<String> {
    match table.get(key)? {
        Opt::Str(s) => {
            let c = css_color(s);
            if c.is_none() {
                warnings.push(format!(
                    "Invalid color passed for {key} in {section}: {s:?}; ignored"
                ));
            }
            c
        }
        other => {
            warnings.push(format!(
                "Invalid color passed for {key} in {section}: {other:?}; ignored"
            ));
            None
        }
    }
}

/// A CSS colour in one of the shapes 1.67 accepts: `#rgb[a]`, `#rrggbb[aa]`
/// (with or without `#`), `rgb[a](...)`, `hsl[a](...)`, or a CSS colour name.
pub fn css_color(raw: &str) -> Option<String> {
    let s = raw.trim();
    let hex = s.strip_prefix('#').unwrap_or(s);
    if matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Some(format!("#{}", hex.to_ascii_lowercase()));
    }
    let lower = s.to_ascii_lowercase();
    for f in ["rgba(", "rgb(", "hsla(", "hsl("] {
        if let Some(inner) = lower.strip_prefix(f).and_then(|r| r.strip_suffix(')')) {
            let parts: Vec<&str> = inner
                .split([',', ' ', '/'])
                .filter(|p| !p.is_empty())
                .collect();
            let numeric = |p: &str| {
                let p = p
                    .strip_suffix('%')
                    .or_else(|| p.strip_suffix("deg"))
                    .unwrap_or(p);
                !p.is_empty() && p.parse::<f64>().is_ok_and(f64::is_finite)
            };
            if (3..=4).contains(&parts.len()) && parts.iter().all(|p| numeric(p)) {
                return Some(lower);
            }
            return None;
        }
    }
    if NAMED_COLORS.contains(&lower.as_str()) {
        return Some(lower);
    }
    None
}

/// A font option as a CSS `font-family` list, 1.67's way: the generic names
/// map to Streamlit's own families, anything else comes first with the
/// default family as the fallback. A `Name:https://...` source is not loaded
/// (the page loads no stylesheet from elsewhere); its name is used.
fn font_stack(raw: &str, code: bool) -> Option<String> {
    let default = if code {
        "\"Source Code Pro\", monospace"
    } else {
        "\"Source Sans\", sans-serif"
    };
    let mut names = Vec::new();
    for part in raw.split(',') {
        let part = part.trim();
        let part = match part.split_once(":http") {
            Some((name, _)) => name.trim(),
            None => part,
        };
        let part = part.trim_matches(|c| c == '"' || c == '\'').trim();
        if part.is_empty() {
            continue;
        }
        if !part
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.'))
            || part.len() > 80
        {
            return None;
        }
        names.push(part.to_string());
    }
    if names.is_empty() {
        return None;
    }
    if names.len() == 1 {
        match names[0].to_ascii_lowercase().replace(' ', "-").as_str() {
            "sans-serif" => return Some("\"Source Sans\", sans-serif".into()),
            "serif" => return Some("\"Source Serif\", serif".into()),
            "monospace" => return Some("\"Source Code Pro\", monospace".into()),
            _ => {}
        }
    }
    let generic = [
        "sans-serif",
        "serif",
        "monospace",
        "cursive",
        "fantasy",
        "system-ui",
    ];
    let list: Vec<String> = names
        .iter()
        .map(|n| {
            if generic.contains(&n.as_str()) {
                n.clone()
            } else {
                format!("\"{n}\"")
            }
        })
        .collect();
    Some(format!("{}, {default}", list.join(", ")))
}

/// `baseRadius`/`buttonRadius`: 1.67's keywords and sizes.
fn radius(raw: &str) -> Option<String> {
    let s = raw.trim().to_ascii_lowercase();
    let keyword = match s.as_str() {
        "none" => Some("0rem"),
        "small" => Some("0.35rem"),
        "medium" => Some("0.5rem"),
        "large" => Some("1rem"),
        "full" => Some("1.4rem"),
        _ => None,
    };
    if let Some(k) = keyword {
        return Some(k.to_string());
    }
    let (number, unit) = if let Some(n) = s.strip_suffix("rem") {
        (n, "rem")
    } else if let Some(n) = s.strip_suffix("px") {
        (n, "px")
    } else {
        (s.as_str(), "px")
    };
    let value: f64 = number.trim().parse().ok()?;
    (value.is_finite() && value >= 0.0).then(|| format!("{value}{unit}"))
}

const NAMED_COLORS: &[&str] = &[
    "aliceblue",
    "antiquewhite",
    "aqua",
    "aquamarine",
    "azure",
    "beige",
    "bisque",
    "black",
    "blanchedalmond",
    "blue",
    "blueviolet",
    "brown",
    "burlywood",
    "cadetblue",
    "chartreuse",
    "chocolate",
    "coral",
    "cornflowerblue",
    "cornsilk",
    "crimson",
    "cyan",
    "darkblue",
    "darkcyan",
    "darkgoldenrod",
    "darkgray",
    "darkgreen",
    "darkgrey",
    "darkkhaki",
    "darkmagenta",
    "darkolivegreen",
    "darkorange",
    "darkorchid",
    "darkred",
    "darksalmon",
    "darkseagreen",
    "darkslateblue",
    "darkslategray",
    "darkslategrey",
    "darkturquoise",
    "darkviolet",
    "deeppink",
    "deepskyblue",
    "dimgray",
    "dimgrey",
    "dodgerblue",
    "firebrick",
    "floralwhite",
    "forestgreen",
    "fuchsia",
    "gainsboro",
    "ghostwhite",
    "gold",
    "goldenrod",
    "gray",
    "green",
    "greenyellow",
    "grey",
    "honeydew",
    "hotpink",
    "indianred",
    "indigo",
    "ivory",
    "khaki",
    "lavender",
    "lavenderblush",
    "lawngreen",
    "lemonchiffon",
    "lightblue",
    "lightcoral",
    "lightcyan",
    "lightgoldenrodyellow",
    "lightgray",
    "lightgreen",
    "lightgrey",
    "lightpink",
    "lightsalmon",
    "lightseagreen",
    "lightskyblue",
    "lightslategray",
    "lightslategrey",
    "lightsteelblue",
    "lightyellow",
    "lime",
    "limegreen",
    "linen",
    "magenta",
    "maroon",
    "mediumaquamarine",
    "mediumblue",
    "mediumorchid",
    "mediumpurple",
    "mediumseagreen",
    "mediumslateblue",
    "mediumspringgreen",
    "mediumturquoise",
    "mediumvioletred",
    "midnightblue",
    "mintcream",
    "mistyrose",
    "moccasin",
    "navajowhite",
    "navy",
    "oldlace",
    "olive",
    "olivedrab",
    "orange",
    "orangered",
    "orchid",
    "palegoldenrod",
    "palegreen",
    "paleturquoise",
    "palevioletred",
    "papayawhip",
    "peachpuff",
    "peru",
    "pink",
    "plum",
    "powderblue",
    "purple",
    "rebeccapurple",
    "red",
    "rosybrown",
    "royalblue",
    "saddlebrown",
    "salmon",
    "sandybrown",
    "seagreen",
    "seashell",
    "sienna",
    "silver",
    "skyblue",
    "slateblue",
    "slategray",
    "slategrey",
    "snow",
    "springgreen",
    "steelblue",
    "tan",
    "teal",
    "thistle",
    "tomato",
    "turquoise",
    "violet",
    "wheat",
    "white",
    "whitesmoke",
    "yellow",
    "yellowgreen",
    "transparent",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn t(pairs: &[(&str, Opt)]) -> Table {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }
    fn s(v: &str) -> Opt {
        Opt::Str(v.into())
    }
    fn empty() -> Table {
        Table::new()
    }

    #[test]
    fn no_theme_options_leave_the_built_in_pair_to_the_viewer() {
        let (page, warnings) = build(&empty(), &empty(), &empty(), &empty(), &empty(), &empty());
        assert_eq!(page.css, ":root:root{--st-theme-mode:switch}");
        assert!(warnings.is_empty());
    }

    #[test]
    fn a_single_custom_theme_is_fixed_and_its_values_become_variables() {
        let main = t(&[
            ("base", s("dark")),
            ("primaryColor", s("#00AA00")),
            ("font", s("serif")),
            ("baseRadius", s("full")),
        ]);
        let side = t(&[("backgroundColor", s("rgb(10, 20, 30)"))]);
        let (page, warnings) = build(&main, &side, &empty(), &empty(), &empty(), &empty());
        assert!(
            page.css
                .starts_with(":root:root{--st-theme-mode:dark}:root:root[data-theme]{"),
            "{}",
            page.css
        );
        assert!(page.css.contains("--st-primary:#00aa00;"), "{}", page.css);
        assert!(page.css.contains("--st-font:\"Source Serif\", serif;"));
        assert!(page.css.contains("--st-radius:1.4rem;"));
        assert!(page
            .css
            .contains("[data-testid=\"stSidebar\"]{--st-sidebar-bg:rgb(10, 20, 30);"));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn light_and_dark_tables_make_a_pair_the_viewer_chooses_from() {
        let main = t(&[("primaryColor", s("#123456"))]);
        let dark = t(&[("backgroundColor", s("#000000"))]);
        let (page, _) = build(&main, &empty(), &empty(), &dark, &empty(), &empty());
        assert!(page.css.starts_with(":root:root{--st-theme-mode:switch}"));
        assert!(page.css.contains(":root:root[data-theme=\"light\"]{"));
        assert!(page.css.contains(":root:root[data-theme=\"dark\"]{"));
        assert!(page.css.contains("--st-bg:#000000;"));
    }

    #[test]
    fn invalid_values_are_ignored_with_a_warning() {
        let main = t(&[
            ("primaryColor", s("notacolor")),
            ("textColor", s("red;}body{display:none")),
            ("font", s("x</style><script>")),
            ("baseRadius", s("huge")),
            ("showWidgetBorder", s("yes")),
            ("base", s("purple")),
            ("madeUp", s("1")),
        ]);
        let (page, warnings) = build(&main, &empty(), &empty(), &empty(), &empty(), &empty());
        assert!(
            !page.css.contains("notacolor")
                && !page.css.contains("display:none")
                && !page.css.contains("<")
        );
        assert!(!page.css.contains("--st-radius"));
        assert_eq!(warnings.len(), 7, "{warnings:?}");
        assert!(warnings
            .iter()
            .any(|w| w.contains("Invalid color passed for primaryColor in theme")));
    }

    #[test]
    fn colours_fonts_and_radii_take_1_67s_shapes() {
        assert_eq!(css_color("ff0000").as_deref(), Some("#ff0000"));
        assert_eq!(
            css_color("rgba(1, 2, 3, 0.5)").as_deref(),
            Some("rgba(1, 2, 3, 0.5)")
        );
        assert_eq!(css_color("Tomato").as_deref(), Some("tomato"));
        assert_eq!(css_color("rgb(1,2)"), None);
        assert_eq!(css_color("url(x)"), None);
        assert_eq!(
            font_stack("sans serif", false).as_deref(),
            Some("\"Source Sans\", sans-serif")
        );
        assert_eq!(
            font_stack("Nunito:https://fonts.example/x.css", false).as_deref(),
            Some("\"Nunito\", \"Source Sans\", sans-serif")
        );
        assert_eq!(radius("10px").as_deref(), Some("10px"));
        assert_eq!(radius("0.75rem").as_deref(), Some("0.75rem"));
        assert_eq!(radius("12").as_deref(), Some("12px"));
        assert_eq!(radius("big"), None);
    }
}
