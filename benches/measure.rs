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
pub fn child(program: &str, args: &[String]) -> (Duration, i64, i32) {
    let (wall, _, kib, code) = child_with_cpu(program, args);
    (wall, kib, code)
}

/// [`child`], with the CPU time it used too (user and system): on a machine
/// shared with builds, the wall time says more about the others than about
/// the program.
#[cfg(unix)]
#[expect(clippy::zombie_processes, reason = "the child is reaped by wait4")]
pub fn child_with_cpu(program: &str, args: &[String]) -> (Duration, Duration, i64, i32) {
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
    let tv = |t: libc::timeval| {
        Duration::from_secs(u64::try_from(t.tv_sec).unwrap())
            + Duration::from_micros(u64::try_from(t.tv_usec).unwrap())
    };
    let cpu = tv(usage.ru_utime) + tv(usage.ru_stime);
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (wall, cpu, usage.ru_maxrss, code)
}

/// Elsewhere, wall time and exit status; CPU time and peak memory are
/// measured on Unix only (given as 0).
#[cfg(not(unix))]
pub fn child_with_cpu(program: &str, args: &[String]) -> (Duration, Duration, i64, i32) {
    let started = Instant::now();
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    let code = status.code().unwrap_or(-1);
    (started.elapsed(), Duration::ZERO, 0, code)
}
