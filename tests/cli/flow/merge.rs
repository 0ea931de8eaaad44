//! `assure merge`: conflicts (exit 2, nothing written), `--prefer reply` and
//! `--prefer ours`, numbered backups, and a reply treated as untrusted input:
//! an unknown question id, a question not asked, another questionnaire or
//! version, a malformed file, a reply that says nobody answered it.

use std::fs;
use std::path::{Path, PathBuf};

use super::{V2, arg, write};
use crate::support::{assure, diagnostics};

const OURS: &str = "questionnaire: { id: flow-check, version: 2.0.0 }\nrespondent: { organisation: Acme, date: 2026-03-01 }\nanswers:\n  remote: no\n  mfa: no\n  backups: unknown\n";

fn reply(dir: &Path, answers: &str) -> PathBuf {
    write(
        dir,
        "reply.yaml",
        &format!(
            "questionnaire: {{ id: flow-check, version: 2.0.0 }}\nrespondent: {{ role: it-provider, date: 2026-03-05 }}\nanswers:\n{answers}"
        ),
    )
}

fn merge(dir: &Path, ours: &Path, reply: &Path, extra: &[&str]) -> crate::support::Run {
    let _ = dir;
    let mut args = vec![
        "merge".to_owned(),
        arg(ours),
        arg(reply),
        "-q".into(),
        V2.into(),
    ];
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    assure(&args)
}

#[test]
fn a_reply_fills_the_unknowns_with_who_and_where_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    let r = reply(
        dir.path(),
        "  backups: { answer: daily, note: Every night at 2 }\n  restore: yes\n",
    );
    let o = merge(dir.path(), &ours, &r, &[]).run();
    o.stderr_has("From reply.yaml (by it-provider): 2 answers merged.")
        .stderr_has("  backups: \"Every day\"")
        .stderr_has(&format!(
            "the old file is kept as {}",
            arg(&dir.path().join("ours.yaml.bak"))
        ));
    let text = fs::read_to_string(&ours).unwrap();
    assert!(text.contains("  backups:\n    answer: daily\n    note: Every night at 2\n    by: it-provider\n    from: { file: reply.yaml, date: 2026-03-05 }\n"), "{text}");
    assert!(text.contains("  mfa: no\n"), "{text}");
    assert_eq!(
        fs::read_to_string(dir.path().join("ours.yaml.bak")).unwrap(),
        OURS
    );
    // A second merge keeps the first backup and numbers the next.
    let r = reply(dir.path(), "  remote: no\n  restore: yes\n");
    merge(dir.path(), &ours, &r, &[])
        .run()
        .stderr_has("Nothing new to merge");
    let r = reply(
        dir.path(),
        "  backups: daily\n  restore: yes\n  size: few\n",
    );
    merge(dir.path(), &ours, &r, &[])
        .run()
        .stderr_has("ours.yaml.bak.1");
    assert_eq!(
        fs::read_to_string(dir.path().join("ours.yaml.bak")).unwrap(),
        OURS
    );
}

#[test]
fn a_conflict_is_exit_2_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    let r = reply(dir.path(), "  mfa: yes\n  backups: daily\n");
    let o = merge(dir.path(), &ours, &r, &[]).status(2).run();
    o.stderr_has(
        "error[merge-conflict]: 1 answer in the replies differs from answers already given; nothing was written",
    )
    .stderr_has("= note: mfa: \"No\" in ours.yaml, \"Yes\" in reply.yaml (by it-provider)")
    .stderr_has("--prefer reply");
    assert_eq!(fs::read_to_string(&ours).unwrap(), OURS);
    assert!(!dir.path().join("ours.yaml.bak").exists());
}

