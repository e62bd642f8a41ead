//! Type sizes and weights: `headingFontSizes` / `headingFontWeights` (a list
//! for h1-h6, shorter lists leaving the rest at their defaults, or one value
//! for every heading) and `codeFontSize` / `codeFontWeight`.
//!
//! As 1.67 documents and does, heading sizes set for the page do not reach
//! the sidebar, whose headings are smaller: the sidebar reads its own
//! variables, which only `[theme.sidebar]` sets. Heading weights do reach the
//! sidebar (measured in 1.67), so one set of weight variables serves both.

use super::{Opt, Table};

const HEADING_SIZES: [&str; 6] = [
    "--st-h1-size",
    "--st-h2-size",
    "--st-h3-size",
    "--st-h4-size",
    "--st-h5-size",
    "--st-h6-size",
];
const SIDEBAR_HEADING_SIZES: [&str; 6] = [
    "--st-sidebar-h1-size",
    "--st-sidebar-h2-size",
    "--st-sidebar-h3-size",
    "--st-sidebar-h4-size",
    "--st-sidebar-h5-size",
    "--st-sidebar-h6-size",
];
const HEADING_WEIGHTS: [&str; 6] = [
    "--st-h1-weight",
    "--st-h2-weight",
    "--st-h3-weight",
    "--st-h4-weight",
    "--st-h5-weight",
    "--st-h6-weight",
];

/// The keys this module reads.
pub(super) const KEYS: [&str; 4] = [
    "headingFontSizes",
    "headingFontWeights",
    "codeFontSize",
    "codeFontWeight",
];

/// The variables one scope's sizes and weights set. `sidebar`: the scope is
/// a sidebar (`[theme.sidebar]`, `[theme.dark.sidebar]`, ...).
pub(super) fn size_vars(
    table: &Table,
    sidebar: bool,
    section: &str,
    warnings: &mut Vec<String>,
    vars: &mut Vec<(&'static str, String)>,
) {
    let size_vars = if sidebar {
        &SIDEBAR_HEADING_SIZES
    } else {
        &HEADING_SIZES
    };
    per_heading(
        table,
        "headingFontSizes",
        section,
        warnings,
        vars,
        size_vars,
        font_size,
        "a size in px or rem",
    );
    per_heading(
        table,
        "headingFontWeights",
        section,
        warnings,
        vars,
        &HEADING_WEIGHTS,
        |o| weight(o, 900),
        "a multiple of 50 from 100 to 900",
    );
    if let Some(opt) = table.get("codeFontSize") {
        match font_size(opt) {
            Some(size) => vars.push(("--st-code-font-size", size)),
            None => warnings.push(format!(
                "{section}.codeFontSize: {opt:?} is not a size in px or rem; ignored"
            )),
        }
    }
    if let Some(opt) = table.get("codeFontWeight") {
        // 1.67 derives bolder code weights (+200, +300) from it, hence at most 600.
        match weight(opt, 600) {
            Some(w) => vars.push(("--st-code-font-weight", w)),
            None => warnings.push(format!(
                "{section}.codeFontWeight: {opt:?} is not a multiple of 50 from 100 to 600; ignored"
            )),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn per_heading(
    table: &Table,
    key: &str,
    section: &str,
    warnings: &mut Vec<String>,
    vars: &mut Vec<(&'static str, String)>,
    targets: &[&'static str; 6],
    check: impl Fn(&Opt) -> Option<String>,
    expected: &str,
) {
    let values: Vec<(usize, &Opt)> = match table.get(key) {
        None => return,
        Some(Opt::List(items)) => items.iter().take(6).enumerate().collect(),
        // One value sets every heading.
        Some(one) => (0..6).map(|i| (i, one)).collect(),
    };
    for (i, opt) in values {
        match check(opt) {
            Some(value) => vars.push((targets[i], value)),
            None => warnings.push(format!(
                "{section}.{key}: h{} {opt:?} is not {expected}; ignored",
                i + 1
            )),
        }
    }
}

/// A font size in px or rem (a bare number is px).
fn font_size(opt: &Opt) -> Option<String> {
    let text = match opt {
        Opt::Int(i) => i.to_string(),
        Opt::Str(s) => s.trim().to_ascii_lowercase(),
        _ => return None,
    };
    let (number, unit) = match text.strip_suffix("rem") {
        Some(n) => (n, "rem"),
        None => (text.strip_suffix("px").unwrap_or(&text), "px"),
    };
    let value: f64 = number.trim().parse().ok()?;
    (value.is_finite() && value > 0.0 && value <= 1000.0).then(|| format!("{value}{unit}"))
}

/// A font weight: a multiple of 50 from 100 to `max`.
fn weight(opt: &Opt, max: i64) -> Option<String> {
    let w = match opt {
        Opt::Int(i) => *i,
        Opt::Str(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    ((100..=max).contains(&w) && w % 50 == 0).then(|| w.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(pairs: Vec<(&str, Opt)>, sidebar: bool) -> (Vec<(&'static str, String)>, Vec<String>) {
        let table: Table = pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        let (mut vars, mut warnings) = (Vec::new(), Vec::new());
        size_vars(&table, sidebar, "theme", &mut warnings, &mut vars);
        (vars, warnings)
    }

    #[test]
    fn a_list_sets_the_first_headings_and_one_value_sets_all() {
        let list = Opt::List(vec![Opt::Str("50px".into()), Opt::Str("2.5rem".into())]);
        let (vars, warnings) = run(vec![("headingFontSizes", list)], false);
        assert_eq!(
            vars,
            [
                ("--st-h1-size", "50px".to_string()),
                ("--st-h2-size", "2.5rem".to_string())
            ]
        );
        assert!(warnings.is_empty());
        let (vars, _) = run(vec![("headingFontWeights", Opt::Int(550))], false);
        assert_eq!(vars.len(), 6);
        assert!(vars.iter().all(|(_, v)| v == "550"));
        let (vars, _) = run(vec![("headingFontSizes", Opt::Str("3rem".into()))], true);
        assert_eq!(vars[0], ("--st-sidebar-h1-size", "3rem".to_string()));
    }

    #[test]
    fn code_sizes_and_weights_take_1_67s_ranges() {
        let (vars, warnings) = run(
            vec![
                ("codeFontSize", Opt::Str("20px".into())),
                ("codeFontWeight", Opt::Int(700)),
            ],
            false,
        );
        assert_eq!(vars, [("--st-code-font-size", "20px".to_string())]);
        assert_eq!(warnings.len(), 1, "700 is above codeFontWeight's 600");
        let (vars, _) = run(vec![("codeFontWeight", Opt::Int(600))], false);
        assert_eq!(vars, [("--st-code-font-weight", "600".to_string())]);
        let (vars, warnings) = run(
            vec![
                ("codeFontSize", Opt::Str("1em; color: red".into())),
                ("headingFontWeights", Opt::Int(333)),
            ],
            false,
        );
        assert!(
            vars.is_empty() && warnings.len() == 7,
            "{vars:?} {warnings:?}"
        );
    }
}
