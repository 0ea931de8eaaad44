//! Temporary files are never left behind: those of a write in progress are
//! removed when the program is stopped by a signal it can catch (Ctrl-C,
//! SIGTERM, SIGHUP), and those a killed run left (SIGKILL, a power cut) are
//! removed by the next run that writes in the same folder.
//!
//! One handler for the whole process (`ctrlc`, with its `termination`
//! feature): [`install`] at the start; `assess` adds its own way to stop
//! ([`on_stop`]), which restores the terminal and says how to carry on.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, SystemTime};

/// Files to remove on the way out: `exit` runs no destructors.
static REMOVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// What stops the program instead of the plain way ([`on_stop`]).
static HOOK: OnceLock<fn() -> !> = OnceLock::new();

/// The signal handler could not be set up.
#[derive(Debug, thiserror::Error)]
#[error("could not set up signal handling: {0}")]
pub struct NoHandler(#[from] ctrlc::Error);

/// Routes Ctrl-C, SIGTERM and SIGHUP to [`stop`]. Call once per process.
pub fn install() -> anyhow::Result<()> {
    Ok(ctrlc::set_handler(|| stop()).map_err(NoHandler)?)
}

/// Stops the program with `hook` instead (it must call [`remove_all`]).
pub fn on_stop(hook: fn() -> !) {
    let _ = HOOK.set(hook);
}

/// Removes `path` if the program is stopped.
pub fn remove_on_stop(path: PathBuf) {
    REMOVE.lock().unwrap_or_else(|e| e.into_inner()).push(path);
}

/// No longer removes `path` if the program is stopped.
pub fn keep_on_stop(path: &Path) {
    REMOVE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|p| p != path);
}

/// Removes every file registered with [`remove_on_stop`].
pub fn remove_all() {
    for path in REMOVE.lock().unwrap_or_else(|e| e.into_inner()).iter() {
        let _ = std::fs::remove_file(path);
    }
}

/// Removes what a write in progress left, then ends: exit status 1, as for
/// an interrupted `assess`.
pub fn stop() -> ! {
    if let Some(hook) = HOOK.get() {
        hook();
    }
    remove_all();
    // Not eprintln!: after SIGHUP writing may fail, and a panic in the
    // handler's thread would leave the program running.
    let _ = std::io::Write::write_all(&mut std::io::stderr(), b"\nStopped.\n");
    std::process::exit(1)
}

/// Creates the file `path`, which must not exist, with `mode` (on Unix),
/// registered with [`remove_on_stop`] before it is made: there is no moment
/// when it is there and a signal would not remove it.
pub fn create_registered(path: &Path, mode: u32) -> std::io::Result<std::fs::File> {
    remove_on_stop(path.to_owned());
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    crate::platform::set_mode(&mut options, mode);
    options.open(path).inspect_err(|_| keep_on_stop(path))
}

/// A temporary file made by [`create_registered`] for a write in progress:
/// no longer removed on a signal once the write is over (renamed, or
/// removed by its own guard).
pub struct Pending(pub PathBuf);

impl Drop for Pending {
    fn drop(&mut self) {
        keep_on_stop(&self.0);
    }
}

/// Removes the stale temporary files of `dir` the first time this run writes
/// there (a batch writes many files into one folder).
pub fn tidy(dir: &Path) {
    static SEEN: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if seen.iter().any(|d| d == dir) {
        return;
    }
    seen.push(dir.to_owned());
    drop(seen);
    remove_stale_temps(&dir.join("x"));
}

/// How old a temporary file must be to be taken for one a killed save left:
/// a save in progress writes its file in well under a second.
const STALE: Duration = Duration::from_secs(60);

/// Whether `name` is one of our temporary files: `.assure-` and six letters
/// or digits, then `.tmp` (see `output::write_atomic`).
pub fn is_our_temp(name: &str) -> bool {
    name.strip_prefix(".assure-")
        .and_then(|rest| rest.strip_suffix(".tmp"))
        .is_some_and(|mid| mid.len() == 6 && mid.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Removes our stale temporary files from the folder of `path`; returns how
/// many. Only regular files of our naming, untouched for a minute.
pub fn remove_stale_temps(path: &Path) -> usize {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    entries
        .flatten()
        .filter(|e| e.file_name().to_str().is_some_and(is_our_temp))
        .filter(|e| {
            e.metadata().is_ok_and(|m| {
                m.is_file()
                    && m.modified()
                        .ok()
                        .and_then(|t| now.duration_since(t).ok())
                        .is_some_and(|age| age >= STALE)
            })
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}