#[test]
fn prefer_reply_takes_theirs_and_prefer_ours_keeps_ours() {
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    let r = reply(dir.path(), "  mfa: yes\n  backups: daily\n");
    let out = dir.path().join("merged.yaml");
    merge(dir.path(), &ours, &r, &["--prefer", "reply", "-o", &arg(&out)])
        .run()
        .stderr_has("  mfa: \"No\" in ours.yaml, \"Yes\" in reply.yaml (by it-provider); the reply's answer was taken");
    let text = fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("  mfa:\n    answer: yes\n    by: it-provider\n"),
        "{text}"
    );
    assert_eq!(
        fs::read_to_string(&ours).unwrap(),
        OURS,
        "with -o, ANSWERS is left alone"
    );

    merge(
        dir.path(),
        &ours,
        &r,
        &["--prefer", "ours", "-o", &arg(&out)],
    )
    .run()
    .stderr_has("; ours was kept");
    let text = fs::read_to_string(&out).unwrap();
    assert!(text.contains("  mfa: no\n"), "{text}");
    assert!(
        text.contains("  backups:\n    answer: daily\n    by: it-provider\n"),
        "{text}"
    );
}

#[test]
fn an_unknown_question_in_a_reply_gets_a_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    let r = reply(dir.path(), "  backup: daily\n");
    let o = merge(dir.path(), &ours, &r, &[]).status(2).run();
    o.stderr_has("nothing was merged");
    let d = diagnostics(&o.stderr);
    assert!(
        d.contains("error[unknown-question]") && d.contains("reply.yaml:4:3"),
        "{d}"
    );
    assert!(d.contains("did you mean `backups`?"), "{d}");
    assert_eq!(fs::read_to_string(&ours).unwrap(), OURS);
}

#[test]
fn a_reply_to_a_question_not_asked_is_not_merged_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    // `remote-mfa` is asked only when `remote` is yes; ours says no.
    let r = reply(dir.path(), "  remote-mfa: yes\n  backups: daily\n");
    let o = merge(dir.path(), &ours, &r, &[]).run();
    o.stderr_has(
        "Not merged: reply.yaml answers `remote-mfa`, which is not asked, given the other answers.",
    )
    .stderr_has("1 answer merged");
    assert!(!o.stderr.contains("hidden-answer"), "{}", o.stderr);
    assert!(!fs::read_to_string(&ours).unwrap().contains("remote-mfa"));
}

#[test]
fn a_reply_for_another_questionnaire_or_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    let other = write(
        dir.path(),
        "other.yaml",
        "questionnaire: { id: sme-baseline, version: 2.0.0 }\nrespondent: { role: it-provider }\nanswers: { mfa-email: yes }\n",
    );
    let o = merge(dir.path(), &ours, &other, &[]).status(2).run();
    let d = diagnostics(&o.stderr);
    assert!(d.contains("error[reply-mismatch]") && d.contains("other.yaml:1:22: this reply answers `sme-baseline`, but the answers file answers `flow-check`"), "{d}");
    assert!(d.contains("use `assure prefill`"), "{d}");
    let old = write(
        dir.path(),
        "old.yaml",
        "questionnaire: { id: flow-check, version: 1.0.0 }\nrespondent: { role: it-provider }\nanswers: { backups: monthly }\n",
    );
    let o = merge(dir.path(), &ours, &old, &[]).status(2).run();
    let d = diagnostics(&o.stderr);
    assert!(d.contains("this reply answers version 1.0.0 of `flow-check`, but the answers file answers version 2.0.0"), "{d}");
    assert!(
        !d.contains("invalid-answer"),
        "the version is said first: {d}"
    );
    assert_eq!(fs::read_to_string(&ours).unwrap(), OURS);
}

#[test]
fn a_malformed_reply_is_named_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    let bad = write(
        dir.path(),
        "bad.yaml",
        "questionnaire: { id: flow-check }\nrespondent: { role: it-provider }\nanswers:\n  backups: daily\n   mfa: yes\n",
    );
    let o = merge(dir.path(), &ours, &bad, &[]).status(2).run();
    let d = diagnostics(&o.stderr);
    assert!(
        d.contains("error[invalid-yaml]") && d.contains("bad.yaml:5:"),
        "{d}"
    );
    let wrong = write(
        dir.path(),
        "wrong.yaml",
        "questionnaire: { id: flow-check }\nrespondent: { role: it-provider }\nanswers:\n  backups: weekly\n",
    );
    let d = diagnostics(&merge(dir.path(), &ours, &wrong, &[]).status(2).run().stderr);
    assert!(
        d.contains("error[invalid-answer]") && d.contains("wrong.yaml:4:12"),
        "{d}"
    );
}

