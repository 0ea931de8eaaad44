//! Reading input files safely: a size cap checked before reading, and UTF-8 with
//! a precise position when it is not.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::diagnostic::kinds::File as Problem;
use crate::source::{Source, Span, pos_of_byte};

/// Largest input file accepted. A 4,000-question questionnaire is about 3 MiB.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

fn human_size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{bytes} bytes")
    }
}

/// A file in the same folder whose name is close to that of `path`, which
/// does not exist (`answer.yaml` when there is `answers.yaml`), as it would
/// be written on the command line. At most a few hundred names are looked
/// at: a huge folder gets no suggestion rather than a slow one.
pub fn similar_file(path: &Path) -> Option<String> {
    let wanted = path.file_name()?.to_str()?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    let names: Vec<String> = std::fs::read_dir(&dir)
        .ok()?
        .take(500)
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    let near = crate::text::suggest::closest(wanted, names.iter().map(String::as_str))?;
    let shown = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.join(near).display().to_string(),
        _ => near.to_owned(),
    };
    Some(shown)
}

/// Reads a whole input file, refusing one that is too large before reading it.
pub fn read(path: &Path) -> Result<Arc<Source>, Diagnostic> {
    let (name, bytes) = read_bytes(path)?;
    from_bytes(name, bytes)
}

/// The bytes of an input file, and its name, with the same size cap.
pub fn read_bytes(path: &Path) -> Result<(String, Vec<u8>), Diagnostic> {
    let name = path.display().to_string();
    let fail = |kind: Problem| Diagnostic::error(kind).file_name(&name);
    let name_ = || name.clone();
    let cannot_read = |error: String| {
        fail(Problem::CannotRead {
            name: name_(),
            error,
        })
    };
    // Opening a named pipe waits for a writer, which may never come.
    if crate::platform::is_pipe(path) {
        return Err(fail(Problem::Pipe { name: name_() }));
    }
    let file = File::open(path).map_err(|e| match e.kind() {
        ErrorKind::NotFound => {
            let d = fail(Problem::NotFound { name: name_() });
            match similar_file(path) {
                Some(near) => d.help(format!("did you mean `{near}`?")),
                None => d,
            }
        }
        ErrorKind::PermissionDenied => fail(Problem::NoPermission { name: name_() }),
        _ => fail(Problem::CannotOpen {
            name: name_(),
            error: e.to_string(),
        }),
    })?;
    let meta = file.metadata().map_err(|e| cannot_read(e.to_string()))?;
    if meta.is_dir() {
        return Err(fail(Problem::Folder { name: name_() }));
    }
    let too_big = |size: u64| {
        fail(Problem::TooLarge {
            name: name_(),
            size: human_size(size),
            limit: human_size(MAX_FILE_BYTES),
        })
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot_read(e.to_string()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok((name, bytes))
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
            Err(Diagnostic::error(Problem::NotUtf8 { byte })
            .at(&shown, Span::point(at))
            .help("save the file with the UTF-8 encoding (in most editors: Save As, then Encoding: UTF-8)"))
        }
    }
}

#[cfg(test)]
mod tests;
