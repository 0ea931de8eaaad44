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
use std::path::Path;

use anyhow::{Context, Result};

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

/// The first free backup name beside `path`: `NAME.bak`, then `NAME.bak.1`,
/// `NAME.bak.2`, ..., so that no earlier backup is ever replaced.
pub fn backup_path(path: &Path) -> std::path::PathBuf {
    let with = |suffix: String| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        std::path::PathBuf::from(name)
    };
    std::iter::once(".bak".to_owned())
        .chain((1..).map(|n| format!(".bak.{n}")))
        .map(with)
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| with(".bak".into()))
}

/// Copies `path` to its first free backup name (see [`backup_path`]) and says
/// where; the original stays in place.
pub fn keep_backup(path: &Path) -> Result<std::path::PathBuf> {
    let backup = backup_path(path);
    let content =
        std::fs::read(path).with_context(|| format!("could not read {}", path.display()))?;
    write_new(&backup, &content).with_context(|| {
        format!(
            "could not keep a backup of {} as {}",
            path.display(),
            backup.display()
        )
    })?;
    Ok(backup)
}

/// Rust's stdout takes a closed descriptor for a sink and drops what is
/// written: an error that says so, instead of ending as if all went well.
pub fn ensure_stdout_open() -> Result<()> {
    if !crate::platform::stdout_is_open() {
        anyhow::bail!("could not write to standard output: it is closed");
    }
    Ok(())
}

/// How a run ends when clap stops it: a usage error (exit 2), or the help or
/// the version, which go to stdout and so fail like any other output when it is
/// closed or full.
pub fn from_clap(e: &clap::Error) -> std::process::ExitCode {
    if e.use_stderr() {
        let _ = e.print();
        return std::process::ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    }
    let printed = ensure_stdout_open().and_then(|()| {
        e.print()?;
        std::io::Write::flush(&mut std::io::stdout())?;
        Ok(())
    });
    match printed {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => crate::error::exit_status(&err.context("could not write to standard output")),
    }
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
            let meta = std::fs::metadata(&target)
                .with_context(|| format!("could not write {}", path.display()))?;
            if !meta.is_file() {
                if meta.is_dir() {
                    anyhow::bail!("could not write {}: it is a folder", path.display());
                }
                return in_place(&target, path, content);
            }
            if let Some(why) = crate::platform::not_replaceable(&meta) {
                anyhow::bail!("could not write {}: {why}", path.display());
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
        std::fs::create_dir_all(dir)
            .with_context(|| format!("could not create the folder {}", dir.display()))?;
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".assure-").suffix(".tmp");
    if let Some(p) = crate::platform::permissions_for(std::fs::metadata(path).ok().as_ref()) {
        builder.permissions(p);
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .with_context(|| format!("could not create a temporary file in {}", dir.display()))?;
    tmp.write_all(content)
        .and_then(|()| {
            if sync {
                tmp.as_file().sync_all()
            } else {
                Ok(())
            }
        })
        .with_context(|| format!("could not write {}", path.display()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("could not write {}", path.display()))?;
    Ok(())
}

/// Writes `content` to a device or a pipe (`target`, named `shown`) as it is.
fn in_place(target: &Path, shown: &Path, content: &[u8]) -> Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(target)
        .with_context(|| format!("could not write {}", shown.display()))?;
    f.write_all(content)
        .with_context(|| format!("could not write {}", shown.display()))
}

/// Writes to the file named by `path`, or to stdout when it is absent or `-`.
pub fn write(path: Option<&Path>, content: &str) -> Result<()> {
    write_bytes(path, content.as_bytes())
}

/// A binary file (a workbook) is not for a terminal: without `-o`, or with
/// `-o -` while stdout is a terminal, say how to name a file instead.
pub fn refuse_binary_on_terminal(path: Option<&Path>, example: &str) -> Result<()> {
    use std::io::IsTerminal;
    let to_stdout = path.is_none_or(|p| p == Path::new("-"));
    if to_stdout && std::io::stdout().is_terminal() {
        return Err(crate::error::UserError::Usage(format!(
            "a workbook is a file, not text for the terminal: give `-o {example}`"
        ))
        .into());
    }
    Ok(())
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
                .context("could not write to standard output")
        }
    }
}

#[cfg(test)]
mod tests;
