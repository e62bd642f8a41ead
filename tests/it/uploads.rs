//! Uploads over real HTTP into a real session: the three-step protocol, the
//! XSRF double-submit, URLs that belong to one session, the size limit held
//! on the bytes actually received, file names treated as data, and files
//! released when their widget lets go (SECURITY.md cases 25–29).

use rustlit::proto::{back_msg, forward_event, widget_value, FileUploaderState, FileUrlsRequest};
use rustlit::proto::{FileUrls, UploadedFileInfo};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::{state, App, Client};

const SCRIPT: &str = r#"
import streamlit as st
files = st.file_uploader("files", accept_multiple_files=True)
for f in files:
    st.text(f"{f.name}|{f.type}|{f.size}|{f.getvalue().decode(errors='replace')}")
st.text(f"count={len(files)}")
"#;

const BOUNDARY: &str = "rustlitBoundary7d2";

/// A multipart body with one file part.
fn body(name: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{name}\"\r\n\
         Content-Type: text/plain\r\n\r\n"
    )
    .into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    out
}

/// The `_streamlit_xsrf` cookie value from `/_stcore/health`.
async fn xsrf_cookie(app: &App) -> String {
    let response = reqwest::get(app.url("/_stcore/health"))
        .await
        .expect("health");
    let cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("health sets the XSRF cookie")
        .to_string();
    assert!(
        cookie.contains("Path=/") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.to_ascii_lowercase().contains("httponly"),
        "{cookie}"
    );
    let value = cookie.split(';').next().unwrap_or_default();
    value
        .strip_prefix("_streamlit_xsrf=")
        .expect("cookie name")
        .to_string()
}

async fn started(app: &App) -> Client {
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client.adopt_widget_defaults();
    client
}

async fn upload_urls(client: &mut Client, count: u32) -> Result<Vec<FileUrls>, String> {
    client
        .send(back_msg::Kind::FileUrlsRequest(FileUrlsRequest {
            request_id: 7,
            count,
        }))
        .await;
    loop {
        match client.next_event().await {
            Some(forward_event::Kind::FileUrlsResponse(r)) => {
                assert_eq!(r.request_id, 7);
                return if r.error.is_empty() {
                    Ok(r.file_urls)
                } else {
                    Err(r.error)
                };
            }
            Some(_) => continue,
            None => panic!("socket closed"),
        }
    }
}

struct Put<'a> {
    cookie: Option<&'a str>,
    header: Option<&'a str>,
}

const WITH_TOKEN: fn(&str) -> Put<'_> = |token| Put {
    cookie: Some(token),
    header: Some(token),
};

