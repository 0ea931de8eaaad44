//! One `assess` per answers file: an exclusive lock for the whole session.
//!
//! The answers file itself cannot carry the lock, since every save replaces
//! it with a new file (written aside, then renamed). So the lock is taken on a
//! small file beside it, `.NAME.assure-lock`, which also says who holds it
//! (process, user, machine, since when) for the message a second `assess`
//! prints. The operating system releases the lock when the process ends, however
//! it ends; a lock file left by a killed process is simply taken over.
//!
//! The lock belongs to the file, not to the name it was given: the lock file is
//! beside the file a symlink points to, and on Unix the answers file itself is
//! locked too (and again after each save), so that a hard link to it finds it
//! taken. `merge` and `prefill -o` take the same lock while they write.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::error::{Aside, Usage, refuse};
use crate::text::{shell, terminal};

/// Why the lock could not be taken, other than another `assess` holding it.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("could not make the lock file {}: {error}", path.display())]
    Make {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("could not write the lock file {}: {error}", path.display())]
    Write {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("could not lock {}: {error}", path.display())]
    Lock {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("could not lock {}: it keeps changing", path.display())]
    KeepsChanging { path: PathBuf },
}

/// The lock on an answers file; released (and its file removed) when dropped.
pub struct Lock {
    file: File,
    path: PathBuf,
    /// The answers file itself, locked too (on Unix), so that a second name
    /// for the same file (a hard link) finds it taken.
    held: Option<File>,
}

/// The file `answers` names, whatever the name: a symlink is followed, as
/// writing follows it, so that every name of one file has one lock.
fn real(answers: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(answers) {
        return real;
    }
    // Not made yet: its folder may still be reached through a link.
    match (answers.parent(), answers.file_name()) {
        (Some(dir), Some(name)) => {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            std::fs::canonicalize(dir).map_or_else(|_| answers.to_owned(), |d| d.join(name))
        }
        _ => answers.to_owned(),
    }
}

/// The lock file for `answers`: `.NAME.assure-lock` beside the file it names
/// (a symlink followed).
pub fn lock_path(answers: &Path) -> PathBuf {
    let answers = real(answers);
    let name = answers
        .file_name()
        .map_or_else(|| "answers".into(), |n| n.to_string_lossy().into_owned());
    answers.with_file_name(format!(".{name}.assure-lock"))
}

/// The answers file itself, locked, if there is one; `Err` if another session
/// holds it under another name.
fn hold(answers: &Path) -> Result<Option<File>, ()> {
    if !crate::platform::LOCKS_ARE_ADVISORY {
        // A mandatory lock would keep others from reading the file.
        return Ok(None);
    }
    let Ok(file) = File::open(answers) else {
        return Ok(None);
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Err(()),
        Err(TryLockError::Error(_)) => Ok(None),
    }
}

/// Whether `file` is still the file at `path` (it may have been removed and
/// made again by another process between our opening and locking it).
fn same_file(file: &File, path: &Path) -> bool {
    use crate::platform::{identity, identity_of};
    identity(file).is_some_and(|id| identity_of(path) == Some(id))
}

/// Who we are, for the lock file: "process 123, user sam, machine pc1, since
/// 2026-03-10 14:02".
fn holder() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .map(|u| format!(", user {u}"))
        .unwrap_or_default();
    let host = crate::platform::machine_name().unwrap_or_default();
    let since = jiff::Zoned::now().strftime("%Y-%m-%d %H:%M");
    let machine = if host.is_empty() {
        String::new()
    } else {
        format!(", on {host}")
    };
    format!(
        "process {}{user}{machine}, since {since}",
        std::process::id()
    )
}

impl Lock {
    /// Takes the lock on `answers`, or says who holds it (exit status 2).
    pub fn take(answers: &Path) -> Result<Lock> {
        let path = lock_path(answers);
        // A lock file removed and made again under us: try again on the new one.
        for _ in 0..5 {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(|error| LockError::Make {
                    path: path.clone(),
                    error,
                })?;
            match file.try_lock() {
                Ok(()) if same_file(&file, &path) => {
                    let Ok(held) = hold(answers) else {
                        let _ = file.unlock();
                        return Err(in_use(answers, "under another name"));
                    };
                    let written = file.set_len(0).and_then(|()| file.rewind());
                    written
                        .and_then(|()| writeln!(file, "{}", holder()))
                        .map_err(|error| LockError::Write {
                            path: path.clone(),
                            error,
                        })?;
                    crate::interactive::interrupt::remove_on_stop(path.clone());
                    return Ok(Lock { file, path, held });
                }
                Ok(()) => continue,
                Err(TryLockError::WouldBlock) => {
                    let mut who = String::new();
                    let _ = file.take(500).read_to_string(&mut who);
                    return Err(in_use(answers, &who));
                }
                // A file system without locks: carry on without one.
                Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
                    return Ok(Lock {
                        file,
                        path,
                        held: None,
                    });
                }
                Err(TryLockError::Error(e)) => {
                    return Err(LockError::Lock { path, error: e }.into());
                }
            }
        }
        Err(LockError::KeepsChanging { path }.into())
    }

    /// The lock for a command that writes an answers file at `path` once
    /// (`merge`, `prefill -o`): refused while `assess` holds it; none for
    /// stdout or a device.
    pub fn for_writing(path: &Path) -> Result<Option<Lock>> {
        let device = std::fs::metadata(path).is_ok_and(|m| !m.is_file());
        if path == Path::new("-") || device {
            return Ok(None);
        }
        Lock::take(path).map(Some)
    }

    /// After a save replaced the answers file with a new one: hold the new one.
    pub fn follow(&mut self, answers: &Path) {
        if let Ok(Some(file)) = hold(answers) {
            self.held = Some(file);
        }
    }
}

fn in_use(answers: &Path, who: &str) -> anyhow::Error {
    let who = terminal::clean_line(who).trim().to_owned();
    refuse(Usage::InUse {
        file: shell::path(answers),
        who: Aside((!who.is_empty()).then_some(who)),
    })
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still held, so that no one takes the old file meanwhile;
        // a process that opened it before is sent to the new one by `same_file`.
        crate::interactive::interrupt::keep_on_stop(&self.path);
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
        if let Some(held) = &self.held {
            let _ = held.unlock();
        }
    }
}

#[cfg(test)]
mod tests;
