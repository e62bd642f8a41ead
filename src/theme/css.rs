//! A theme's tables turned into `theme.css`: which themes the viewer may
//! choose between, and the CSS variables of each theme and of its sidebar.
//! Every value goes through `values`' checks before it is written.

use super::font_faces;
use super::palette::{is_base_color, palette_vars};
use super::sizes::{self, size_vars};
use super::values::{color_of, font_stack, radius};
use super::{Base, Opt, PageTheme, Table};

const MODE_SWITCH: &str = ":root:root{--st-theme-mode:switch}";

pub(super) fn build(
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
    // Page-wide: the same faces serve every theme.
    let faces = main
        .remove("fontFaces")
        .map(|f| font_faces::rules(&f, &mut warnings))
        .unwrap_or_default();
    if !custom {
        return (
            PageTheme {
                css: MODE_SWITCH.into(),
                ..PageTheme::default()
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
        css.push_str(&faces);
        return (
            PageTheme {
                css,
                ..PageTheme::default()
            },
            warnings,
        );
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
    css.push_str(&faces);
    (
        PageTheme {
            css,
            ..PageTheme::default()
        },
        warnings,
    )
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
    scope_vars(main, base, section, warnings, &mut vars, true);
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
        scope_vars(&inner, base, &section, warnings, &mut side, false);
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
    "baseFontWeight",
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
    base: Base,
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
    palette_vars(table, base, section, warnings, vars);
    size_vars(table, !main, section, warnings, vars);
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
            Opt::Bool(_) | Opt::List(_) | Opt::Table(_) => String::new(),
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
            || is_base_color(key)
            || sizes::KEYS.contains(&key.as_str())
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
}
