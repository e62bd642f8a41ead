//! The frontend bundle is sent precompressed (brotli or gzip) as the
//! request's `Accept-Encoding` asks, and every encoding decodes to the same
//! bytes as the raw file.

use std::io::Read;

use reqwest::header::{HeaderMap, ACCEPT_ENCODING};

use crate::common::App;

struct Fetched {
    status: u16,
    headers: HeaderMap,
    body: Vec<u8>,
}

async fn fetch(app: &App, path: &str, accept: Option<&str>) -> Fetched {
    let mut request = reqwest::Client::new().get(app.url(path));
    if let Some(accept) = accept {
        request = request.header(ACCEPT_ENCODING, accept);
    }
    let response = request.send().await.expect("get");
    Fetched {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.bytes().await.expect("body").to_vec(),
    }
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn decode(encoding: Option<&str>, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match encoding {
        None => out.extend_from_slice(body),
        Some("br") => {
            brotli_decompressor::Decompressor::new(body, 4096)
                .read_to_end(&mut out)
                .expect("valid brotli");
        }
        Some("gzip") => {
            flate2::read::GzDecoder::new(body)
                .read_to_end(&mut out)
                .expect("valid gzip");
        }
        Some(other) => panic!("unexpected Content-Encoding {other}"),
    }
    out
}

/// The page and the script and stylesheet it loads first, by URL path.
fn first_load(index: &str) -> Vec<String> {
    let mut paths = vec!["/".to_string()];
    for attribute in ["src=\"./", "href=\"./"] {
        for (start, _) in index.match_indices(attribute) {
            let rest = &index[start + attribute.len()..];
            let Some(end) = rest.find('"') else { continue };
            let path = &rest[..end];
            // theme.css is written per app from config.toml (tens of bytes,
            // src/theme.rs), not a file of the bundle: sent as it is.
            if path == "theme.css" {
                continue;
            }
            if path.ends_with(".js") || path.ends_with(".css") {
                paths.push(format!("/{path}"));
            }
        }
    }
    paths
}

#[tokio::test]
async fn the_bundle_is_sent_in_the_encoding_asked_for() {
    let app = App::start("import streamlit as st\n");
    let index = fetch(&app, "/", None).await;
    assert_eq!(index.status, 200);
    let paths = first_load(&String::from_utf8_lossy(&index.body));
    assert!(paths.len() >= 3, "page, script and stylesheet: {paths:?}");

    let cases = [
        (Some("br"), Some("br")),
        (Some("gzip, deflate, br, zstd"), Some("br")),
        (Some("gzip"), Some("gzip")),
        (Some("br;q=0, gzip"), Some("gzip")),
        (Some("br;q=0.4, gzip;q=0.8"), Some("gzip")),
        (Some("identity"), None),
        (Some("br;q=0, gzip;q=0"), None),
        (Some("deflate"), None),
        (None, None),
    ];
    for path in &paths {
        let raw = fetch(&app, path, None).await;
        assert_eq!(raw.status, 200, "{path}");
        assert!(!raw.body.is_empty(), "{path}");
        for (accept, expected) in cases {
            let got = fetch(&app, path, accept).await;
            let what = format!("{path} with Accept-Encoding {accept:?}");
            assert_eq!(got.status, 200, "{what}");
            let encoding = header(&got.headers, "content-encoding");
            assert_eq!(encoding, expected, "{what}");
            assert_eq!(
                header(&got.headers, "vary"),
                Some("Accept-Encoding"),
                "{what}"
            );
            assert_eq!(
                header(&got.headers, "content-length"),
                Some(got.body.len().to_string().as_str()),
                "{what}"
            );
            for same in ["content-type", "cache-control", "x-content-type-options"] {
                assert_eq!(
                    header(&got.headers, same),
                    header(&raw.headers, same),
                    "{what}: {same}"
                );
            }
            if expected.is_some() {
                assert!(got.body.len() < raw.body.len(), "{what} is smaller");
            }
            assert!(decode(encoding, &got.body) == raw.body, "{what} decodes");
        }
    }
}

#[tokio::test]
async fn head_reports_the_encoded_length() {
    let app = App::start("import streamlit as st\n");
    let index = fetch(&app, "/", None).await;
    let script = first_load(&String::from_utf8_lossy(&index.body))
        .into_iter()
        .find(|p| p.ends_with(".js"))
        .expect("a script");
    for accept in ["br", "gzip", "identity"] {
        let get = fetch(&app, &script, Some(accept)).await;
        let head = reqwest::Client::new()
            .head(app.url(&script))
            .header(ACCEPT_ENCODING, accept)
            .send()
            .await
            .expect("head");
        assert_eq!(head.status(), 200);
        let headers = head.headers().clone();
        assert!(head.bytes().await.expect("body").is_empty());
        for same in [
            "content-encoding",
            "content-length",
            "content-type",
            "vary",
            "cache-control",
        ] {
            assert_eq!(
                header(&headers, same),
                header(&get.headers, same),
                "{accept}: {same}"
            );
        }
        assert_eq!(
            header(&headers, "content-length"),
            Some(get.body.len().to_string().as_str()),
            "{accept}"
        );
    }
}

#[tokio::test]
async fn variants_are_never_files_of_their_own() {
    let app = App::start("import streamlit as st\n");
    let index = fetch(&app, "/", None).await;
    let script = first_load(&String::from_utf8_lossy(&index.body))
        .into_iter()
        .find(|p| p.ends_with(".js"))
        .expect("a script");
    for path in [
        format!("{script}.br"),
        format!("{script}.gz"),
        "/index.html.br".to_string(),
        "/index.html.gz".to_string(),
    ] {
        let got = fetch(&app, &path, Some("br, gzip")).await;
        assert_eq!(got.status, 404, "{path}");
    }
    // A page path still gets the page, in the encoding asked for.
    let page = fetch(&app, "/some_page", Some("br")).await;
    assert_eq!(page.status, 200);
    assert_eq!(header(&page.headers, "content-encoding"), Some("br"));
    assert_eq!(decode(Some("br"), &page.body), index.body);
}

#[tokio::test]
async fn files_already_compressed_are_sent_as_they_are() {
    let app = App::start("import streamlit as st\n");
    let icon = fetch(&app, "/favicon.png", Some("br, gzip")).await;
    assert_eq!(icon.status, 200);
    assert_eq!(header(&icon.headers, "content-type"), Some("image/png"));
    assert_eq!(header(&icon.headers, "content-encoding"), None);
    assert_eq!(header(&icon.headers, "vary"), None);
}
