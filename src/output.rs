//! Writing results: to stdout, or to a file atomically (a temporary file in the
//! same folder, then a rename), so that a reader never sees half a file and an
//! interrupted write leaves the old file in place.
//!
//! Atomicity holds whether or not the file is flushed to disk first: a killed
//! process never leaves half a file. Flushing (`fsync`) adds durability across a
//! power cut, at the price of waiting for the disk on every file. Answers files
//! and what `trim`, `template` and `show` write are flushed; reports, which
//! `report` can make again from their answers files at any time, are not: in a
//! batch of a thousand reports the waits cost about a quarter of the run
//! (BENCHMARKS.md).

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a file (or standard output) could not be written: each message once.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("could not write {}: {error}", path.display())]
    Write {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("could not write {}: it is a folder", path.display())]
    Folder { path: PathBuf },
    /// A file the system will not let be replaced (read-only, on Windows).
    #[error("could not write {}: {why}", path.display())]
    NotReplaceable { path: PathBuf, why: &'static str },
    #[error("could not create the folder {}: {error}", path.display())]
    CreateFolder {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("could not create a temporary file in {}: {error}", path.display())]
    Temporary {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("could not read {}: {error}", path.display())]
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("could not keep a backup of {} as {}: {error}", path.display(), backup.display())]
    Backup {
        path: PathBuf,
        backup: PathBuf,
        error: std::io::Error,
    },
    #[error("could not move {} aside: it has {} backups already", path.display(), names::MAX_TRIES)]
    TooManyBackups { path: PathBuf },
    #[error("could not write to standard output: it is closed")]
    StdoutClosed,
    #[error("could not write to standard output: {0}")]
    Stdout(std::io::Error),
}

impl WriteError {
    /// Whether the reader went away (`assure show x | head`): not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            WriteError::Stdout(e) | WriteError::Write { error: e, .. } => {
                e.kind() == std::io::ErrorKind::BrokenPipe
            }
            _ => false,
        }
    }
}

type Result<T> = std::result::Result<T, WriteError>;

/// The error of writing `path`.
fn writing(path: &Path) -> impl Fn(std::io::Error) -> WriteError + '_ {
    move |error| WriteError::Write {
        path: path.to_owned(),
        error,
    }
}

pub mod names;
pub mod stop;

/// What `assure` writes, made inert: text (every output but a workbook) with
/// each control, invisible or separator character but line breaks and tabs
/// shown as `�` (`text::clean::document`). Renderers escape for their own
/// formats first (JSON and YAML as `\uXXXX`, losing nothing); this is the one
/// place that no escape sequence from a file can pass, whatever the format.
fn inert(content: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if content.starts_with(b"PK\x03\x04") {
        return content.into(); // a workbook: a zip archive, not text
    }
    match std::str::from_utf8(content) {
        Ok(text) => match crate::text::clean::document(text) {
            std::borrow::Cow::Borrowed(_) => content.into(),
            std::borrow::Cow::Owned(clean) => clean.into_bytes().into(),
        },
        Err(_) => content.into(),
    }
}

/// Refuses to write a file that `assure` would refuse to read back (YAML, a
/// workbook) when it is larger than the size limit of files it reads (aliases
/// in the files it was made from can make it grow past it). Exit status 2;
/// nothing is written.
pub fn check_readable(
    format: crate::format::Format,
    content: &[u8],
) -> std::result::Result<(), TooLarge> {
    use crate::format::Format;
    let limit = crate::load::read::MAX_FILE_BYTES;
    let read_back = matches!(format, Format::Yaml | Format::Xlsx);
    if !read_back || u64::try_from(content.len()).unwrap_or(u64::MAX) <= limit {
        return Ok(());
    }
    let mib = |n: f64| n / (1024.0 * 1024.0);
    Err(TooLarge {
        mib: mib(content.len() as f64),
        limit: mib(limit as f64),
    })
}

/// A file too large for `assure` to read back (a usage error).
#[derive(Debug, thiserror::Error)]
#[error(
    "the result would be {mib:.1} MiB, more than the {limit:.0} MiB `assure` reads back: nothing was written"
)]
pub struct TooLarge {
    mib: f64,
    limit: f64,
}

/// Writes `content` to `path` atomically and flushes it to disk, creating the
/// folder if needed.
pub fn write_atomic(path: &Path, content: &[u8]) -> Result<()> {
    replace(path, content, true)
}

/// Writes `content` to `path` atomically, without waiting for the disk: for
/// files that can be made again, such as reports.
pub fn write_atomic_unsynced(path: &Path, content: &[u8]) -> Result<()> {
    replace(path, content, false)
}

/// Copies `path` to its next backup name ([`names::next_backup`]) and says
/// where; the original stays in place. The copy is flushed to disk.
pub fn keep_backup(path: &Path) -> Result<PathBuf> {
    let backup = names::next_backup(path);
    let content = std::fs::read(path).map_err(|error| WriteError::Read {
        path: path.to_owned(),
        error,
    })?;
    write_new(&backup, &content).map_err(|error| WriteError::Backup {
        path: path.to_owned(),
        backup: backup.clone(),
        error,
    })?;
    Ok(backup)
}

