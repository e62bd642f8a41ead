//! `Range` headers: any header and file length give a whole file, one range
//! inside the file, or 416.

use proptest::prelude::*;
use rustlit::media::range::{parse, Ranged};

fn check(header: &str, len: u64) {
    match parse(Some(header), len) {
        Ranged::Part { start, end } => {
            assert!(
                start <= end && end < len,
                "{header:?} on {len} bytes: {start}-{end}"
            )
        }
        Ranged::Full | Ranged::Unsatisfiable => {}
    }
}

#[test]
fn corpus() {
    for input in crate::corpus("range") {
        let header = crate::text(&input);
        for len in [0, 1, 2, 10, 1000, u64::MAX] {
            check(header.trim_end_matches('\n'), len);
        }
    }
}

proptest! {
    #![proptest_config(crate::config())]

    #[test]
    fn any_header(header in "\\PC{0,64}", len in any::<u64>()) {
        check(&header, len);
    }

    #[test]
    fn range_shaped(
        first in proptest::option::of(any::<u64>()),
        last in proptest::option::of(any::<u64>()),
        spaces in " {0,2}",
        len in 0u64..5000,
    ) {
        let show = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        let header = format!("bytes={spaces}{}{spaces}-{}", show(first), show(last));
        check(&header, len);
    }
}
