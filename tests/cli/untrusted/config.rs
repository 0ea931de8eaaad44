//! A config that repeats itself costs one reading of each folder (item 4); a
//! questionnaire written as JSON in a configured folder is listed and found, and
//! a file there that names no id is warned about (item 13).

use std::time::{Duration, Instant};

use crate::support::{assure, configured_folder, limit};

#[test]
fn a_folder_named_a_thousand_times_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let qs = configured_folder(dir.path());
    let text = super::wrapping::long_words("big", "Big", 10);
    std::fs::write(qs.join("big.yaml"), text).unwrap();
    let list = ["\"qs\"", "\"./qs\"", "\"qs/\""].repeat(20).join(", ");
    std::fs::write(
        dir.path().join("assure.toml"),
        format!("questionnaire_dirs = [{list}]\n"),
    )
    .unwrap();
    let started = Instant::now();
    let o = assure(["list", "--format", "json"])
        .current_dir(dir.path())
        .run();
    assert_eq!(
        o.stdout.matches("\"id\": \"big\"").count(),
        1,
        "{}",
        o.stdout
    );
    assert!(o.cpu.unwrap_or_else(|| started.elapsed()) < limit(Duration::from_secs(1)));
    let many = vec!["\"qs\""; 1000].join(", ");
    std::fs::write(
        dir.path().join("assure.toml"),
        format!("questionnaire_dirs = [{many}]\n"),
    )
    .unwrap();
    assure(["list"])
        .current_dir(dir.path())
        .status(2)
        .run()
        .stderr_has("names more than 64 folders");
}

#[test]
fn a_questionnaire_written_as_json_is_listed_and_found() {
    let dir = tempfile::tempdir().unwrap();
    let qs = configured_folder(dir.path());
    let json = r#"{"id": "as-json", "title": "As JSON", "version": "1.0.0", "sections": [{"id": "s", "title": "S", "questions": [{"id": "a", "text": "A?", "recommendation": {"title": "x", "text": "y", "effort": "low"}}]}]}"#;
    std::fs::write(qs.join("one-line.yaml"), json).unwrap();
    std::fs::write(qs.join("also.json"), json.replace("as-json", "also-json")).unwrap();
    std::fs::write(qs.join("no-id.yaml"), "title: Nothing to find me by\n").unwrap();
    let o = assure(["list"]).current_dir(dir.path()).run();
    o.stdout_has("as-json")
        .stdout_has("also-json")
        .stderr_has("warning[skipped-file]")
        .stderr_has("no-id.yaml` is left out: it has no `id` at its top level");
    assure(["show", "as-json"])
        .current_dir(dir.path())
        .run()
        .stdout_has("As JSON");
}
