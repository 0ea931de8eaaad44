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

#[test]
fn many_problems_in_one_file_are_all_reported_in_one_run() {
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
    o.code(2);
    assert_eq!(o.stderr.matches("error[unknown-key]").count(), 200);
}