#[test]
fn a_reply_must_say_who_answered_it() {
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    let anon = write(
        dir.path(),
        "anon.yaml",
        "questionnaire: { id: flow-check }\nanswers: { backups: daily }\n",
    );
    let o = merge(dir.path(), &ours, &anon, &[]).status(2).run();
    o.stderr_has("this reply does not say who answered it")
        .stderr_has("respondent: { role: it-provider }");
    let named = write(
        dir.path(),
        "named.yaml",
        "questionnaire: { id: flow-check }\nrespondent: { organisation: Quayside IT }\nanswers: { backups: daily }\n",
    );
    merge(dir.path(), &ours, &named, &["-o", "-"])
        .run()
        .stdout_has("    by: Quayside IT\n");
}

#[test]
fn a_reply_filled_in_as_a_workbook_merges_like_a_yaml_one() {
    use assure::load::Catalog;
    use assure::load::config::Config;
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    let config = Config::default();
    let q = Catalog::new(&config)
        .open(&arg(&crate::support::root().join(V2)))
        .unwrap()
        .value;
    let yaml = reply(dir.path(), "  backups: daily\n  restore: no\n");
    let answers = assure::answers::load(&yaml, &q).unwrap().value;
    let book = dir.path().join("reply.xlsx");
    fs::write(
        &book,
        assure::exchange::workbook::write::render_filled(&q, &answers).unwrap(),
    )
    .unwrap();
    let o = merge(dir.path(), &ours, &book, &["-o", "-"]).run();
    o.stderr_has("From reply.xlsx (by it-provider): 2 answers merged.");
    assert!(o.stdout.contains("  backups:\n    answer: daily\n    by: it-provider\n    from: { file: reply.xlsx, date: 2026-03-05 }\n"), "{}", o.stdout);
    // And compare reads a workbook too.
    assure([
        "compare",
        &arg(&ours),
        &arg(&book),
        "-q",
        V2,
        "--format",
        "json",
    ])
    .stdout_has("\"resolved_unknowns\": [\n    \"backups\"\n  ]")
    .run();
}

#[test]
fn replies_are_taken_as_people_write_them_and_the_report_to_make_again_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    // A report made from the answers before the merge.
    write(dir.path(), "ours-report.html", "<!DOCTYPE html>");
    let r = reply(
        dir.path(),
        "  backups: every day\n  restore: \"Yes - tested in March, all files back\"\n",
    );
    let o = merge(dir.path(), &ours, &r, &[]).run();
    o.stderr_has("2 answers merged")
        .stderr_has(
            "The report made from the answers before this merge is now out of date. Make it again:",
        )
        .stderr_has(&format!(
            "assure report {} -o {}",
            arg(&ours),
            arg(&dir.path().join("ours-report.html"))
        ));
    let text = fs::read_to_string(&ours).unwrap();
    assert!(text.contains("  backups:\n    answer: daily\n"), "{text}");
    assert!(
        text.contains("  restore:\n    answer: yes\n    note: tested in March, all files back\n"),
        "{text}"
    );
}

#[test]
fn a_reply_that_is_no_answer_is_refused_with_how_to_add_words() {
    let dir = tempfile::tempdir().unwrap();
    let ours = write(dir.path(), "ours.yaml", OURS);
    let r = reply(
        dir.path(),
        "  restore: we tried it once\n  backups: weekly-ish\n",
    );
    let o = merge(dir.path(), &ours, &r, &[]).status(2).run();
    // Both refused in one run, each with the hint.
    let d = diagnostics(&o.stderr);
    assert_eq!(d.matches("error[invalid-answer]").count(), 2, "{d}");
    assert_eq!(
        d.matches("to add a few words, write them after the answer and a dash (`yes - on both laptops`), or under it as `note:`").count(),
        2,
        "{d}"
    );
    assert_eq!(fs::read_to_string(&ours).unwrap(), OURS, "nothing written");
}
