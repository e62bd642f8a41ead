//! Files served for download buttons: names, types and ranges as Streamlit
//! serves them; URLs that belong to one session, survive reruns that keep the
//! button, and die when the button or the session goes away.

use std::time::Duration;

use rustlit::proto::element;

use crate::common::{state, App, Client};

const SCRIPT: &str = r#"
import streamlit as st
st.download_button("text", "héllo wörld", file_name="naïve résumé.txt")
st.download_button("bytes", b"0123456789", file_name="digits.bin", mime="application/octet-stream")
if st.checkbox("more", value=True):
    st.download_button("page", "<script>alert(1)</script>", file_name="page.html", mime="text/html")
"#;

fn urls(client: &Client) -> Vec<(String, String)> {
    client
        .tree
        .elements()
        .filter_map(|(_, e)| match e {
            element::Type::DownloadButton(b) => {
                Some((b.widget.as_ref()?.label.clone(), b.url.clone()))
            }
            _ => None,
        })
        .collect()
}

fn url_of(client: &Client, label: &str) -> String {
    let found = urls(client).into_iter().find(|(l, _)| l == label);
    found
        .unwrap_or_else(|| panic!("no download button {label:?}"))
        .1
}

async fn get(app: &App, path: &str, range: Option<&str>) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(app.url(&format!("/{path}")));
    if let Some(range) = range {
        request = request.header("Range", range);
    }
    request.send().await.expect("GET media")
}

fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

async fn started(app: &App) -> Client {
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client.adopt_widget_defaults();
    client
}

#[tokio::test]
async fn a_download_is_served_with_its_name_type_and_ranges() {
    let app = App::start(SCRIPT);
    let client = started(&app).await;
    let text = url_of(&client, "text");
    assert!(
        text.starts_with("media/") && text.ends_with(".txt"),
        "{text}"
    );

    let response = get(&app, &text, None).await;
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "content-type"), "text/plain");
    assert_eq!(
        header(&response, "content-disposition"),
        "attachment; filename=\"na_ve r_sum_.txt\"; filename*=UTF-8''na%C3%AFve%20r%C3%A9sum%C3%A9.txt"
    );
    assert_eq!(header(&response, "x-content-type-options"), "nosniff");
    assert_eq!(header(&response, "accept-ranges"), "bytes");
    assert_eq!(response.text().await.expect("body"), "héllo wörld");

    let digits = url_of(&client, "bytes");
    let part = get(&app, &digits, Some("bytes=2-4")).await;
    assert_eq!(part.status(), 206);
    assert_eq!(header(&part, "content-range"), "bytes 2-4/10");
    assert_eq!(part.bytes().await.expect("body").as_ref(), b"234");
    let tail = get(&app, &digits, Some("bytes=-3")).await;
    assert_eq!(tail.bytes().await.expect("body").as_ref(), b"789");
    for bad in ["bytes=0-1,3-4", "bytes=10-", "bytes=x-1"] {
        let refused = get(&app, &digits, Some(bad)).await;
        assert_eq!(refused.status(), 416, "{bad}");
        assert_eq!(header(&refused, "content-range"), "bytes */10");
    }

    // HTML a script produced never renders on the app's origin.
    let page = get(&app, &url_of(&client, "page"), None).await;
    assert_eq!(
        header(&page, "content-disposition"),
        "attachment; filename=\"page.html\""
    );
    assert_eq!(header(&page, "x-content-type-options"), "nosniff");
}

#[tokio::test]
async fn unknown_ids_are_404_and_echo_nothing() {
    let app = App::start(SCRIPT);
    let _client = started(&app).await;
    for path in [
        "media/00000000000000000000000000000000.txt",
        "media/%3Cscript%3E.txt",
        "media/..%2F..%2Fetc%2Fpasswd",
        "media/x",
        "media/0123456789abcdef0123456789abcdeg.txt",
    ] {
        let response = get(&app, path, None).await;
        assert_eq!(response.status(), 404, "{path}");
        let body = response.text().await.expect("body");
        assert!(
            !body.contains("script") && !body.contains("passwd"),
            "{body}"
        );
    }
}

