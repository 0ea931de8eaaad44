//! The logo shown on the cover of HTML reports (`[report] logo` in the config):
//! a PNG or JPEG file, read once, at most [`MAX_BYTES`], and embedded in the
//! report as a `data:` URI so that the report stays one file with no external
//! resource. Anything else (an SVG, which can hold script; a file too large; a
//! file that is not what its name says) is refused with the position of the
//! setting.

use crate::diagnostic::kinds::Logo as Problem;
use std::path::Path;

use base64::Engine as _;

/// The largest logo accepted: a logo is a small picture, and every report
/// carries a copy of it.
pub const MAX_BYTES: u64 = 256 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logo {
    /// `image/png` or `image/jpeg`, from the file's first bytes.
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

impl Logo {
    /// The logo as a `data:` URI, for an `<img src>`.
    pub fn data_uri(&self) -> String {
        format!(
            "data:{};base64,{}",
            self.mime,
            base64::engine::general_purpose::STANDARD.encode(&self.bytes)
        )
    }
}

/// The kind of image `bytes` holds, by its signature.
pub fn image_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else {
        None
    }
}

/// Reads the logo at `path`, or says in plain words why it cannot be used.
pub fn read(path: &Path) -> Result<Logo, Problem> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|_| Problem::Unreadable(shown.clone()))?;
    if !meta.is_file() {
        return Err(Problem::NotAFile(shown));
    }
    if meta.len() > MAX_BYTES {
        return Err(Problem::TooLarge {
            name: shown,
            kib: meta.len().div_ceil(1024),
            max: MAX_BYTES / 1024,
        });
    }
    let bytes = std::fs::read(path).map_err(|_| Problem::Unreadable(shown.clone()))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Problem::Grew(shown));
    }
    let mime = image_kind(&bytes).ok_or(Problem::NotAnImage(shown))?;
    Ok(Logo { mime, bytes })
}

#[cfg(test)]
mod tests;
