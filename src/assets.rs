//! The frontend bundle (`frontend/dist`), embedded at build time.

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "frontend/dist/"]
struct FrontendDist;

/// A file of the bundle: its bytes and whether its name carries a content hash.
pub struct Asset {
    pub data: std::borrow::Cow<'static, [u8]>,
    pub mime: String,
    pub immutable: bool,
}

pub fn get(path: &str) -> Option<Asset> {
    let file = FrontendDist::get(path)?;
    let mime = mime_guess::from_path(path)
        .first_or_octet_stream()
        .essence_str()
        .to_string();
    Some(Asset {
        data: file.data,
        mime,
        immutable: path.starts_with("assets/"),
    })
}
