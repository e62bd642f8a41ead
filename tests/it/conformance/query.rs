//! The URL query string of a corpus script: `# query: a=1&b=2` starts the
//! first run with it (as opening `/?a=1&b=2` does), and checkpoints then
//! record the query string the browser holds after each step, as the list of
//! decoded `[key, value]` pairs (the oracle reads AppTest's `query_params`;
//! pairs compare equal whatever each side's percent-encoding).

use super::json::J;

/// The script's `# query:` directive, if it has one (it may be empty).
pub fn directive(source: &str) -> Option<String> {
    source.lines().find_map(|line| {
        let rest = line
            .trim()
            .strip_prefix('#')?
            .trim()
            .strip_prefix("query:")?;
        Some(rest.trim().to_string())
    })
}

/// `[[key, value], ...]` in order, blank values kept.
pub fn pairs(query_string: &str) -> J {
    J::Arr(
        query_string
            .split('&')
            .filter(|part| !part.is_empty())
            .map(|part| {
                let (key, value) = part.split_once('=').unwrap_or((part, ""));
                J::Arr(vec![J::str(decode(key)), J::str(decode(value))])
            })
            .collect(),
    )
}

/// Form decoding: `+` is a space, `%XX` a byte; the bytes are UTF-8.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() && text.is_char_boundary(i + 3) => {
                match u8::from_str_radix(&text[i + 1..i + 3], 16) {
                    Ok(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn pairs_decode_like_python() {
    let pairs = pairs("a=1&b=x+y%21&blank=&k&%C3%A9=%");
    assert_eq!(
        pairs.compact(),
        r#"[["a", "1"], ["b", "x y!"], ["blank", ""], ["k", ""], ["é", "%"]]"#
    );
}
