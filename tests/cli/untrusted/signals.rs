//! SIGTERM or SIGHUP in the middle of a write leaves no temporary file, and a
//! temporary file a killed run left is removed by the next run that writes in
//! its folder (issue 20, item 14).

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant, SystemTime};

use crate::support::{assure, root};

fn temporaries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with(".assure-") && n.ends_with(".tmp"))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn state(pid: i32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?.1.trim_start().chars().next()
}

fn signal(pid: i32, sig: i32) {
    // SAFETY: kill(2) with the pid of our own child and a signal number.
    assert_eq!(unsafe { libc::kill(pid, sig) }, 0, "kill({pid}, {sig})");
}

/// A batch report into `out`, stopped by `sig` while a report is being
/// written (its temporary file there while the program stands stopped).
fn stop_mid_write(sig: i32) {
    let dir = tempfile::tempdir().unwrap();
    let source = root().join("examples/answers/harbour-bakery.yaml");
    let mut files = Vec::new();
    for i in 0..300 {
        let name = format!("a{i}.yaml");
        std::fs::copy(&source, dir.path().join(&name)).unwrap();
        files.push(name);
    }
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let mut args = vec!["report".to_owned()];
    args.extend(files);
    args.extend(["--format", "html", "-o", "out/", "--quiet"].map(String::from));
    let mut child = assure(args)
        .current_dir(dir.path())
        .env("RAYON_NUM_THREADS", "1")
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = i32::try_from(child.id()).unwrap();
    let started = Instant::now();
    let mut caught = false;
    while !caught && started.elapsed() < Duration::from_secs(60) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if temporaries(&out).is_empty() {
            continue;
        }
        signal(pid, libc::SIGSTOP);
        while state(pid).is_some_and(|s| s != 'T') {
            std::thread::sleep(Duration::from_micros(50));
        }
        if temporaries(&out).is_empty() {
            signal(pid, libc::SIGCONT);
            continue;
        }
        caught = true;
        signal(pid, sig);
        signal(pid, libc::SIGCONT);
    }
    let done = child.wait_with_output().unwrap();
    assert!(caught, "no write was caught in the middle (signal {sig})");
    assert_eq!(
        done.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert_eq!(temporaries(&out), Vec::<PathBuf>::new(), "signal {sig}");
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn sigterm_and_sighup_during_a_write_leave_no_temporary_file() {
    stop_mid_write(libc::SIGTERM);
    stop_mid_write(libc::SIGHUP);
}

#[test]
fn a_temporary_file_a_killed_run_left_is_removed_by_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join(".assure-k1LLed.tmp");
    let fresh = dir.path().join(".assure-wr1tng.tmp");
    let mine = dir.path().join(".assure-notes.tmp.keep");
    for path in [&stale, &fresh, &mine] {
        std::fs::write(path, "half a report").unwrap();
    }
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    let a = root().join("examples/answers/harbour-bakery.yaml");
    let report = dir.path().join("r.md");
    assure([
        "report".as_ref(),
        a.as_os_str(),
        "-o".as_ref(),
        report.as_os_str(),
    ])
    .run();
    assert!(report.is_file());
    assert!(!stale.exists(), "a stale temporary file is left");
    assert!(
        fresh.exists(),
        "a write in progress (under a minute old) is left alone"
    );
    assert!(mine.exists(), "a file not of our naming is left alone");
}