#[tokio::test]
async fn urls_belong_to_a_session_and_live_while_referenced() {
    let app = App::start(SCRIPT);
    let mut a = started(&app).await;
    let b = started(&app).await;
    let first = urls(&a);
    assert_eq!(first.len(), 3);
    // The same bytes in another session get another, unrelated URL.
    assert!(urls(&b).iter().all(|u| !first.contains(u)));

    // A rerun that keeps a button keeps its URL; one that drops it frees it.
    let more = a.widget_id("more");
    a.rerun_with(vec![state(
        &more,
        rustlit::proto::widget_value::Value::BoolValue(false),
    )])
    .await;
    a.finish_run().await;
    assert_eq!(url_of(&a, "text"), first[0].1);
    let page = &first[2].1;
    assert_eq!(
        get(&app, page, None).await.status(),
        404,
        "dropped with its button"
    );
    assert_eq!(get(&app, &first[0].1, None).await.status(), 200);
}

#[tokio::test]
async fn a_session_that_ends_takes_its_files_along() {
    let app = App::start_with(SCRIPT, &["--server.disconnectedSessionTTL", "0"], &[]);
    let client = started(&app).await;
    let text = url_of(&client, "text");
    assert_eq!(get(&app, &text, None).await.status(), 200);
    drop(client);
    // Detached sessions are swept every 10 s.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(25);
    while get(&app, &text, None).await.status() == 200 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the file outlived its session"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

// ---------------------------------------------------------------- st.image, st.audio, st.video

/// Without Pillow in the interpreter, image bytes are served as given.
const MEDIA_SCRIPT: &str = r#"
import streamlit as st
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5e7a7b00000000049454e44ae426082"
)
if st.checkbox("show", value=True):
    st.image(PNG, caption="dot")
    st.audio(b"RIFF" + bytes(40), format="audio/wav")
    st.video(b"\x00\x00\x00\x18ftypmp42" + bytes(1000), subtitles="WEBVTT\n")
"#;

/// (image, audio, video, subtitle) URLs of the page.
fn media_urls(client: &Client) -> Vec<String> {
    let mut out = Vec::new();
    for (_, e) in client.tree.elements() {
        match e {
            element::Type::Imgs(list) => out.extend(list.imgs.iter().map(|i| i.url.clone())),
            element::Type::Audio(a) => out.push(a.url.clone()),
            element::Type::Video(v) => {
                out.push(v.url.clone());
                out.extend(v.subtitles.iter().map(|s| s.url.clone()));
            }
            _ => {}
        }
    }
    out
}

#[tokio::test]
async fn images_audio_and_video_are_served_to_their_session_with_ranges() {
    let app = App::start(MEDIA_SCRIPT);
    let mut a = started(&app).await;
    let b = started(&app).await;
    let mine = media_urls(&a);
    let theirs = media_urls(&b);
    assert_eq!(mine.len(), 4, "{mine:?}");
    assert!(mine.iter().all(|u| u.starts_with("media/")), "{mine:?}");
    // The same bytes rendered by another session have other URLs.
    assert!(theirs.iter().all(|u| !mine.contains(u)), "{theirs:?}");

    let expected = [
        ("image/png", 71),
        ("audio/wav", 44),
        ("video/mp4", 1012),
        ("text/vtt", 6),
    ];
    for (url, (mime, size)) in mine.iter().zip(expected) {
        let response = get(&app, url, None).await;
        assert_eq!(response.status(), 200, "{url}");
        assert_eq!(header(&response, "content-type"), mime, "{url}");
        assert_eq!(header(&response, "content-disposition"), "", "shown inline");
        assert_eq!(response.bytes().await.expect("body").len(), size, "{url}");
    }
    // A player asks for ranges.
    let video = &mine[2];
    let part = get(&app, video, Some("bytes=0-99")).await;
    assert_eq!(part.status(), 206);
    assert_eq!(header(&part, "content-type"), "video/mp4");
    assert_eq!(header(&part, "content-range"), "bytes 0-99/1012");
    assert_eq!(part.bytes().await.expect("body").len(), 100);

    // When this session's run no longer shows them, its files go; the other session's stay.
    let show = a.widget_id("show");
    a.rerun_with(vec![state(
        &show,
        rustlit::proto::widget_value::Value::BoolValue(false),
    )])
    .await;
    a.finish_run().await;
    assert!(media_urls(&a).is_empty());
    for url in &mine {
        assert_eq!(
            get(&app, url, None).await.status(),
            404,
            "{url} outlived its element"
        );
    }
    for url in &theirs {
        assert_eq!(
            get(&app, url, None).await.status(),
            200,
            "{url} of the other session"
        );
    }
}
