//! `[[theme.fontFaces]]`: fonts the app serves itself, as `@font-face`
//! rules in `theme.css`, so `font = "Inter"` (or `headingFont`, `codeFont`)
//! can name them. Each table has `family` and `url`, and optionally
//! `weight`, `style` and `unicodeRange`, as in 1.67. A `url` is a path on the
//! app, typically `app/static/<file>` with `server.enableStaticServing`, or an
//! `https://` URL, whose origin the page's CSP then allows in `font-src`
//! (remote_fonts); anything else is ignored with a warning.
//! Every part is checked against a strict shape before it is written.

use super::remote_fonts::https_origin;
use super::Opt;

/// The `@font-face` rules of `faces` (the option's value), and a warning
/// per table or part that was left out.
pub(super) fn rules(faces: &Opt, warnings: &mut Vec<String>) -> String {
    let Opt::List(items) = faces else {
        warnings.push("theme.fontFaces: not a list of [[theme.fontFaces]] tables; ignored".into());
        return String::new();
    };
    let mut css = String::new();
    for (i, item) in items.iter().enumerate() {
        match rule(item) {
            Ok(rule) => css.push_str(&rule),
            Err(why) => warnings.push(format!("theme.fontFaces[{i}]: {why}; ignored")),
        }
    }
    css
}

fn rule(item: &Opt) -> Result<String, String> {
    let Opt::Table(table) = item else {
        return Err("not a table".into());
    };
    let text = |key: &str| -> Result<Option<String>, String> {
        match table.get(key) {
            None => Ok(None),
            Some(Opt::Str(s)) => Ok(Some(s.trim().to_string())),
            Some(Opt::Int(i)) => Ok(Some(i.to_string())),
            Some(other) => Err(format!("{key} {other:?} is not text")),
        }
    };
    let family = text("family")?.ok_or("no family")?;
    if family.is_empty()
        || family.len() > 80
        || !family
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.'))
    {
        return Err(format!("family {family:?} is not a font name"));
    }
    let url = text("url")?.ok_or("no url")?;
    if !is_app_path(&url) && https_origin(&url).is_none() {
        return Err(format!(
            "url {url:?} is neither a path on the app (e.g. app/static/<file>) nor an https URL of plain characters"
        ));
    }
    let mut rule =
        format!("@font-face{{font-family:\"{family}\";src:url(\"{url}\");font-display:swap;");
    if let Some(weight) = text("weight")? {
        let parts: Vec<&str> = weight.split_whitespace().collect();
        let valid = (1..=2).contains(&parts.len())
            && parts
                .iter()
                .all(|p| p.parse::<u16>().is_ok_and(|w| (1..=1000).contains(&w)));
        if !valid {
            return Err(format!(
                "weight {weight:?} is not a weight or a range of two"
            ));
        }
        rule.push_str(&format!("font-weight:{};", parts.join(" ")));
    }
    if let Some(style) = text("style")? {
        if !matches!(style.as_str(), "normal" | "italic" | "oblique") {
            return Err(format!("style {style:?} is not normal, italic or oblique"));
        }
        rule.push_str(&format!("font-style:{style};"));
    }
    if let Some(range) = text("unicodeRange")? {
        let valid = !range.is_empty()
            && range.split(',').all(|r| {
                let r = r.trim();
                r.len() > 2
                    && r[..2].eq_ignore_ascii_case("u+")
                    && r[2..]
                        .chars()
                        .all(|c| c.is_ascii_hexdigit() || c == '-' || c == '?')
            });
        if !valid {
            return Err(format!("unicodeRange {range:?} is not a list of U+ ranges"));
        }
        rule.push_str(&format!("unicode-range:{range};"));
    }
    rule.push('}');
    Ok(rule)
}

/// A path on the app: relative (resolved against `theme.css`, which is at
/// the app's root) or absolute, of plain path characters, never leaving the
/// app (`..`) nor naming another host (`//`, a scheme).
fn is_app_path(url: &str) -> bool {
    !url.is_empty()
        && url.len() <= 500
        && !url.starts_with("//")
        && !url.split('/').any(|part| part == "..")
        && url
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-' | '_' | '~' | '%'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn face(pairs: &[(&str, &str)]) -> Opt {
        Opt::Table(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), Opt::Str(v.to_string())))
                .collect(),
        )
    }

    #[test]
    fn app_hosted_faces_become_font_face_rules() {
        let mut warnings = Vec::new();
        let css = rules(
            &Opt::List(vec![face(&[
                ("family", "Inter"),
                ("url", "app/static/Inter.woff2"),
                ("weight", "100 900"),
                ("style", "italic"),
                ("unicodeRange", "U+0000-00FF, U+0131"),
            ])]),
            &mut warnings,
        );
        assert_eq!(
            css,
            "@font-face{font-family:\"Inter\";src:url(\"app/static/Inter.woff2\");font-display:swap;\
             font-weight:100 900;font-style:italic;unicode-range:U+0000-00FF, U+0131;}"
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn an_https_url_is_a_face_too() {
        let mut warnings = Vec::new();
        let css = rules(
            &Opt::List(vec![face(&[
                ("family", "Inter"),
                ("url", "https://fonts.example/Inter.woff2"),
            ])]),
            &mut warnings,
        );
        assert_eq!(
            css,
            "@font-face{font-family:\"Inter\";src:url(\"https://fonts.example/Inter.woff2\");font-display:swap;}"
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn other_schemes_and_anything_that_could_escape_the_rule_are_left_out() {
        for (family, url) in [
            ("Inter", "http://fonts.example/Inter.woff2"),
            ("Inter", "https://fonts.example/x.woff2\");}body{color:red"),
            ("Inter", "javascript:alert(1)"),
            ("Inter", "//fonts.example/Inter.woff2"),
            ("Inter", "app/static/../../secret"),
            ("Inter", "app/static/x.woff2\");}body{color:red"),
            ("Inter\";}", "app/static/x.woff2"),
        ] {
            let mut warnings = Vec::new();
            let css = rules(
                &Opt::List(vec![face(&[("family", family), ("url", url)])]),
                &mut warnings,
            );
            assert_eq!(css, "", "{family} {url}");
            assert_eq!(warnings.len(), 1, "{family} {url}");
        }
    }
}
