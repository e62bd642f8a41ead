//! The palette's base colours (`redColor` ... `grayColor`). Unless a scope
//! sets them itself, 1.67 derives from each the `:red[...]` text colour (also
//! the alerts' text) and the `:red-background[...]` colour (also the alerts'
//! background). Measured in 1.67 with `redColor = "#0000ff"`: text
//! rgb(0, 0, 179) on a light base and rgb(77, 77, 255) on a dark one (30% of
//! the way to black or white), background rgba(0, 0, 255, 0.1) on light and
//! 0.2 on dark.

use super::values::color_of;
use super::{Base, Table};

/// `(option, text option, background option, text variable, background variable)`.
const PALETTE: [(&str, &str, &str, &str, &str); 7] = [
    (
        "redColor",
        "redTextColor",
        "redBackgroundColor",
        "--st-md-red",
        "--st-md-red-bg",
    ),
    (
        "orangeColor",
        "orangeTextColor",
        "orangeBackgroundColor",
        "--st-md-orange",
        "--st-md-orange-bg",
    ),
    (
        "yellowColor",
        "yellowTextColor",
        "yellowBackgroundColor",
        "--st-md-yellow",
        "--st-md-yellow-bg",
    ),
    (
        "blueColor",
        "blueTextColor",
        "blueBackgroundColor",
        "--st-md-blue",
        "--st-md-blue-bg",
    ),
    (
        "greenColor",
        "greenTextColor",
        "greenBackgroundColor",
        "--st-md-green",
        "--st-md-green-bg",
    ),
    (
        "violetColor",
        "violetTextColor",
        "violetBackgroundColor",
        "--st-md-violet",
        "--st-md-violet-bg",
    ),
    (
        "grayColor",
        "grayTextColor",
        "grayBackgroundColor",
        "--st-md-gray",
        "--st-md-gray-bg",
    ),
];

/// Whether `key` is one of the palette's base colours.
pub(super) fn is_base_color(key: &str) -> bool {
    PALETTE.iter().any(|(k, ..)| *k == key)
}

/// The variables one scope's base colours set.
pub(super) fn palette_vars(
    table: &Table,
    base: Base,
    section: &str,
    warnings: &mut Vec<String>,
    vars: &mut Vec<(&'static str, String)>,
) {
    let (toward, opacity) = match base {
        Base::Light => ("black", 10),
        Base::Dark => ("white", 20),
    };
    for (key, text_key, bg_key, text_var, bg_var) in PALETTE {
        let Some(color) = color_of(table, key, section, warnings) else {
            continue;
        };
        if !table.contains_key(text_key) {
            let text = format!("color-mix(in srgb, {color} 70%, {toward})");
            // Links follow the blue text unless linkColor is set (1.67).
            if key == "blueColor" && !table.contains_key("linkColor") {
                vars.push(("--st-link", text.clone()));
            }
            vars.push((text_var, text));
        }
        if !table.contains_key(bg_key) {
            vars.push((
                bg_var,
                format!("color-mix(in srgb, {color} {opacity}%, transparent)"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Opt;
    use super::*;

    fn vars_of(pairs: &[(&str, &str)], base: Base) -> (Vec<(&'static str, String)>, Vec<String>) {
        let table: Table = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Opt::Str(v.to_string())))
            .collect();
        let (mut vars, mut warnings) = (Vec::new(), Vec::new());
        palette_vars(&table, base, "theme", &mut warnings, &mut vars);
        (vars, warnings)
    }

    #[test]
    fn text_and_background_derive_from_the_base_colour_per_base() {
        let (light, _) = vars_of(&[("redColor", "#0000ff")], Base::Light);
        assert_eq!(
            light,
            [
                (
                    "--st-md-red",
                    "color-mix(in srgb, #0000ff 70%, black)".to_string()
                ),
                (
                    "--st-md-red-bg",
                    "color-mix(in srgb, #0000ff 10%, transparent)".to_string()
                ),
            ]
        );
        let (dark, _) = vars_of(&[("greenColor", "#ff00ff")], Base::Dark);
        assert_eq!(
            dark,
            [
                (
                    "--st-md-green",
                    "color-mix(in srgb, #ff00ff 70%, white)".to_string()
                ),
                (
                    "--st-md-green-bg",
                    "color-mix(in srgb, #ff00ff 20%, transparent)".to_string()
                ),
            ]
        );
    }

    #[test]
    fn colours_set_themselves_win_and_bad_colours_are_ignored() {
        let (vars, _) = vars_of(
            &[
                ("blueColor", "#0000ff"),
                ("blueTextColor", "#111111"),
                ("linkColor", "#222222"),
            ],
            Base::Light,
        );
        assert_eq!(
            vars,
            [(
                "--st-md-blue-bg",
                "color-mix(in srgb, #0000ff 10%, transparent)".to_string()
            )]
        );
        let (vars, _) = vars_of(&[("blueColor", "#0000ff")], Base::Light);
        assert!(vars.iter().any(|(k, _)| *k == "--st-link"), "{vars:?}");
        let (vars, warnings) = vars_of(&[("grayColor", "url(x)")], Base::Light);
        assert!(
            vars.is_empty() && warnings.len() == 1,
            "{vars:?} {warnings:?}"
        );
    }
}
