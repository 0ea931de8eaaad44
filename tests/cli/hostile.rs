//! Hostile inputs are turned away quickly, with a diagnostic and exit 2.

use std::fs;
use std::time::{Duration, Instant};

use crate::support::{assure, limit};

#[track_caller]
fn refused_quickly(path: &std::path::Path, code: &str, within: Duration) {
    let started = Instant::now();
    let o = assure(["validate".as_ref(), path.as_os_str()]).run();
    let took = started.elapsed();
    o.code(2).stderr_has(&format!("error[{code}]"));
    assert!(took < limit(within), "took {took:?}");
}

#[test]
fn a_megabyte_of_open_brackets_is_refused_in_under_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brackets.yaml");
    fs::write(&path, "[".repeat(1 << 20)).unwrap();
    refused_quickly(&path, "invalid-yaml", Duration::from_secs(1));
}

#[test]
fn an_alias_bomb_is_refused_in_under_a_second() {
    let path = crate::support::root().join("tests/fixtures/invalid/questionnaire/alias-bomb.yaml");
    refused_quickly(&path, "invalid-yaml", Duration::from_secs(1));
}

#[test]
fn a_100_mib_file_is_refused_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    // Sparse: the size is set without writing 100 MiB.
    fs::File::create(&path)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    refused_quickly(&path, "file-too-large", Duration::from_millis(500));
}

#[test]
fn an_endless_device_is_cut_off_at_the_size_limit() {
    refused_quickly(
        std::path::Path::new("/dev/zero"),
        "file-too-large",
        Duration::from_secs(5),
    );
}

#[test]
fn a_folder_or_a_missing_file_is_a_clear_error() {
    assure(["validate", "questionnaires"])
        .run()
        .code(2)
        .stderr_has("is a folder, not a file");
    assure(["validate", "no/such/file.yaml"])
        .run()
        .code(2)
        .stderr_has("error[file-not-found]: cannot find the file `no/such/file.yaml`");
}

/// Every problem of a file is found in one run; past 50 of one kind, the rest
/// are counted in one line, so that a huge file cannot flood the terminal.
#[test]
fn many_problems_in_one_file_are_all_found_in_one_run() {
    let mut text = String::from(
        "id: t\ntitle: T\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n",
    );
    for i in 0..200 {
        text.push_str(&format!("      - {{ id: q{i}, text: Q?, wieght: 2, recommendation: {{ title: x, text: y, effort: low }} }}\n"));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.yaml");
    fs::write(&path, text).unwrap();
    let o = assure(["validate".as_ref(), path.as_os_str()]).run();
    o.code(2)
        .stderr_has("and 150 more `unknown-key` problems like those above");
    assert_eq!(o.stderr.matches("error[unknown-key]").count(), 51);
}

/// A path made with mkfifo(3) in `dir`.
fn fifo(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("pipe");
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: mkfifo(3) with a NUL-terminated path and a mode.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    path
}

/// Runs `assure ARGS` in `dir`, killing it if it is still running after `within`.
fn run_within(dir: &std::path::Path, args: &[&str], within: Duration) -> std::process::Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_assure"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > within {
            child.kill().unwrap();
            panic!("`assure {}` still runs after {within:?}", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// An answers file is from someone else: its questionnaire id is looked up as an
/// id, never opened as a path (a secret file, the environment, a pipe that hangs).
#[test]
fn a_questionnaire_id_from_an_answers_file_is_never_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path());
    for id in [
        "/etc/passwd",
        "../../../../../../etc/passwd",
        "/proc/self/environ",
        pipe.to_str().unwrap(),
    ] {
        let answers = dir.path().join("a.yaml");
        fs::write(
            &answers,
            format!("questionnaire: {{ id: \"{id}\" }}\nanswers: {{}}\n"),
        )
        .unwrap();
        for command in ["validate", "report"] {
            let o = run_within(
                dir.path(),
                &[command, "a.yaml"],
                limit(Duration::from_secs(1)),
            );
            let stderr = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{command} {id}: {stderr}");
            assert!(
                stderr.contains("error[unknown-questionnaire]"),
                "{command} {id}: {stderr}"
            );
            assert!(
                !stderr.contains("root:") && !stderr.contains("PATH="),
                "{command} {id} shows a file's lines: {stderr}"
            );
        }
    }
}

/// A profile's base names a file that is not a questionnaire: it is refused
/// without quoting any of its lines; a pipe is refused without waiting.
#[test]
fn a_base_that_is_not_a_questionnaire_is_not_quoted() {
    let dir = tempfile::tempdir().unwrap();
    fifo(dir.path());
    fs::write(
        dir.path().join("secrets.yaml"),
        "password: hunter2\ntoken: abc123\n",
    )
    .unwrap();
    for base in ["/etc/passwd", "secrets.yaml", "pipe"] {
        fs::write(
            dir.path().join("p.yaml"),
            format!("id: p\ntitle: P\nversion: 1.0.0\nbase: \"{base}\"\n"),
        )
        .unwrap();
        let o = run_within(
            dir.path(),
            &["validate", "p.yaml"],
            limit(Duration::from_secs(1)),
        );
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{base}: {stderr}");
        assert!(
            !stderr.contains("root:") && !stderr.contains("hunter2") && !stderr.contains("abc123"),
            "{base}: a line of the base is shown: {stderr}"
        );
    }
    let o = run_within(
        dir.path(),
        &["validate", "pipe"],
        limit(Duration::from_secs(1)),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is a named pipe"));
}

/// Titles, ids and file names from shared files reach the terminal cleaned:
/// an OSC 52 sequence (which writes the clipboard) or a colour change never
/// passes, in `validate`, `show` or `list`.
#[test]
fn text_from_files_reaches_the_terminal_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::configured_folder(dir.path());
    let q = "id: evil\ntitle: \"Evil\\e]52;c;aGVsbG8=\\a \\e[31mred\"\nversion: \"1.0.0\"\nsections:\n  - id: s\n    title: \"S\\e[2J\"\n    questions:\n      - { id: a, text: \"A\\e]0;x\\a?\", recommendation: { title: x, text: y, effort: low } }\n";
    let name = "qs/evil\u{1b}[31m.yaml";
    fs::write(dir.path().join(name), q).unwrap();
    for args in [
        vec!["validate", name],
        vec!["show", "evil"],
        vec!["list"],
        vec!["show", name, "--format", "yaml"],
    ] {
        let o = run_within(dir.path(), &args, limit(Duration::from_secs(2)));
        let out = String::from_utf8_lossy(&o.stdout);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
        if args.contains(&"yaml") {
            continue; // YAML on stdout is data: its escapes are quoted.
        }
        for text in [&out, &err] {
            assert!(
                !text.contains('\u{1b}') && !text.contains('\u{7}'),
                "{args:?}: {text:?}"
            );
        }
    }
}
