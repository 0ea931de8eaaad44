//! Hostile inputs are turned away quickly, with a diagnostic and exit 2.

use std::fs;
use std::time::Duration;

use crate::support::{assure, limit};

/// `validate PATH` ends within `within` (see [`limit`]) with exit 2 and a
/// diagnostic with this code.
#[track_caller]
fn refused_quickly(path: &std::path::Path, code: &str, within: Duration) {
    assure(["validate".as_ref(), path.as_os_str()])
        .within(limit(within))
        .status(2)
        .stderr_has(&format!("error[{code}]"))
        .run();
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

#[cfg(unix)]
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
        .status(2)
        .stderr_has("is a folder, not a file")
        .run();
    assure(["validate", "no/such/file.yaml"])
        .status(2)
        .stderr_has("error[file-not-found]: cannot find the file `no/such/file.yaml`")
        .run();
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
    let o = assure(["validate".as_ref(), path.as_os_str()])
        .status(2)
        .run();
    o.stderr_has("and 150 more `unknown-key` problems like those above");
    assert_eq!(o.stderr.matches("error[unknown-key]").count(), 51);
}

/// A named pipe `pipe` made in `dir` with mkfifo(3); Unix only (on Windows
/// pipes live in a namespace of their own, made by a server process).
#[cfg(unix)]
fn pipe_in(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    let path = dir.join("pipe");
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: mkfifo(3) with a NUL-terminated path and a mode.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    Some(path)
}

#[cfg(not(unix))]
fn pipe_in(_: &std::path::Path) -> Option<std::path::PathBuf> {
    None
}

/// The binary's output is read while it runs: a child writing far more than a
/// pipe holds (64 KiB) ends in time instead of waiting for a reader.
#[test]
fn a_child_writing_more_than_a_pipe_holds_is_read_as_it_runs() {
    let o = assure(["show", "sme-baseline", "--format", "yaml"])
        .within(limit(Duration::from_secs(2)))
        .run();
    assert!(o.stdout.len() > 2 * 65_536, "{} bytes", o.stdout.len());
    assert!(o.stdout.ends_with('\n') && o.stdout.contains("\nsections:\n"));
}

/// An answers file is from someone else: its questionnaire id is looked up as an
/// id, never opened as a path (a secret file, the environment, a pipe that hangs).
#[test]
fn a_questionnaire_id_from_an_answers_file_is_never_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut ids = vec![
        "/etc/passwd".to_owned(),
        "../../../../../../etc/passwd".to_owned(),
        "/proc/self/environ".to_owned(),
        r"C:\\Windows\\win.ini".to_owned(),
    ];
    ids.extend(pipe_in(dir.path()).map(|p| p.display().to_string()));
    for id in ids {
        let answers = dir.path().join("a.yaml");
        fs::write(
            &answers,
            format!("questionnaire: {{ id: \"{id}\" }}\nanswers: {{}}\n"),
        )
        .unwrap();
        for command in ["validate", "report"] {
            let o = assure([command, "a.yaml"])
                .current_dir(dir.path())
                .within(limit(Duration::from_secs(1)))
                .status(2)
                .stderr_has("error[unknown-questionnaire]")
                .run();
            o.stderr_lacks("root:").stderr_lacks("PATH=");
        }
    }
}

/// A profile's base names a file that is not a questionnaire: it is refused
/// without quoting any of its lines; a pipe is refused without waiting.
#[test]
fn a_base_that_is_not_a_questionnaire_is_not_quoted() {
    let dir = tempfile::tempdir().unwrap();
    let mut bases = vec!["/etc/passwd", "secrets.yaml", r"C:\\Windows\\win.ini"];
    if pipe_in(dir.path()).is_some() {
        bases.push("pipe");
    }
    fs::write(
        dir.path().join("secrets.yaml"),
        "password: hunter2\ntoken: abc123\n",
    )
    .unwrap();
    for base in &bases {
        fs::write(
            dir.path().join("p.yaml"),
            format!("id: p\ntitle: P\nversion: 1.0.0\nbase: \"{base}\"\n"),
        )
        .unwrap();
        let o = assure(["validate", "p.yaml"])
            .current_dir(dir.path())
            .within(limit(Duration::from_secs(1)))
            .status(2)
            .run();
        o.stderr_lacks("root:")
            .stderr_lacks("hunter2")
            .stderr_lacks("abc123");
    }
    if bases.contains(&"pipe") {
        assure(["validate", "pipe"])
            .current_dir(dir.path())
            .within(limit(Duration::from_secs(1)))
            .status(2)
            .stderr_has("error[file-unreadable]: `pipe` is a named pipe or a socket, not a file")
            .run();
    }
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
        let o = assure(&args)
            .current_dir(dir.path())
            .within(limit(Duration::from_secs(2)))
            .run();
        if args.contains(&"yaml") {
            continue; // YAML on stdout is data: its escapes are quoted.
        }
        for text in [&o.stdout, &o.stderr] {
            assert!(
                !text.contains('\u{1b}') && !text.contains('\u{7}'),
                "{args:?}: {text:?}"
            );
        }
    }
}
