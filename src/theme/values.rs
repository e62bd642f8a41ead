//! Theme option values in the shapes 1.67 accepts (colours, font lists,
//! radii), each checked strictly so nothing else reaches the CSS.

use super::{Opt, Table};

/// A colour option's CSS value: checked, never passed through unchecked.
pub(super) fn color_of(
    table: &Table,
    key: &str,
    section: &str,
    warnings: &mut Vec<String>,
) -> Option<String> {
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
pub(super) fn font_stack(raw: &str, code: bool) -> Option<String> {
    let default = if code {
        "\"Source Code Pro\", monospace"
    } else {
        "\"Source Sans\", sans-serif"
    };
    let mut names = Vec::new();
    // "Name:<stylesheet URL>" names the font; the URL is imported (remote_fonts).
    for part in super::remote_fonts::without_urls(raw).split(',') {
        let part = part.trim();
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
pub(super) fn radius(raw: &str) -> Option<String> {
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
