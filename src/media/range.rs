//! The `Range` request header, as far as media serving needs it: one byte
//! range (`a-b`, `a-`, `-n`). Several ranges or a malformed or unsatisfiable
//! one are refused with 416, so a hostile header costs no more than a parse.

/// What to send for a file of `len` bytes.
#[derive(Debug, PartialEq, Eq)]
pub enum Ranged {
    /// No (usable) Range header: the whole file.
    Full,
    /// Bytes `start..=end`.
    Part { start: u64, end: u64 },
    /// 416 Range Not Satisfiable.
    Unsatisfiable,
}

pub fn parse(header: Option<&str>, len: u64) -> Ranged {
    let Some(header) = header else {
        return Ranged::Full;
    };
    let Some(spec) = header.trim().strip_prefix("bytes=") else {
        return Ranged::Unsatisfiable;
    };
    if spec.contains(',') {
        return Ranged::Unsatisfiable;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return Ranged::Unsatisfiable;
    };
    let number = |s: &str| -> Option<u64> {
        let s = s.trim();
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    match (first.trim().is_empty(), last.trim().is_empty()) {
        // "-n": the last n bytes.
        (true, false) => match number(last) {
            Some(n) if n > 0 && len > 0 => Ranged::Part {
                start: len.saturating_sub(n),
                end: len - 1,
            },
            _ => Ranged::Unsatisfiable,
        },
        // "a-": from a to the end.
        (false, true) => match number(first) {
            Some(start) if start < len => Ranged::Part {
                start,
                end: len - 1,
            },
            _ => Ranged::Unsatisfiable,
        },
        (false, false) => match (number(first), number(last)) {
            (Some(start), Some(end)) if start <= end && start < len => Ranged::Part {
                start,
                end: end.min(len - 1),
            },
            _ => Ranged::Unsatisfiable,
        },
        (true, true) => Ranged::Unsatisfiable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_ranges() {
        assert_eq!(parse(None, 10), Ranged::Full);
        assert_eq!(
            parse(Some("bytes=0-3"), 10),
            Ranged::Part { start: 0, end: 3 }
        );
        assert_eq!(
            parse(Some("bytes=4-"), 10),
            Ranged::Part { start: 4, end: 9 }
        );
        assert_eq!(
            parse(Some("bytes=-3"), 10),
            Ranged::Part { start: 7, end: 9 }
        );
        assert_eq!(
            parse(Some("bytes=-30"), 10),
            Ranged::Part { start: 0, end: 9 }
        );
        assert_eq!(
            parse(Some("bytes=5-99"), 10),
            Ranged::Part { start: 5, end: 9 }
        );
    }

    #[test]
    fn hostile_or_impossible_ranges_are_refused() {
        for header in [
            "bytes=0-0,1-1",
            "bytes=10-",
            "bytes=5-2",
            "bytes=-0",
            "bytes=-",
            "bytes=a-b",
            "bytes=+1-2",
            "items=0-1",
            "bytes=99999999999999999999999-",
            "bytes=0x1-2",
        ] {
            assert_eq!(parse(Some(header), 10), Ranged::Unsatisfiable, "{header}");
        }
        assert_eq!(parse(Some("bytes=-1"), 0), Ranged::Unsatisfiable);
    }
}
