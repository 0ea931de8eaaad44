//! Reading input files safely: a size cap checked before reading, UTF-8 with a
//! precise position when it is not, and the text kept for diagnostics.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::diagnostic::Diagnostic;
use crate::yaml::{Pos, Span};

/// Largest input file accepted. A 4,000-question questionnaire is about 3 MiB.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The text of one input, and the name to show for it.
#[derive(Debug)]
pub struct Source {
    pub name: String,
    pub text: String,
    line_starts: OnceLock<Vec<usize>>,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<Source> {
        let mut text = text.into();
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        Arc::new(Source {
            name: name.into(),
            text,
            line_starts: OnceLock::new(),
        })
    }

    fn starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// Line `n` (from 1) without its line ending.
    pub fn line(&self, n: u32) -> Option<&str> {
        let starts = self.starts();
        let i = usize::try_from(n).ok()?.checked_sub(1)?;
        let start = *starts.get(i)?;
        let end = starts.get(i + 1).copied().unwrap_or(self.text.len());
        let line = self.text.get(start..end)?;
        Some(line.trim_end_matches(['\n', '\r']))
    }
}

/// Where a byte offset of `text` falls, as a line and a character column.
pub fn pos_of_byte(text: &str, offset: usize) -> Pos {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Pos {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        col: u32::try_from(col).unwrap_or(u32::MAX),
    }
}

fn human_size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{bytes} bytes")
    }
}

/// Reads a whole input file, refusing one that is too large before reading it.
pub fn read(path: &Path) -> Result<Arc<Source>, Diagnostic> {
    let name = path.display().to_string();
    let fail =
        |code: &'static str, message: String| Diagnostic::error(code, message).file_name(&name);
    let file = File::open(path).map_err(|e| match e.kind() {
        ErrorKind::NotFound => fail("file-not-found", format!("cannot find the file `{name}`")),
        ErrorKind::PermissionDenied => {
            fail("file-unreadable", format!("no permission to read `{name}`"))
        }
        _ => fail("file-unreadable", format!("cannot open `{name}`: {e}")),
    })?;
    let meta = file
        .metadata()
        .map_err(|e| fail("file-unreadable", format!("cannot read `{name}`: {e}")))?;
    if meta.is_dir() {
        return Err(fail(
            "file-unreadable",
            format!("`{name}` is a folder, not a file"),
        ));
    }
    let too_big = |size: u64| {
        fail(
            "file-too-large",
            format!(
                "`{name}` is {}; files larger than {} are refused",
                human_size(size),
                human_size(MAX_FILE_BYTES)
            ),
        )
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail("file-unreadable", format!("cannot read `{name}`: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    from_bytes(name, bytes)
}

/// Checks that `bytes` are UTF-8 and makes a [`Source`] of them.
pub fn from_bytes(name: String, bytes: Vec<u8>) -> Result<Arc<Source>, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source::new(name, text)),
        Err(e) => {
            let bad = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let at = pos_of_byte(&String::from_utf8_lossy(&bytes[..bad]), bad);
            let byte = bytes.get(bad).copied().unwrap_or(0);
            let shown = Source::new(name, String::from_utf8_lossy(&bytes).into_owned());
            Err(Diagnostic::error(
                "not-utf8",
                format!("this file is not UTF-8 text (byte 0x{byte:02X} cannot start a character)"),
            )
            .at(&shown, Span::point(at))
            .help("save the file with the UTF-8 encoding (in most editors: Save As, then Encoding: UTF-8)"))
        }
    }
}

#[cfg(test)]
mod tests;