/// Moves `path` to the first free backup name and returns it. A hard link
/// claims the name (it fails if the name is taken, where a rename would
/// replace), then the original goes; where links are not possible, a rename to
/// a name checked free.
pub fn move_to_backup(path: &Path) -> Result<PathBuf> {
    let failed = |backup: &Path, error| WriteError::Backup {
        path: path.to_owned(),
        backup: backup.to_owned(),
        error,
    };
    for n in 0..names::MAX_TRIES {
        let backup = names::backup_name(path, n);
        match std::fs::hard_link(path, &backup) {
            Ok(()) => {
                std::fs::remove_file(path).map_err(|e| failed(&backup, e))?;
                return Ok(backup);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) => {
                let backup = names::next_backup(path);
                std::fs::rename(path, &backup).map_err(|e| failed(&backup, e))?;
                return Ok(backup);
            }
        }
    }
    Err(WriteError::TooManyBackups {
        path: path.to_owned(),
    })
}

/// Rust's stdout takes a closed descriptor for a sink and drops what is
/// written: an error that says so, instead of ending as if all went well.
pub fn ensure_stdout_open() -> Result<()> {
    if !crate::platform::stdout_is_open() {
        return Err(WriteError::StdoutClosed);
    }
    Ok(())
}

/// Writes a file that must not exist yet, flushed to disk.
fn write_new(path: &Path, content: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(content)?;
    file.sync_all()
}

/// Where a symlink that points to nothing (yet) points: the file is made
/// there, and the link stays.
fn dangling_target(path: &Path) -> Option<std::path::PathBuf> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.file_type().is_symlink() || path.exists() {
        return None;
    }
    let target = std::fs::read_link(path).ok()?;
    Some(match path.parent() {
        Some(dir) if target.is_relative() => dir.join(target),
        _ => target,
    })
}

/// A symlink is followed, so the file it points to is replaced and the link
/// stays. Something that is not a regular file (`/dev/null`, a named pipe, a
/// terminal) is written to directly: renaming over it would replace it.
fn replace(path: &Path, content: &[u8], sync: bool) -> Result<()> {
    let content = &*inert(content);
    let resolved;
    let dangling = dangling_target(path);
    let path = dangling.as_deref().unwrap_or(path);
    if crate::platform::is_device_name(path) {
        return in_place(path, path, content);
    }
    let path = match std::fs::canonicalize(path) {
        Ok(target) => {
            let meta = std::fs::metadata(&target).map_err(writing(path))?;
            if !meta.is_file() {
                if meta.is_dir() {
                    return Err(WriteError::Folder {
                        path: path.to_owned(),
                    });
                }
                return in_place(&target, path, content);
            }
            if let Some(why) = crate::platform::not_replaceable(&meta) {
                return Err(WriteError::NotReplaceable {
                    path: path.to_owned(),
                    why,
                });
            }
            resolved = target;
            resolved.as_path()
        }
        // Not there yet: made below.
        Err(_) => path,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // `mkdir` locks the parent folder even when the folder exists; a batch writes
    // many files into one folder, so look first.
    if !dir.is_dir() {
        std::fs::create_dir_all(dir).map_err(|error| WriteError::CreateFolder {
            path: dir.to_owned(),
            error,
        })?;
    }
    let mode = crate::platform::mode_for(std::fs::metadata(path).ok().as_ref());
    stop::tidy(dir);
    // Registered before it exists, so that a signal never finds it unknown.
    let mut tmp = tempfile::Builder::new()
        .prefix(".assure-")
        .suffix(".tmp")
        .make_in(dir, |p| stop::create_registered(p, mode))
        .map_err(|error| WriteError::Temporary {
            path: dir.to_owned(),
            error,
        })?;
    let _pending = stop::Pending(tmp.path().to_owned());
    tmp.write_all(content)
        .and_then(|()| {
            if sync {
                tmp.as_file().sync_all()
            } else {
                Ok(())
            }
        })
        .map_err(writing(path))?;
    tmp.persist(path).map_err(|e| writing(path)(e.error))?;
    Ok(())
}

/// Writes `content` to a device or a pipe (`target`, named `shown`) as it is:
/// renaming over it would replace it.
fn in_place(target: &Path, shown: &Path, content: &[u8]) -> Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(target)
        .map_err(writing(shown))?;
    f.write_all(content).map_err(writing(shown))
}

/// Writes to the file named by `path`, or to stdout when it is absent or `-`.
pub fn write(path: Option<&Path>, content: &str) -> Result<()> {
    write_bytes(path, content.as_bytes())
}

/// A binary file (a workbook) is not for a terminal: without `-o`, or with
/// `-o -` while stdout is a terminal, say how to name a file instead.
pub fn refuse_binary_on_terminal(
    path: Option<&Path>,
    example: &'static str,
) -> std::result::Result<(), BinaryOnTerminal> {
    use std::io::IsTerminal;
    let to_stdout = path.is_none_or(|p| p == Path::new("-"));
    if to_stdout && std::io::stdout().is_terminal() {
        return Err(BinaryOnTerminal { example });
    }
    Ok(())
}

/// A workbook asked for on a terminal (a usage error).
#[derive(Debug, thiserror::Error)]
#[error("a workbook is a file, not text for the terminal: give `-o {example}`")]
pub struct BinaryOnTerminal {
    example: &'static str,
}

/// The same for bytes that are not text, such as a workbook.
pub fn write_bytes(path: Option<&Path>, content: &[u8]) -> Result<()> {
    match path {
        Some(p) if p != Path::new("-") => write_atomic(p, content),
        _ => {
            ensure_stdout_open()?;
            let mut out = std::io::stdout().lock();
            out.write_all(&inert(content))
                .and_then(|()| out.flush())
                .map_err(WriteError::Stdout)
        }
    }
}

#[cfg(test)]
mod tests;
