//! Property-based fuzzing of everything that parses what a client sends
//! (issue #16): the BackMsg decoder, the upload multipart parser, `Range`,
//! component asset paths and hosts, and `Host`/`Origin` checks. Stable Rust,
//! no extra toolchain: proptest generates inputs; each target first replays
//! its committed corpus (`tests/fuzz/corpus/<target>/`, one input per file,
//! including the inputs that once broke something) and then runs a bounded
//! number of random cases (`FUZZ_CASES`, default 256; raise it for a longer
//! session: `FUZZ_CASES=100000 cargo test --test fuzz`).
//!
//! Properties: nothing panics, and what the parsers accept stays inside
//! their rules (a range inside the file, a resolved path inside the root,
//! a Host allowed only by the rules, a file within its cap).

mod backmsg;
mod component_paths;
mod hosts;
mod multipart;
mod range;

use std::path::PathBuf;

use proptest::test_runner::Config;

/// Bounded cases per target, for the regular test suite.
pub fn config() -> Config {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(256);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// The committed inputs of one target.
pub fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus in {}", dir.display());
    files
        .iter()
        .map(|f| std::fs::read(f).expect("corpus file"))
        .collect()
}

/// A corpus input as text (lossy: the text targets take any string).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