async fn put(app: &App, url: &str, auth: Put<'_>, body: Vec<u8>) -> (u16, String) {
    let mut request = reqwest::Client::new()
        .put(app.url(&format!("/{url}")))
        .header(
            "Content-Type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body);
    if let Some(cookie) = auth.cookie {
        request = request.header("Cookie", format!("_streamlit_xsrf={cookie}"));
    }
    if let Some(header) = auth.header {
        request = request.header("X-Xsrftoken", header);
    }
    let response = request.send().await.expect("PUT");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}

async fn delete(app: &App, url: &str, token: &str) -> u16 {
    reqwest::Client::new()
        .delete(app.url(&format!("/{url}")))
        .header("Cookie", format!("_streamlit_xsrf={token}"))
        .header("X-Xsrftoken", token)
        .send()
        .await
        .expect("DELETE")
        .status()
        .as_u16()
}

fn files_value(files: &[(&FileUrls, &str, u64)]) -> widget_value::Value {
    widget_value::Value::FileUploaderStateValue(FileUploaderState {
        files: files
            .iter()
            .map(|(urls, name, size)| UploadedFileInfo {
                file_id: urls.file_id.clone(),
                name: name.to_string(),
                size: *size,
            })
            .collect(),
    })
}

#[tokio::test]
async fn a_file_goes_up_reaches_the_script_and_is_released_with_its_widget() {
    let app = App::start(SCRIPT);
    let token = xsrf_cookie(&app).await;
    let mut client = started(&app).await;
    let urls = upload_urls(&mut client, 2).await.expect("urls");
    assert_eq!(urls.len(), 2);
    assert!(urls[0]
        .upload_url
        .starts_with(&format!("_stcore/upload_file/{}/", client.session_id)));
    assert_ne!(urls[0].file_id, urls[1].file_id);
    for (urls, name, data) in [(&urls[0], "a.txt", "alpha"), (&urls[1], "b.csv", "x,y")] {
        let (status, _) = put(
            &app,
            &urls.upload_url,
            WITH_TOKEN(&token),
            body(name, data.as_bytes()),
        )
        .await;
        assert_eq!(status, 204);
    }
    let id = client.widget_id("files");
    let value = files_value(&[(&urls[0], "a.txt", 5), (&urls[1], "b.csv", 3)]);
    client.rerun_with(vec![state(&id, value)]).await;
    client.finish_run().await;
    assert_eq!(
        client.tree.texts(),
        [
            "files",
            "a.txt|text/plain|5|alpha",
            "b.csv|text/plain|3|x,y",
            "count=2"
        ]
    );
    // The ✕ on one file: the page deletes it and reruns without it.
    assert_eq!(delete(&app, &urls[0].delete_url, &token).await, 204);
    let value = files_value(&[(&urls[1], "b.csv", 3)]);
    client.rerun_with(vec![state(&id, value)]).await;
    client.finish_run().await;
    assert_eq!(
        client.tree.texts(),
        ["files", "b.csv|text/plain|3|x,y", "count=1"]
    );
    // The widget lets go of the other one without a DELETE: released after the run.
    client.rerun_with(vec![state(&id, files_value(&[]))]).await;
    client.finish_run().await;
    assert_eq!(client.tree.texts(), ["files", "count=0"]);
    assert_eq!(delete(&app, &urls[1].delete_url, &token).await, 404);
}

#[tokio::test]
async fn without_the_matching_xsrf_token_nothing_is_stored() {
    let app = App::start(SCRIPT);
    let token = xsrf_cookie(&app).await;
    let other = xsrf_cookie(&app).await; // another browser's token
    let mut client = started(&app).await;
    let url = upload_urls(&mut client, 1).await.expect("urls").remove(0);
    let data = || body("a.txt", b"x");
    let refused = [
        Put {
            cookie: None,
            header: None,
        },
        Put {
            cookie: Some(&token),
            header: None,
        },
        Put {
            cookie: None,
            header: Some(&token),
        },
        Put {
            cookie: Some(&token),
            header: Some(&other),
        },
        Put {
            cookie: Some(&token),
            header: Some("2|00000000|00|0"),
        },
    ];
    for auth in refused {
        let (status, reason) = put(&app, &url.upload_url, auth, data()).await;
        assert_eq!(status, 403, "{reason}");
        assert!(reason.contains("XSRF"), "{reason}");
    }
    let refused = reqwest::Client::new()
        .delete(app.url(&format!("/{}", url.delete_url)))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(refused.status().as_u16(), 403);
    // The slot is still empty: the first real upload fills it, a second cannot.
    assert_eq!(
        put(&app, &url.upload_url, WITH_TOKEN(&token), data())
            .await
            .0,
        204
    );
    assert_eq!(
        put(&app, &url.upload_url, WITH_TOKEN(&token), data())
            .await
            .0,
        409
    );
}

#[tokio::test]
async fn upload_urls_belong_to_the_session_that_asked_for_them() {
    let app = App::start(SCRIPT);
    let token = xsrf_cookie(&app).await;
    let mut alice = started(&app).await;
    let mut mallory = started(&app).await;
    let alice_url = upload_urls(&mut alice, 1).await.expect("urls").remove(0);
    let mallory_url = upload_urls(&mut mallory, 1).await.expect("urls").remove(0);
    let data = || body("a.txt", b"x");
    let attempts = [
        // Alice's slot under Mallory's session, and the reverse.
        format!(
            "_stcore/upload_file/{}/{}",
            mallory.session_id, alice_url.file_id
        ),
        format!(
            "_stcore/upload_file/{}/{}",
            alice.session_id, mallory_url.file_id
        ),
        // A slot nobody issued, and a session that does not exist.
        format!(
            "_stcore/upload_file/{}/{}",
            alice.session_id,
            "0".repeat(32)
        ),
        format!(
            "_stcore/upload_file/{}/{}",
            "f".repeat(36),
            alice_url.file_id
        ),
    ];
    for url in &attempts {
        let (status, reason) = put(&app, url, WITH_TOKEN(&token), data()).await;
        assert_eq!(
            (status, reason.as_str()),
            (404, "no such upload URL"),
            "{url}"
        );
    }
    assert_eq!(
        put(&app, &alice_url.upload_url, WITH_TOKEN(&token), data())
            .await
            .0,
        204
    );
}

#[tokio::test]
async fn the_size_limit_holds_on_the_bytes_received() {
    let app = App::start_with(SCRIPT, &["--server.maxUploadSize", "1"], &[]);
    let token = xsrf_cookie(&app).await;
    let mut client = started(&app).await;
    let urls = upload_urls(&mut client, 4).await.expect("urls");
    const MB: usize = 1024 * 1024;
    // Exactly the limit is fine; one byte more is not.
    let (status, _) = put(
        &app,
        &urls[0].upload_url,
        WITH_TOKEN(&token),
        body("max.bin", &vec![b'a'; MB]),
    )
    .await;
    assert_eq!(status, 204);
    let (status, reason) = put(
        &app,
        &urls[1].upload_url,
        WITH_TOKEN(&token),
        body("big.bin", &vec![b'a'; MB + 1]),
    )
    .await;
    assert_eq!(status, 413, "{reason}");
    assert!(reason.contains("server.maxUploadSize"), "{reason}");
    // A declared length over the limit is refused before the body is read.
    let head = raw_put(
        &app,
        &urls[2].upload_url,
        &token,
        &format!("Content-Length: {}\r\n", 50 * MB),
        &[],
    )
    .await;
    assert!(head.starts_with("HTTP/1.1 413"), "{head}");
    // A chunked body has no length to check up front: it is cut off while it streams.
    let part_head = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"x\"; filename=\"x\"\r\n\r\n"
    );
    let mut stream = format!("{:x}\r\n{part_head}\r\n", part_head.len()).into_bytes();
    let chunk = vec![b'z'; 64 * 1024];
    for _ in 0..40 {
        stream.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        stream.extend_from_slice(&chunk);
        stream.extend_from_slice(b"\r\n");
    }
    let head = raw_put(
        &app,
        &urls[3].upload_url,
        &token,
        "Transfer-Encoding: chunked\r\n",
        &stream,
    )
    .await;
    assert!(head.starts_with("HTTP/1.1 413"), "{head}");
}

