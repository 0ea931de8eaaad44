//! Running the real binary and checking what it did, in one fluent chain.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository root: tests run the binary from here so paths are stable.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A time limit for a debug build: `release` (what a release build meets with
/// room to spare, see BENCHMARKS.md) times ten, so that a slow or busy machine
/// does not fail a test at random; `ASSURE_TIME_MARGIN` sets another factor.
/// Limits only catch work that grows out of hand (an alias bomb, a huge file
/// read whole); the real figures come from the benchmark, in release.
pub fn limit(release: std::time::Duration) -> std::time::Duration {
    let factor: u32 = std::env::var("ASSURE_TIME_MARGIN")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    release * factor
}

/// A folder `qs` in `dir`, named in `dir/assure.toml` as where questionnaires
/// are looked up by id.
pub fn configured_folder(dir: &Path) -> PathBuf {
    let qs = dir.join("qs");
    std::fs::create_dir(&qs).unwrap();
    std::fs::write(dir.join("assure.toml"), "questionnaire_dirs = [\"qs\"]\n").unwrap();
    qs
}

pub struct Run {
    cmd: Command,
}

/// `assure ARGS…`, run from the repository root, with no colour and no config.
pub fn assure<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_assure"));
    cmd.args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE");
    Run { cmd }
}

impl Run {
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.cmd.current_dir(dir);
        self
    }

    #[track_caller]
    pub fn run(mut self) -> Output {
        self.cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let out = self.cmd.output().expect("the binary runs");
        let o = Output {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        assert!(
            !o.stderr.contains("panicked"),
            "the binary panicked:\n{}",
            o.stderr
        );
        o
    }
}

#[derive(Debug)]
pub struct Output {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    #[track_caller]
    pub fn code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(code),
            "exit status\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Self {
        self.code(0)
    }

    #[track_caller]
    pub fn stdout_has(&self, text: &str) -> &Self {
        assert!(
            self.stdout.contains(text),
            "stdout lacks {text:?}:\n{}",
            self.stdout
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, text: &str) -> &Self {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stderr_lacks(&self, text: &str) -> &Self {
        assert!(
            !self.stderr.contains(text),
            "stderr holds {text:?}:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_is(&self, text: &str) -> &Self {
        assert_eq!(self.stdout, text);
        self
    }
}

/// Diagnostics on stderr as stable text: `error[code] file:line:col: message`,
/// then `    help: …` and `    note: …` lines; paths relative to tests/fixtures.
pub fn diagnostics(stderr: &str) -> String {
    let mut out = String::new();
    let mut pending: Option<String> = None;
    let flush = |out: &mut String, pending: &mut Option<String>, location: &str| {
        if let Some(head) = pending.take() {
            let (kind, message) = head.split_once(": ").unwrap_or((&head, ""));
            out.push_str(&format!("{kind} {location}: {message}\n"));
        }
    };
    for line in stderr.lines() {
        let t = line.trim_start();
        let is_head = ["error[", "warning[", "note["]
            .iter()
            .any(|p| line.starts_with(p));
        if is_head {
            flush(&mut out, &mut pending, "-");
            pending = Some(line.to_owned());
        } else if let Some(loc) = t.strip_prefix("--> ") {
            let loc = loc.trim().trim_start_matches("tests/fixtures/");
            flush(&mut out, &mut pending, loc);
        } else if let Some(help) = t.strip_prefix("= help: ") {
            flush(&mut out, &mut pending, "-");
            out.push_str(&format!("    help: {help}\n"));
        } else if let Some(note) = t.strip_prefix("= note: ") {
            flush(&mut out, &mut pending, "-");
            out.push_str(&format!("    note: {note}\n"));
        }
    }
    flush(&mut out, &mut pending, "-");
    out
}
