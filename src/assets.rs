//! The frontend bundle (`frontend/dist`), embedded at build time, with the
//! brotli and gzip variants `frontend/scripts/compress-dist.mjs` wrote next
//! to its text files (`<file>.br`, `<file>.gz`).
//!
//! The variants live in their own embeds, so a lookup of the bundle by path
//! never finds one: `/assets/x.js.br` is not a file of the app, only another
//! encoding of `/assets/x.js`.

use std::borrow::Cow;

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "frontend/dist/"]
#[exclude = "*.br"]
#[exclude = "*.gz"]
struct Files;

#[derive(RustEmbed)]
#[folder = "frontend/dist/"]
#[include = "*.br"]
struct Brotli;

#[derive(RustEmbed)]
#[folder = "frontend/dist/"]
#[include = "*.gz"]
struct Gzip;

/// A content coding a file of the bundle is stored in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// The token of `Accept-Encoding` / `Content-Encoding`.
    pub fn token(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
            Encoding::Identity => "identity",
        }
    }
}

/// A file of the bundle, in the encoding the caller chose.
pub struct Asset {
    pub data: Cow<'static, [u8]>,
    pub encoding: Encoding,
    /// The file exists in more than one encoding, so responses for it
    /// depend on `Accept-Encoding`.
    pub has_variants: bool,
    pub mime: String,
    /// The name carries a content hash (Vite's `assets/`).
    pub immutable: bool,
}

/// The file at `path`. `choose` gets the encodings it is stored in (always
/// ending with `Identity`) and picks the one to send.
pub fn get(path: &str, choose: impl FnOnce(&[Encoding]) -> Encoding) -> Option<Asset> {
    let raw = Files::get(path)?;
    let mut available = Vec::with_capacity(3);
    let brotli = Brotli::get(&format!("{path}.br"));
    if brotli.is_some() {
        available.push(Encoding::Brotli);
    }
    let gzip = Gzip::get(&format!("{path}.gz"));
    if gzip.is_some() {
        available.push(Encoding::Gzip);
    }
    available.push(Encoding::Identity);
    let has_variants = available.len() > 1;
    let (encoding, data) = match (choose(&available), brotli, gzip) {
        (Encoding::Brotli, Some(file), _) => (Encoding::Brotli, file.data),
        (Encoding::Gzip, _, Some(file)) => (Encoding::Gzip, file.data),
        _ => (Encoding::Identity, raw.data),
    };
    let mime = mime_guess::from_path(path)
        .first_or_octet_stream()
        .essence_str()
        .to_string();
    Some(Asset {
        data,
        encoding,
        has_variants,
        mime,
        immutable: path.starts_with("assets/"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_not_files_of_their_own() {
        for path in Files::iter() {
            assert!(!path.ends_with(".br") && !path.ends_with(".gz"), "{path}");
        }
    }

    #[test]
    fn a_refusing_choice_gets_the_raw_file() {
        let Some(asset) = get("index.html", |_| Encoding::Identity) else {
            return; // a build without the frontend (RUSTLIT_SKIP_FRONTEND_BUILD)
        };
        assert_eq!(asset.encoding, Encoding::Identity);
        assert_eq!(asset.mime, "text/html");
        assert!(!asset.immutable);
    }
}
