//! The terminal closed under a running walk (its window shut, an SSH
//! connection dropped): the program gets SIGHUP and can no longer write to
//! the terminal. It must still stop, at once, leaving its answers file and
//! no lock behind, not live on reading a terminal that is gone.

use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::Stdio;
use std::time::{Duration, Instant};

use super::pty::workdir;
use crate::support::assure;

/// A new pseudo-terminal: (master, slave).
fn openpty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (-1, -1);
    // SAFETY: openpty writes two descriptors; the rest may be null.
    let done = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(done, 0, "openpty: {}", std::io::Error::last_os_error());
    for fd in [master, slave] {
        // SAFETY: fcntl(2) on a descriptor just opened. Not inherited: the
        // child must not hold the master open itself.
        assert_eq!(
            unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) },
            0
        );
    }
    // SAFETY: both were just opened, and are owned here alone.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

#[test]
fn closing_the_terminal_stops_the_walk_and_leaves_no_lock() {
    let dir = workdir();
    let (master, slave) = openpty();
    let mut cmd = assure(["assess", "critical-controls"])
        .current_dir(dir.path())
        .env("TERM", "xterm-256color")
        .command();
    cmd.stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave));
    // SAFETY: setsid(2) and ioctl(2) only: the terminal becomes the child's
    // controlling terminal, so that closing it sends SIGHUP.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    drop(cmd);
    // Read until the first prompt, then close the terminal (the thread owns
    // the only master descriptor; it goes when the thread ends).
    let reader = std::thread::spawn(move || {
        let mut master = std::fs::File::from(master);
        let (mut seen, mut buf) = (Vec::new(), [0u8; 4096]);
        while !String::from_utf8_lossy(&seen).contains("Your business or organisation") {
            match master.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => seen.extend_from_slice(&buf[..n]),
            }
        }
        String::from_utf8_lossy(&seen).into_owned()
    });
    let shown = reader.join().unwrap();
    assert!(shown.contains("Your business or organisation"), "{shown}");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("still running 20 s after its terminal closed");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(!status.success(), "{status:?}");
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.iter().all(|n| !n.contains("lock")), "{left:?}");
    assert!(
        left.iter().any(|n| n == "critical-controls-answers.yaml"),
        "{left:?}"
    );
}
