//! Ctrl-C during `assess`: keep the answers, put the cursor back, say how to
//! carry on, exit 1.
//!
//! Ctrl-C reaches us two ways. While a prompt reads a key, the terminal is in raw
//! mode: the prompt reads Ctrl-C as a key, restores the terminal and returns an
//! `Interrupted` error. At any other moment the terminal
//! sends SIGINT itself. Both end in [`stop`], guarded by one lock so the message
//! is printed once; the same lock is held while the answers file is written, so
//! an interrupt never lands between writing and renaming (the rename is atomic
//! anyway; this keeps the message true).

use std::io::Write as _;
use std::sync::{Mutex, MutexGuard};

use anyhow::Result;

/// The line printed on interrupt.
static MESSAGE: Mutex<Option<String>> = Mutex::new(None);

fn lock() -> MutexGuard<'static, Option<String>> {
    MESSAGE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Routes Ctrl-C (and SIGTERM, SIGHUP: `output::stop`) to [`stop`].
pub fn install() -> Result<()> {
    crate::output::stop::on_stop(stop);
    Ok(())
}

/// Sets what [`stop`] prints.
pub fn set_message(message: String) {
    *lock() = Some(message);
}

/// Held while the answers file is written: an interrupt waits for the write.
pub fn hold() -> MutexGuard<'static, Option<String>> {
    lock()
}

/// Removes `path` if the program is stopped (the session's lock file).
pub fn remove_on_stop(path: std::path::PathBuf) {
    crate::output::stop::remove_on_stop(path);
}

/// No longer removes `path` if the program is stopped.
pub fn keep_on_stop(path: &std::path::Path) {
    crate::output::stop::keep_on_stop(path);
}

/// Restores the terminal, prints the message and exits with status 1.
pub fn stop() -> ! {
    let message = lock();
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = crossterm::execute!(std::io::stderr(), crossterm::cursor::Show);
    crate::output::stop::remove_all();
    // Not eprintln!: after SIGHUP (the terminal closed) writing fails, and a
    // panic here would leave the program running with no one to stop it.
    let _ = writeln!(
        std::io::stderr(),
        "\n\nStopped. {}",
        message.as_deref().unwrap_or("Nothing was changed.")
    );
    std::process::exit(1)
}

/// Whether an error is an interrupted prompt (Ctrl-C).
pub fn is_interrupt(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|c| c.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::Interrupted)
}
