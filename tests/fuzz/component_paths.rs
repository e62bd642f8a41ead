//! Component asset paths: whatever a URL holds, `resolve` returns a file
//! inside the component's directory or an error, and never a dotfile or the
//! secret planted beside the directory.

use std::path::Path;

use proptest::prelude::*;
use rustlit::components::assets::{percent_decode, resolve};

struct Fixture {
    _dir: tempfile::TempDir,
    root: std::path::PathBuf,
}

/// `<tmp>/comp/{index.html, static/a.js, .env}` and `<tmp>/secret.txt`,
/// with `comp/leak.txt` a symlink to the secret.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("comp");
    std::fs::create_dir_all(root.join("static")).expect("mkdir");
    std::fs::write(root.join("index.html"), "index").expect("write");
    std::fs::write(root.join("static/a.js"), "js").expect("write");
    std::fs::write(root.join(".env"), "SECRET").expect("write");
    std::fs::write(dir.path().join("secret.txt"), "SECRET").expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("leak.txt"))
        .expect("symlink");
    Fixture { _dir: dir, root }
}

fn check(root: &Path, raw: &str) {
    let _ = percent_decode(raw);
    if let Ok(file) = resolve(root, raw) {
        let root = root.canonicalize().expect("root");
        assert!(
            file.starts_with(&root),
            "{raw:?} resolved outside: {}",
            file.display()
        );
        let contents = std::fs::read_to_string(&file).unwrap_or_default();
        assert_ne!(contents, "SECRET", "{raw:?} reached a secret");
    }
}

#[test]
fn corpus() {
    let f = fixture();
    for input in crate::corpus("component_paths") {
        check(&f.root, crate::text(&input).trim_end_matches('\n'));
    }
    assert!(
        resolve(&f.root, "static/a.js").is_ok(),
        "the fixture serves a real file"
    );
}

proptest! {
    #![proptest_config(crate::config())]

    #[test]
    fn any_path(raw in "\\PC{0,64}") {
        let f = fixture();
        check(&f.root, &raw);
    }

    #[test]
    fn path_shaped(parts in proptest::collection::vec(
        prop_oneof![
            Just("..".to_string()), Just(".".to_string()), Just("%2e%2e".to_string()),
            Just("%2f".to_string()), Just("%252e".to_string()), Just("\\\\".to_string()),
            Just("static".to_string()), Just("a.js".to_string()), Just(".env".to_string()),
            Just("leak.txt".to_string()), Just("index.html".to_string()), Just("%00".to_string()),
            Just("C:".to_string()), Just("%c0%ae".to_string()), "[a-z.%]{0,6}",
        ],
        0..6,
    ), lead in proptest::bool::ANY) {
        let f = fixture();
        let mut raw = parts.join("/");
        if lead { raw.insert(0, '/'); }
        check(&f.root, &raw);
    }
}
