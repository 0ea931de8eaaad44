//! Whole processes measured for the benchmarks: wall time, peak memory and exit
//! status of a child, read with wait4(2).
//!
//! A benchmark runs each measured command through a small helper process (the
//! benchmark binary again, with `--measure`), because Linux counts a child's
//! peak RSS from the process it was forked from, and a benchmark holds every
//! file it generated: the helper is freshly started and small, so its children
//! report their own peak.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `program ARGS` with its output thrown away: wall time, peak resident
/// memory in KiB, and exit status (-1 when a signal ended it).
#[cfg(unix)]
#[expect(clippy::zombie_processes, reason = "the child is reaped by wait4")]
pub fn child(program: &str, args: &[String]) -> (Duration, i64, i32) {
    let started = Instant::now();
    let child = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = i32::try_from(child.id()).unwrap();
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid; wait4 writes only to the two out
    // pointers, which live for the whole call.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    assert_eq!(waited, pid);
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (wall, usage.ru_maxrss, code)
}

/// Elsewhere, wall time and exit status; peak memory is measured on Unix only
/// (given as 0).
#[cfg(not(unix))]
pub fn child(program: &str, args: &[String]) -> (Duration, i64, i32) {
    let started = Instant::now();
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    (started.elapsed(), 0, status.code().unwrap_or(-1))
}
