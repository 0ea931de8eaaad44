//! Running the real binary and checking what it did: one builder for every
//! launch, in the manner of just's test builder. The expected exit status is
//! part of the run (0 unless `.status(N)` says otherwise), checked together
//! with any `.stdout_has` / `.stderr_has` expectations; a failure shows the
//! command, the status and both outputs in full, at the test's line
//! (`#[track_caller]`). Both pipes are read while the child runs, so a child
//! that writes more than a pipe holds never hangs, and a child that outlives
//! its time limit is killed and reported.

// The pseudo-terminal driver and the memory measurement, Unix only, use the
// whole builder; elsewhere some of it stays unused.
#![cfg_attr(not(unix), allow(dead_code))]

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// The repository root: tests run the binary from here so paths are stable.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A time limit for a debug build: `release` (what a release build meets with
/// room to spare, see BENCHMARKS.md) times ten, so that a slow or busy machine
/// does not fail a test at random; `ASSURE_TIME_MARGIN` sets another factor.
/// Limits only catch work that grows out of hand (an alias bomb, a huge file
/// read whole); the real figures come from the benchmark, in release.
pub fn limit(release: Duration) -> Duration {
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

/// One run of the binary, being described.
pub struct Run {
    cmd: Command,
    status: Option<i32>,
    stdin: Option<Vec<u8>>,
    stdout_to: Option<std::fs::File>,
    within: Duration,
    stdout_has: Vec<String>,
    stderr_has: Vec<String>,
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
    Run {
        cmd,
        status: Some(0),
        stdin: None,
        stdout_to: None,
        within: Duration::from_secs(120),
        stdout_has: Vec::new(),
        stderr_has: Vec::new(),
    }
}

impl Run {
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.cmd.current_dir(dir);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Self {
        self.cmd.env(key, value);
        self
    }

    pub fn env_remove(mut self, key: &str) -> Self {
        self.cmd.env_remove(key);
        self
    }

    /// The exit status the run must end with (0 unless said).
    pub fn status(mut self, code: i32) -> Self {
        self.status = Some(code);
        self
    }

    /// No expected status: for a test that gathers failures itself from
    /// [`Output::code`].
    pub fn any_status(mut self) -> Self {
        self.status = None;
        self
    }

    /// What standard input holds (else it is empty, `/dev/null`).
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    /// Kills the child and fails the test if it runs longer than `limit`
    /// (two minutes unless said).
    pub fn within(mut self, limit: Duration) -> Self {
        self.within = limit;
        self
    }

    pub fn stdout_has(mut self, text: &str) -> Self {
        self.stdout_has.push(text.to_owned());
        self
    }

    pub fn stderr_has(mut self, text: &str) -> Self {
        self.stderr_has.push(text.to_owned());
        self
    }

    /// Standard output goes to `file` (`/dev/full`, say) instead of the pipe
    /// [`Output::stdout`] reads.
    pub fn stdout_to(mut self, file: std::fs::File) -> Self {
        self.stdout_to = Some(file);
        self
    }

    /// Starts the program with standard output closed, as `>&-` does.
    #[cfg(unix)]
    pub fn stdout_closed(mut self) -> Self {
        use std::os::unix::process::CommandExt;
        // SAFETY: the hook only calls close(2) on the child's descriptor 1.
        unsafe {
            self.cmd.pre_exec(|| {
                libc::close(1);
                Ok(())
            });
        }
        self
    }

    /// Runs the program as the unprivileged user `nobody` (uid and gid
    /// 65534) when the tests run as root, as CI does: root writes into
    /// read-only folders, so a permission is tested only without it.
    #[cfg(unix)]
    pub fn unprivileged(mut self) -> Self {
        use std::os::unix::process::CommandExt;
        // SAFETY: geteuid(2) has no preconditions and cannot fail.
        if unsafe { libc::geteuid() } == 0 {
            self.cmd.uid(65534).gid(65534);
        }
        self
    }

    /// The command as described, for a launcher of its own (a pseudo-terminal,
    /// a process that measures it); expectations are for [`Run::run`] only.
    pub fn command(self) -> Command {
        self.cmd
    }

    /// Runs the program to its end and checks what was expected of it.
    #[track_caller]
    pub fn run(mut self) -> Output {
        let line = command_line(&self.cmd);
        self.cmd
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(self.stdout_to.take().map_or_else(Stdio::piped, Stdio::from))
            .stderr(Stdio::piped());
        let mut child = self
            .cmd
            .spawn()
            .unwrap_or_else(|e| panic!("{line}: cannot start: {e}"));
        let input = self.stdin.take().map(|bytes| {
            let mut pipe = child.stdin.take().unwrap();
            // A child that stops reading closes the pipe: not our failure.
            std::thread::spawn(move || drop(pipe.write_all(&bytes)))
        });
        let stdout = drain(child.stdout.take());
        let stderr = drain(child.stderr.take());
        let (status, cpu) = wait_within(&mut child, self.within);
        if let Some(input) = input {
            let _ = input.join();
        }
        let o = Output {
            line,
            code: status.and_then(|s| s.code()),
            cpu,
            stdout: text(stdout),
            stderr: text(stderr),
        };
        if status.is_none() {
            o.fail(&format!("still running after {:?}: killed", self.within));
        }
        if o.stderr.contains("panicked") {
            o.fail("the binary panicked");
        }
        let mut unmet = Vec::new();
        if let Some(want) = self.status
            && o.code != Some(want)
        {
            unmet.push(format!("exit status {want}, not {:?}", o.code));
        }
        for t in &self.stdout_has {
            if !o.stdout.contains(t.as_str()) {
                unmet.push(format!("stdout holds {t:?}"));
            }
        }
        for t in &self.stderr_has {
            if !o.stderr.contains(t.as_str()) {
                unmet.push(format!("stderr holds {t:?}"));
            }
        }
        if !unmet.is_empty() {
            o.fail(&format!("expected: {}", unmet.join("; ")));
        }
        o
    }
}

/// The program and its arguments as a shell would read them, and the folder.
fn command_line(cmd: &Command) -> String {
    let mut words: Vec<OsString> = vec!["assure".into()];
    words.extend(cmd.get_args().map(OsString::from));
    let words: Vec<String> = words
        .iter()
        .map(|w| {
            let w = w.to_string_lossy();
            if w.is_empty() || w.contains(|c: char| c.is_whitespace() || c == '\'') {
                format!("{w:?}")
            } else {
                w.into_owned()
            }
        })
        .collect();
    let dir = cmd
        .get_current_dir()
        .map_or_else(|| ".".into(), |d| d.display().to_string());
    format!("`{}` in {dir}", words.join(" "))
}

/// Reads a pipe to its end on a thread of its own.
fn drain(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut all = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut all);
        }
        all
    })
}

