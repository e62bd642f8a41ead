//! `Accept-Encoding` negotiation (RFC 9110 §12.5.3): which of the encodings
//! a file is stored in to send.
//!
//! The highest q-value wins; on a tie the order of `available` decides (the
//! server's preference: brotli, then gzip, then the raw bytes). `q=0` refuses
//! a coding. Without the header the raw bytes are sent: the RFC would allow
//! any coding, but a client that says nothing may not decode any. `identity`
//! is acceptable unless refused, but ranks below every coding the client
//! asked for. A malformed entry is ignored, and if every stored encoding is
//! refused the raw bytes are sent anyway (the header is then disregarded
//! rather than answered with 406, as the RFC permits).

use crate::assets::Encoding;

/// q-values in thousandths, so they compare exactly.
type Quality = u16;

const IMPLICIT_IDENTITY: Quality = 1;

/// The encoding to send, given the `Accept-Encoding` header lines (none if
/// the request has no such header) and the stored encodings, best first.
pub fn choose<'a>(lines: impl IntoIterator<Item = &'a str>, available: &[Encoding]) -> Encoding {
    let mut present = false;
    let mut listed: Vec<(Coding, Quality)> = Vec::new();
    for line in lines {
        present = true;
        listed.extend(line.split(',').filter_map(parse_entry));
    }
    if !present {
        return Encoding::Identity;
    }
    let quality = |wanted: Encoding| -> Quality {
        let explicit = listed
            .iter()
            .filter(|(coding, _)| *coding == Coding::Known(wanted))
            .map(|&(_, q)| q)
            .max();
        let wildcard = || {
            listed
                .iter()
                .filter(|(coding, _)| *coding == Coding::Any)
                .map(|&(_, q)| q)
                .max()
        };
        match (explicit.or_else(wildcard), wanted) {
            (Some(q), _) => q,
            (None, Encoding::Identity) => IMPLICIT_IDENTITY,
            (None, _) => 0,
        }
    };
    let mut best = (Encoding::Identity, 0);
    for &encoding in available {
        let q = quality(encoding);
        if q > best.1 {
            best = (encoding, q);
        }
    }
    best.0
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Coding {
    Known(Encoding),
    Any,
    Other,
}

/// One `coding[;q=value]` entry; `None` when empty or malformed.
fn parse_entry(entry: &str) -> Option<(Coding, Quality)> {
    let mut parts = entry.split(';');
    let name = parts.next()?.trim();
    if name.is_empty() {
        return None;
    }
    let coding = if name == "*" {
        Coding::Any
    } else if name.eq_ignore_ascii_case("br") {
        Coding::Known(Encoding::Brotli)
    } else if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
        Coding::Known(Encoding::Gzip)
    } else if name.eq_ignore_ascii_case("identity") {
        Coding::Known(Encoding::Identity)
    } else {
        Coding::Other
    };
    let mut quality = 1000;
    for param in parts {
        let (key, value) = param.split_once('=')?;
        if key.trim().eq_ignore_ascii_case("q") {
            quality = parse_quality(value.trim())?;
        }
    }
    Some((coding, quality))
}

/// RFC 9110 `qvalue`: `0[.ddd]` or `1[.000]`.
fn parse_quality(value: &str) -> Option<Quality> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0, |n, digit| n * 10 + Quality::from(digit - b'0'));
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Encoding::{Brotli, Gzip, Identity};

    const ALL: &[Encoding] = &[Brotli, Gzip, Identity];

    fn pick(header: &str) -> Encoding {
        choose([header], ALL)
    }

    #[test]
    fn no_header_gets_the_raw_bytes() {
        assert_eq!(choose([], ALL), Identity);
    }

    #[test]
    fn brotli_is_preferred_over_gzip_on_a_tie() {
        assert_eq!(pick("gzip, deflate, br, zstd"), Brotli);
        assert_eq!(pick("br;q=1.0, gzip;q=1"), Brotli);
        assert_eq!(pick("gzip, br;q=1.000"), Brotli);
        assert_eq!(pick("*"), Brotli);
    }

    #[test]
    fn higher_q_values_win() {
        assert_eq!(pick("br;q=0.5, gzip;q=0.8"), Gzip);
        assert_eq!(pick("gzip;q=0.2, identity;q=0.9"), Identity);
        assert_eq!(pick("br;q=0.001"), Brotli);
        assert_eq!(pick("*;q=0.3, gzip;q=0.4"), Gzip);
    }

    #[test]
    fn q_zero_refuses_a_coding() {
        assert_eq!(pick("br;q=0, gzip"), Gzip);
        assert_eq!(pick("br;q=0.000, gzip;q=0"), Identity);
        assert_eq!(pick("*;q=0, gzip"), Gzip);
        assert_eq!(pick("*;q=0"), Identity);
        assert_eq!(pick("identity;q=0, br;q=0"), Identity);
        assert_eq!(pick("identity;q=0, gzip;q=0.1"), Gzip);
    }

    #[test]
    fn identity_and_unknown_codings_get_the_raw_bytes() {
        assert_eq!(pick(""), Identity);
        assert_eq!(pick("identity"), Identity);
        assert_eq!(pick("deflate, zstd"), Identity);
        assert_eq!(pick(" , ,"), Identity);
    }

    #[test]
    fn names_and_parameters_are_case_insensitive_and_spaced() {
        assert_eq!(pick("GZIP ; Q=0.5 ,  BR ; q = 0.4"), Gzip);
        assert_eq!(pick("x-gzip"), Gzip);
    }

    #[test]
    fn malformed_entries_are_ignored() {
        assert_eq!(pick("br;q=2, gzip"), Gzip);
        assert_eq!(pick("br;q=0.0001, gzip;q=0.5"), Gzip);
        assert_eq!(pick("br;q=, gzip;q=abc"), Identity);
        assert_eq!(pick("br;q=1.5"), Identity);
        assert_eq!(pick("br;q"), Identity);
        assert_eq!(pick("br;q=-0"), Identity);
        assert_eq!(pick("br;level=1"), Brotli);
    }

    #[test]
    fn header_lines_are_combined() {
        assert_eq!(choose(["gzip;q=0.5", "br"], ALL), Brotli);
        assert_eq!(choose(["br;q=0", "gzip"], ALL), Gzip);
    }

    #[test]
    fn only_stored_encodings_are_chosen() {
        assert_eq!(choose(["br"], &[Gzip, Identity]), Identity);
        assert_eq!(choose(["br, gzip"], &[Gzip, Identity]), Gzip);
        assert_eq!(choose(["br, gzip"], &[Identity]), Identity);
    }
}