/// A PUT written by hand, for framing reqwest would not produce. Returns the
/// response head (the server may answer before the body is sent).
async fn raw_put(app: &App, url: &str, token: &str, framing: &str, body: &[u8]) -> String {
    let mut socket = tokio::net::TcpStream::connect(("127.0.0.1", app.port))
        .await
        .expect("connect");
    let head = format!(
        "PUT /{url} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: _streamlit_xsrf={token}\r\n\
         X-Xsrftoken: {token}\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\n{framing}\r\n",
        app.port
    );
    socket.write_all(head.as_bytes()).await.expect("write head");
    // The server may close as soon as it has refused: later writes can fail.
    let _ = socket.write_all(body).await;
    let mut response = vec![0u8; 4096];
    let n = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        socket.read(&mut response),
    )
    .await
    .expect("the server answered")
    .unwrap_or(0);
    String::from_utf8_lossy(&response[..n]).into_owned()
}

#[tokio::test]
async fn file_names_are_data_and_exactly_one_file_is_accepted() {
    let app = App::start(SCRIPT);
    let token = xsrf_cookie(&app).await;
    let mut client = started(&app).await;
    let url = upload_urls(&mut client, 1).await.expect("urls").remove(0);
    let long = "n".repeat(300);
    for name in [
        "../../etc/passwd",
        "a/b.txt",
        "a\\b.txt",
        "a\0.txt",
        "a\r\nb.txt",
        long.as_str(),
        "..",
    ] {
        let (status, reason) =
            put(&app, &url.upload_url, WITH_TOKEN(&token), body(name, b"x")).await;
        assert_eq!(status, 400, "{name:?}: {reason}");
    }
    let mut two = body("a.txt", b"1");
    two.truncate(two.len() - format!("--{BOUNDARY}--\r\n").len());
    two.extend_from_slice(&body("b.txt", b"2"));
    let (status, reason) = put(&app, &url.upload_url, WITH_TOKEN(&token), two).await;
    assert_eq!(status, 400, "{reason}");
    assert!(reason.contains("exactly one file"), "{reason}");
    // After all that, the slot is still empty and usable.
    let (status, _) = put(
        &app,
        &url.upload_url,
        WITH_TOKEN(&token),
        body("fine name (1).txt", b"x"),
    )
    .await;
    assert_eq!(status, 204);
}

#[tokio::test]
async fn a_session_cannot_hold_unbounded_upload_slots() {
    let app = App::start(SCRIPT);
    let mut client = started(&app).await;
    let refused = upload_urls(&mut client, 100_000).await;
    assert!(refused.unwrap_err().contains("1000"));
    assert_eq!(
        upload_urls(&mut client, 1000).await.expect("urls").len(),
        1000
    );
    assert!(upload_urls(&mut client, 1).await.is_err());
}
