//! `assure compare`: across versions (a question whose options changed is
//! `question-changed`), without fingerprints (said plainly), two different
//! questionnaires refused, and the formats.

use std::fs;

use super::{V1, V2, arg, fingerprints, write};
use crate::support::assure;

fn old_file(dir: &std::path::Path, with_fingerprints: bool) -> std::path::PathBuf {
    let prints = if with_fingerprints {
        fingerprints(V1, &["remote", "mfa", "backups", "size", "old-question"])
    } else {
        String::new()
    };
    write(
        dir,
        "2025.yaml",
        &format!(
            "questionnaire:\n  id: flow-check\n  version: 1.0.0\n{prints}respondent: {{ organisation: Acme, date: 2025-03-10 }}\nanswers:\n  remote: no\n  mfa: no\n  backups: monthly\n  size: 12\n  old-question: yes\n"
        ),
    )
}

fn new_file(dir: &std::path::Path) -> std::path::PathBuf {
    write(
        dir,
        "2026.yaml",
        &format!(
            "questionnaire:\n  id: flow-check\n  version: 2.0.0\n{}respondent: {{ organisation: Acme, date: 2026-03-10 }}\nanswers:\n  remote: yes\n  mfa: yes\n  remote-mfa: {{ answer: yes, by: it-provider }}\n  backups: daily\n  size: few\n  restore: no\n",
            fingerprints(
                V2,
                &["remote", "mfa", "remote-mfa", "backups", "size", "restore"]
            )
        ),
    )
}

fn json(stdout: &str) -> serde_json::Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

fn change<'a>(j: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    j["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == id)
        .unwrap_or_else(|| panic!("{id} missing: {j}"))
}

#[test]
fn across_versions_a_question_whose_options_changed_is_reported_not_compared() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (old_file(dir.path(), true), new_file(dir.path()));
    let o = assure([
        "compare",
        &arg(&old),
        &arg(&new),
        "-q",
        V2,
        "--format",
        "json",
    ])
    .run();
    assert!(!o.stderr.contains("version-differs"), "{}", o.stderr);
    let j = json(&o.stdout);
    assert_eq!(
        change(&j, "backups")["change"],
        "question-changed",
        "an option was removed"
    );
    assert_eq!(change(&j, "backups")["old_answer"], "monthly");
    assert_eq!(change(&j, "backups")["old_status"], serde_json::Value::Null);
    assert_eq!(
        change(&j, "mfa")["change"],
        "question-changed",
        "reworded: its fingerprint differs"
    );
    assert_eq!(change(&j, "size")["change"], "question-changed", "retyped");
    assert_eq!(change(&j, "old-question")["change"], "removed");
    assert_eq!(change(&j, "restore")["change"], "added");
    assert_eq!(
        change(&j, "remote-mfa")["change"],
        "answered",
        "asked now, not before"
    );
    assert_eq!(change(&j, "remote-mfa")["old_status"], "not_asked");
    assert_eq!(change(&j, "remote-mfa")["new_by"], "it-provider");
    assert_eq!(j["fingerprints"], "recorded");
    assert_eq!(j["old"]["version"], "1.0.0");
    assert_eq!(j["new"]["version"], "2.0.0");
    assert_eq!(j["old"]["date"], "2025-03-10");
    assert_eq!(
        j["closed"],
        serde_json::json!([]),
        "changed questions are not closed"
    );
    for key in [
        "overall_change",
        "sections",
        "opened",
        "resolved_unknowns",
        "still_critical",
    ] {
        assert!(j.get(key).is_some(), "{key} missing");
    }

    let o = assure(["compare", &arg(&old), &arg(&new), "-q", V2]).run();
    let md = &o.stdout;
    assert!(
        md.contains(
            "## Questions that changed between versions\n\nThese questions were asked differently"
        ),
        "{md}"
    );
    assert!(
        md.contains("- How often are files backed up? (`backups`): was \"monthly\", now Every day"),
        "{md}"
    );
    assert!(
        md.contains("- **No longer in the questionnaire:** `old-question`"),
        "{md}"
    );
    assert!(
        md.contains("A report made at the time of an older version may show other figures."),
        "{md}"
    );
}

#[test]
fn an_old_file_without_fingerprints_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (old_file(dir.path(), false), new_file(dir.path()));
    let o = assure(["compare", &arg(&old), &arg(&new), "-q", V2]).run();
    o.stdout_has(
        "The earlier file (`2025.yaml`) does not record how each question was asked when it was answered",
    );
    // An answer that no longer fits still shows its question changed.
    o.stdout_has("(`backups`): was \"monthly\", now Every day");
    let j = json(
        &assure([
            "compare",
            &arg(&old),
            &arg(&new),
            "-q",
            V2,
            "--format",
            "json",
        ])
        .run()
        .stdout,
    );
    assert_eq!(j["fingerprints"], "not-recorded");
    assert_eq!(change(&j, "mfa")["change"], "improved");
}

#[test]
fn two_different_questionnaires_are_refused() {
    let o = assure([
        "compare",
        "examples/answers/brightline-engineering.yaml",
        "examples/answers/brightline-insurance.yaml",
    ])
    .status(2)
    .run();
    o
        .stderr_has("error[wrong-questionnaire]")
        .stderr_has("`examples/answers/brightline-engineering.yaml` answers `sme-baseline`, but `examples/answers/brightline-insurance.yaml` answers `insurance-readiness`: compare needs two assessments of the same questionnaire")
        .stderr_has("assure prefill");
    assert!(o.stdout.is_empty());
}

#[test]
fn the_format_follows_the_output_file_and_the_page_holds_no_active_content() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (old_file(dir.path(), true), new_file(dir.path()));
    for (name, starts) in [
        ("c.html", "<!DOCTYPE html>"),
        ("c.json", "{"),
        ("c.md", "# What changed: Acme"),
    ] {
        let out = dir.path().join(name);
        assure([
            "compare",
            &arg(&old),
            &arg(&new),
            "-q",
            V2,
            "-o",
            &arg(&out),
        ])
        .run();
        let text = fs::read_to_string(&out).unwrap();
        assert!(text.starts_with(starts), "{name}: {text}");
    }
    let html = fs::read_to_string(dir.path().join("c.html")).unwrap();
    assert!(html.contains("<title>What changed: Acme</title>"), "{html}");
}

#[test]
fn the_earlier_file_goes_first() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (old_file(dir.path(), true), new_file(dir.path()));
    assure(["compare", &arg(&new), &arg(&old), "-q", V2])
        .stderr_has("warning[files-out-of-order]: 2026.yaml is dated 2026-03-10 and 2025.yaml 2025-03-10: give the earlier file first")
        .run();
}
