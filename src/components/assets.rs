//! Resolving a request path to a file inside a component's directory, safely.
//!
//! The check is lexical first, on the path exactly as the browser sent it
//! (percent-decoded once): NUL, backslashes, drive letters, empty, `.` and
//! `..` segments and anything still percent-encoded after one decoding
//! (double encoding) are refused before the filesystem is touched. Then the
//! candidate is canonicalised and must stay inside the canonical component
//! directory, so a symlink that leaves it is refused too. Dotfiles are never
//! served.

use std::path::{Path, PathBuf};

use thiserror::Error;

#[derive(Debug, Error, PartialEq)]
pub enum AssetError {
    #[error("unsafe path")]
    Unsafe,
    #[error("not found")]
    NotFound,
}

/// Decodes `%XX` escapes once; `None` for a malformed escape or non-UTF-8.
pub fn percent_decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = raw.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The relative path's segments if it is lexically safe.
fn safe_segments(relative: &str) -> Result<Vec<&str>, AssetError> {
    if relative.is_empty() || relative.contains(['\0', '\\', ':', '%']) || relative.starts_with('/')
    {
        return Err(AssetError::Unsafe);
    }
    let segments: Vec<&str> = relative.split('/').collect();
    for s in &segments {
        if s.is_empty() || *s == "." || *s == ".." {
            return Err(AssetError::Unsafe);
        }
        if s.starts_with('.') {
            return Err(AssetError::NotFound);
        }
    }
    Ok(segments)
}

/// The file `raw_relative` (still percent-encoded, as in the URL) names
/// inside `root`, if it is safe and exists.
pub fn resolve(root: &Path, raw_relative: &str) -> Result<PathBuf, AssetError> {
    let relative = percent_decode(raw_relative).ok_or(AssetError::Unsafe)?;
    let segments = safe_segments(&relative)?;
    let root = root.canonicalize().map_err(|_| AssetError::NotFound)?;
    let candidate = segments.iter().fold(root.clone(), |p, s| p.join(s));
    let real = candidate.canonicalize().map_err(|_| AssetError::NotFound)?;
    if !real.starts_with(&root) {
        return Err(AssetError::Unsafe);
    }
    if !real.is_file() {
        return Err(AssetError::NotFound);
    }
    Ok(real)
}

/// The Content-Type for a component file.
pub fn mime_for(path: &Path) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let essence = mime.essence_str();
    if essence.starts_with("text/") || essence == "application/javascript" {
        format!("{essence}; charset=utf-8")
    } else {
        essence.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> (tempfile::TempDir, PathBuf) {
        let top = tempfile::tempdir().unwrap();
        std::fs::write(top.path().join("secret.txt"), "SECRET").unwrap();
        let root = top.path().join("component");
        std::fs::create_dir_all(root.join("static/js")).unwrap();
        std::fs::write(root.join("index.html"), "<html></html>").unwrap();
        std::fs::write(root.join("static/js/main.js"), "1").unwrap();
        std::fs::write(root.join(".env"), "TOKEN").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(top.path().join("secret.txt"), root.join("link.txt"))
                .unwrap();
            std::os::unix::fs::symlink("/etc", root.join("etc")).unwrap();
            std::os::unix::fs::symlink(root.join("index.html"), root.join("inside.html")).unwrap();
        }
        (top, root)
    }

    #[test]
    fn serves_files_inside_the_directory() {
        let (_top, root) = fixture();
        assert!(resolve(&root, "index.html").is_ok());
        assert!(resolve(&root, "static/js/main.js").is_ok());
        assert!(resolve(&root, "static%2Fjs/main.js").is_ok());
        #[cfg(unix)]
        assert!(resolve(&root, "inside.html").is_ok());
        assert_eq!(resolve(&root, "missing.js"), Err(AssetError::NotFound));
        assert_eq!(resolve(&root, "static"), Err(AssetError::NotFound));
        assert_eq!(resolve(&root, ".env"), Err(AssetError::NotFound));
    }

    #[test]
    fn refuses_every_traversal_spelling() {
        let (_top, root) = fixture();
        let attacks = [
            "../secret.txt",
            "..%2fsecret.txt",
            "%2e%2e/secret.txt",
            "%2e%2e%2fsecret.txt",
            "%2E%2E%2Fsecret.txt",
            "static/../../secret.txt",
            "static/%2e%2e/%2e%2e/secret.txt",
            "%252e%252e%252fsecret.txt",
            "%252e%252e/secret.txt",
            "..%252fsecret.txt",
            "%c0%ae%c0%ae/secret.txt",
            "..\\secret.txt",
            "%5c..%5csecret.txt",
            "static\\..\\..\\secret.txt",
            "/etc/passwd",
            "%2fetc%2fpasswd",
            "//etc/passwd",
            "C:\\Windows\\win.ini",
            "C:foo",
            "\\\\host\\share",
            "\\\\?\\C:\\",
            "....//secret.txt",
            "./index.html",
            "static//js/main.js",
            "index.html%00.png",
            "%00",
            "index.html\0",
            "%",
            "%zz",
            "",
            "etc/passwd",
            "link.txt",
        ];
        for attack in attacks {
            let result = resolve(&root, attack);
            assert!(result.is_err(), "{attack:?} resolved to {result:?}");
        }
    }

    #[test]
    fn content_types() {
        assert_eq!(
            mime_for(Path::new("a.js")),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(mime_for(Path::new("a.html")), "text/html; charset=utf-8");
        assert_eq!(mime_for(Path::new("a.css")), "text/css; charset=utf-8");
        assert_eq!(mime_for(Path::new("a.png")), "image/png");
        assert_eq!(mime_for(Path::new("a.wasm")), "application/wasm");
        assert_eq!(
            mime_for(Path::new("a.unknownext")),
            "application/octet-stream"
        );
    }
}