fn text(reader: std::thread::JoinHandle<Vec<u8>>) -> String {
    String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned()
}

/// The child's status and the processor time it used, or `None` once it ran
/// past `limit` (it is then killed).
#[cfg(unix)]
fn wait_within(child: &mut Child, limit: Duration) -> (Option<ExitStatus>, Option<Duration>) {
    use std::os::unix::process::ExitStatusExt;
    let pid = i32::try_from(child.id()).unwrap();
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        let mut status = 0;
        // SAFETY: an all-zero rusage is valid; wait4 writes only to the two
        // out pointers, which live for the whole call.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let waited = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if waited == pid {
            let time = |t: libc::timeval| {
                Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
            };
            let cpu = time(usage.ru_utime) + time(usage.ru_stime);
            return (Some(ExitStatus::from_raw(status)), Some(cpu));
        }
        assert_eq!(waited, 0, "wait4: {}", std::io::Error::last_os_error());
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return (None, None);
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Elsewhere, the status only.
#[cfg(not(unix))]
fn wait_within(child: &mut Child, limit: Duration) -> (Option<ExitStatus>, Option<Duration>) {
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return (Some(status), None);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return (None, None);
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// What a run did.
#[derive(Debug)]
pub struct Output {
    /// The command line and folder, for messages.
    pub line: String,
    /// The exit status; `None` when a signal ended the program.
    pub code: Option<i32>,
    /// The processor time the program used (Unix), which a busy machine does
    /// not stretch as it stretches the time on the clock.
    pub cpu: Option<Duration>,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Fails the test, showing the whole run.
    #[track_caller]
    pub fn fail(&self, why: &str) -> ! {
        panic!(
            "{}: {why}\nexit status: {:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.line, self.code, self.stdout, self.stderr
        )
    }

    #[track_caller]
    pub fn stdout_has(&self, text: &str) -> &Self {
        if !self.stdout.contains(text) {
            self.fail(&format!("stdout lacks {text:?}"));
        }
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, text: &str) -> &Self {
        if !self.stderr.contains(text) {
            self.fail(&format!("stderr lacks {text:?}"));
        }
        self
    }

    #[track_caller]
    pub fn stderr_lacks(&self, text: &str) -> &Self {
        if self.stderr.contains(text) {
            self.fail(&format!("stderr holds {text:?}"));
        }
        self
    }

    #[track_caller]
    pub fn stdout_is(&self, text: &str) -> &Self {
        if self.stdout != text {
            self.fail(&format!("stdout is not {text:?}"));
        }
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
