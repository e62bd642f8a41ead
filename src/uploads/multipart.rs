//! Reading one uploaded file out of a `multipart/form-data` body while it
//! streams in, never holding more than the size cap.
//!
//! The cap is enforced on the bytes actually received, so a small
//! `Content-Length` followed by a large body, or a chunked body with no
//! length at all, stops at the cap. A body that goes quiet for
//! `idle` (`server.httpHeaderTimeout`, the same slow-client bound as for a
//! request's headers) is dropped, so a client sending a byte now and then
//! cannot hold a connection and a buffer forever.

use std::time::Duration;

use axum::body::Body;
use bytes::{Bytes, BytesMut};
use thiserror::Error;

/// What the multipart framing around one file may add to the body.
pub const FRAMING_ALLOWANCE: u64 = 64 * 1024;
/// The longest file name accepted, in bytes of UTF-8.
const MAX_NAME_BYTES: usize = 255;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum BodyError {
    #[error("the body must be multipart/form-data with a boundary")]
    NotMultipart,
    #[error("the body must hold exactly one file")]
    NotOneFile,
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("the file name {0}")]
    BadName(&'static str),
    #[error("the body is not valid multipart/form-data: {0}")]
    Malformed(String),
    #[error("the body stopped arriving")]
    Timeout,
}

#[derive(Debug)]
pub struct ReceivedFile {
    pub name: String,
    pub mime: String,
    pub data: Bytes,
}

/// The single file part of `body`, at most `cap` bytes long.
pub async fn read_one_file(
    body: Body,
    content_type: Option<&str>,
    cap: u64,
    idle: Duration,
) -> Result<ReceivedFile, BodyError> {
    let boundary = content_type
        .and_then(|ct| multer::parse_boundary(ct).ok())
        .ok_or(BodyError::NotMultipart)?;
    let constraints = multer::Constraints::new()
        .size_limit(multer::SizeLimit::new().whole_stream(cap.saturating_add(FRAMING_ALLOWANCE)));
    let mut multipart =
        multer::Multipart::with_constraints(body.into_data_stream(), boundary, constraints);

    let mut field = within_idle_time(idle, multipart.next_field())
        .await?
        .map_err(|e| classify(e, cap))?
        .ok_or(BodyError::NotOneFile)?;
    let name = field
        .file_name()
        .ok_or(BodyError::NotOneFile)
        .and_then(checked_name)?;
    let mime = field
        .content_type()
        .map(|m| m.essence_str().to_string())
        .unwrap_or_else(|| "application/octet-stream".into());
    let mut data = BytesMut::new();
    while let Some(chunk) = within_idle_time(idle, field.chunk())
        .await?
        .map_err(|e| classify(e, cap))?
    {
        if (data.len() + chunk.len()) as u64 > cap {
            return Err(BodyError::TooLarge { limit: cap });
        }
        data.extend_from_slice(&chunk);
    }
    drop(field);
    // A second part, of any kind, makes the whole body invalid.
    if within_idle_time(idle, multipart.next_field())
        .await?
        .map_err(|e| classify(e, cap))?
        .is_some()
    {
        return Err(BodyError::NotOneFile);
    }
    Ok(ReceivedFile {
        name,
        mime,
        data: data.freeze(),
    })
}

async fn within_idle_time<T>(
    idle: Duration,
    step: impl std::future::Future<Output = T>,
) -> Result<T, BodyError> {
    tokio::time::timeout(idle, step)
        .await
        .map_err(|_| BodyError::Timeout)
}

fn classify(error: multer::Error, cap: u64) -> BodyError {
    match error {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => {
            BodyError::TooLarge { limit: cap }
        }
        other => BodyError::Malformed(other.to_string()),
    }
}

/// A file name is data, never a path: no separators, no control characters,
/// no `.`/`..`, and not too long.
fn checked_name(name: &str) -> Result<String, BodyError> {
    if name.is_empty() || name == "." || name == ".." {
        return Err(BodyError::BadName("is empty"));
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(BodyError::BadName("is longer than 255 bytes"));
    }
    if name.contains(['/', '\\']) {
        return Err(BodyError::BadName("contains a path separator"));
    }
    if name.chars().any(char::is_control) {
        return Err(BodyError::BadName("contains a control character"));
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CT: &str = "multipart/form-data; boundary=XyZ";
    const IDLE: Duration = Duration::from_secs(30);

    fn part(name: &str, body: &str) -> String {
        format!(
            "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"{name}\"\r\n\
             Content-Type: text/csv\r\n\r\n{body}\r\n"
        )
    }

    async fn read(body: String, cap: u64) -> Result<ReceivedFile, BodyError> {
        read_one_file(Body::from(body), Some(CT), cap, IDLE).await
    }

    #[tokio::test]
    async fn one_file_part_is_read_with_its_name_and_type() {
        let file = read(format!("{}--XyZ--\r\n", part("a b.csv", "x,y\n1,2")), 100)
            .await
            .unwrap();
        assert_eq!(file.name, "a b.csv");
        assert_eq!(file.mime, "text/csv");
        assert_eq!(&file.data[..], b"x,y\n1,2");
    }

    #[tokio::test]
    async fn the_cap_holds_on_the_bytes_received() {
        let body = format!("{}--XyZ--\r\n", part("a.csv", &"z".repeat(101)));
        assert_eq!(
            read(body, 100).await.unwrap_err(),
            BodyError::TooLarge { limit: 100 }
        );
        let body = format!("{}--XyZ--\r\n", part("a.csv", &"z".repeat(100)));
        assert_eq!(read(body, 100).await.unwrap().data.len(), 100);
    }

    #[tokio::test]
    async fn anything_but_exactly_one_file_is_refused() {
        let two = format!("{}{}--XyZ--\r\n", part("a.csv", "1"), part("b.csv", "2"));
        assert_eq!(read(two, 100).await.unwrap_err(), BodyError::NotOneFile);
        let field = "--XyZ\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nv\r\n--XyZ--\r\n";
        assert_eq!(
            read(field.into(), 100).await.unwrap_err(),
            BodyError::NotOneFile
        );
        assert_eq!(
            read("--XyZ--\r\n".into(), 100).await.unwrap_err(),
            BodyError::NotOneFile
        );
        let plain = read_one_file(Body::from("x"), Some("text/plain"), 100, IDLE).await;
        assert_eq!(plain.unwrap_err(), BodyError::NotMultipart);
    }

    #[test]
    fn names_are_data_not_paths() {
        assert!(checked_name("report (1).pdf").is_ok());
        assert!(checked_name("naïve résumé.txt").is_ok());
        for bad in [
            "",
            "..",
            "../x",
            "a/b",
            "a\\b",
            "a\0b",
            "a\r\nb",
            &"n".repeat(256),
        ] {
            assert!(checked_name(bad).is_err(), "{bad:?}");
        }
    }
}
