//! The upload body parser: any body and content type end in one file of at
//! most the cap, with a name that is data (no separators, no control
//! characters, at most 255 bytes), or in a clean error.

use axum::body::Body;
use proptest::prelude::*;
use rustlit::uploads::multipart::read_one_file;

const CAP: u64 = 4096;

fn check(content_type: &str, body: Vec<u8>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("runtime");
    let result = runtime.block_on(read_one_file(
        Body::from(body),
        Some(content_type),
        CAP,
        std::time::Duration::from_secs(30),
    ));
    if let Ok(file) = result {
        assert!(file.data.len() as u64 <= CAP);
        assert!(
            !file.name.is_empty() && file.name.len() <= 255,
            "{:?}",
            file.name
        );
        assert!(!file.name.contains(['/', '\\']), "{:?}", file.name);
        assert!(!file.name.chars().any(char::is_control), "{:?}", file.name);
    }
}

const CT: &str = "multipart/form-data; boundary=B";

/// A body from parts: each is (name, filename, data) or raw noise.
fn body_of(parts: &[(String, String, Vec<u8>)], close: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, filename, data) in parts {
        out.extend_from_slice(
            format!(
                "--B\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        out.extend_from_slice(data);
        out.extend_from_slice(b"\r\n");
    }
    if close {
        out.extend_from_slice(b"--B--\r\n");
    }
    out
}

#[test]
fn corpus() {
    for input in crate::corpus("multipart") {
        check(CT, input);
    }
}

proptest! {
    #![proptest_config(crate::config())]

    #[test]
    fn any_body(body in proptest::collection::vec(any::<u8>(), 0..1024), ct in "\\PC{0,60}") {
        check(&ct, body.clone());
        check(CT, body);
    }

    #[test]
    fn multipart_shaped(
        parts in proptest::collection::vec(
            ("[a-z]{0,4}", "\\PC{0,300}", proptest::collection::vec(any::<u8>(), 0..5000)),
            0..3,
        ),
        close in proptest::bool::ANY,
    ) {
        check(CT, body_of(&parts, close));
    }
}
