//! `assure prefill`: what carries, what does not and why, the newest file wins,
//! and the library's own links (one sme-baseline assessment prefills most of
//! insurance-readiness).

use std::fs;

use super::{INSURER, V1, V2, arg, fingerprints, write};
use crate::support::{assure, diagnostics};

/// An answers file written for version 1 of flow-check.
fn v1_answers(date: &str, mfa: &str, backups: &str) -> String {
    format!(
        "questionnaire:\n  id: flow-check\n  version: 1.0.0\n{}respondent: {{ organisation: Acme, name: Sam, date: {date} }}\nanswers:\n  remote: yes\n  mfa: {{ answer: {mfa}, note: Since May }}\n  remote-mfa: unknown\n  backups: {backups}\n  size: 12\n  old-question: no\n",
        fingerprints(
            V1,
            &[
                "remote",
                "mfa",
                "remote-mfa",
                "backups",
                "size",
                "old-question"
            ]
        )
    )
}

#[test]
fn an_older_version_carries_what_still_fits_and_lists_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(
        dir.path(),
        "2025.yaml",
        &v1_answers("2025-03-10", "yes", "monthly"),
    );
    let new = dir.path().join("2026.yaml");
    let o = assure(["prefill", V2, "--from", &arg(&old), "-o", &arg(&new)]).run();
    let text = fs::read_to_string(&new).unwrap();
    // Carried, with where from; the respondent without a date.
    assert!(text.contains("  mfa:\n    answer: yes\n    note: Since May\n    from: { file: 2025.yaml, date: 2025-03-10 }\n"), "{text}");
    assert!(
        text.contains(
            "  remote:\n    answer: yes\n    from: { file: 2025.yaml, date: 2025-03-10 }\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("respondent:\n  organisation: Acme\n  name: Sam\nanswers:"),
        "{text}"
    );
    assert!(
        text.contains("  id: flow-check\n  version: 2.0.0\n  digest: sha256:"),
        "{text}"
    );
    // Not carried: "I don't know", a removed option, a retyped question, a removed question.
    for id in [
        "remote-mfa:",
        "backups:",
        "size:",
        "old-question:",
        "restore:",
    ] {
        assert!(!text.contains(&format!("  {id}")), "{id} carried:\n{text}");
    }
    o.stderr_has("Prefilled flow-check 2.0.0 with 2 of its 6 questions, from 1 file:")
        .stderr_has("     2 from 2025.yaml (answered 2025-03-10)")
        .stderr_has("Not carried (3):")
        .stderr_has("2025.yaml: backups: \"monthly\" no longer fits the question")
        .stderr_has("2025.yaml: size: \"12\" no longer fits the question")
        .stderr_has("2025.yaml: old-question: the question is no longer asked")
        .stderr_has("Left to answer: 4 questions.")
        .stderr_has("To answer the rest: assure assess");
    // The old fingerprint stays with the carried answer: `mfa` was reworded.
    assert!(
        text.contains(&fingerprints(V1, &["remote", "mfa"]).replace("  fingerprints:\n", "")),
        "{text}"
    );
}

#[test]
fn the_newest_file_wins_and_the_other_answer_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let older = write(
        dir.path(),
        "older.yaml",
        &v1_answers("2024-01-01", "no", "daily"),
    );
    let newer = write(
        dir.path(),
        "newer.yaml",
        &v1_answers("2025-01-01", "yes", "never"),
    );
    // Newest given first: the dates decide, not the order.
    let o = assure(["prefill", V2, "--from", &arg(&newer), &arg(&older)]).run();
    assert!(
        o.stdout.contains("  mfa:\n    answer: yes\n"),
        "{}",
        o.stdout
    );
    assert!(
        o.stdout
            .contains("  backups:\n    answer: never\n    from: { file: newer.yaml"),
        "{}",
        o.stdout
    );
    o.stderr_has("Disagreed, so the newest answer was kept (2):")
        .stderr_has("  mfa: kept \"Yes\" from newer.yaml; \"No\" in older.yaml")
        .stderr_has("  backups: kept \"Not at all\" from newer.yaml; \"Every day\" in older.yaml");
}

#[test]
fn through_same_as_values_are_mapped_and_what_does_not_fit_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(
        dir.path(),
        "check.yaml",
        "questionnaire: { id: flow-check, version: 2.0.0 }\nrespondent: { date: 2026-01-05 }\nanswers: { mfa: yes, backups: never, size: many, restore: yes }\n",
    );
    let o = assure(["prefill", INSURER, "-q", V2, "--from", &arg(&old)]).run();
    // `never` is `none` here, by the value table.
    assert!(
        o.stdout.contains("  backup-often:\n    answer: none\n"),
        "{}",
        o.stdout
    );
    assert!(
        o.stdout.contains("  second-step:\n    answer: yes\n"),
        "{}",
        o.stdout
    );
    o.stderr_has("check.yaml: backups: \"never\" is not one of the answers it takes")
        .stderr_has("check.yaml: size: it was answered with one choice; the question takes yes or no")
        .stderr_has(
            "warning[same-as]: `restored` is the same as `flow-check/restor`, which does not exist; nothing is carried through it",
        )
        .stderr_has("= help: did you mean `restore`?");
    assert!(!o.stdout.contains("restored:"), "{}", o.stdout);
}

#[test]
fn an_id_from_a_file_is_looked_up_never_opened_and_q_gives_the_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(
        dir.path(),
        "old.yaml",
        &v1_answers("2025-03-10", "yes", "daily"),
    );
    let new = dir.path().join("new.yaml");
    let o = assure(["prefill", INSURER, "--from", &arg(&old), "-o", &arg(&new)])
        .status(2)
        .run();
    o.stderr_has("`flow-check`, which is not a questionnaire `assure` knows");
    assert!(!new.exists(), "nothing is written");
    assure([
        "prefill",
        INSURER,
        "--from",
        &arg(&old),
        "-q",
        V2,
        "-o",
        &arg(&new),
    ])
    .run();
    assert!(new.exists());
}

#[test]
fn a_broken_earlier_file_is_an_error_with_its_place_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        dir.path(),
        "good.yaml",
        &v1_answers("2025-03-10", "yes", "daily"),
    );
    let bad = write(
        dir.path(),
        "bad.yaml",
        "questionnaire: { id: flow-check }\nanswers:\n  mfa: [yes\n",
    );
    let new = dir.path().join("new.yaml");
    let o = assure([
        "prefill",
        V2,
        "--from",
        &arg(&good),
        &arg(&bad),
        "-o",
        &arg(&new),
    ])
    .status(2)
    .run();
    o.stderr_has("nothing was written");
    let d = diagnostics(&o.stderr);
    assert!(
        d.contains("error[invalid-yaml]") && d.contains("bad.yaml:4:1"),
        "{d}"
    );
    assert!(!new.exists());
}

#[test]
fn an_existing_output_is_kept_as_a_numbered_backup() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(
        dir.path(),
        "old.yaml",
        &v1_answers("2025-03-10", "yes", "daily"),
    );
    let new = write(
        dir.path(),
        "new.yaml",
        "questionnaire: { id: flow-check }\nanswers: {}\n",
    );
    for backup in ["new.yaml.bak", "new.yaml.bak.1"] {
        assure(["prefill", V2, "--from", &arg(&old), "-o", &arg(&new)])
            .run()
            .stderr_has(&format!(
                "Kept the file that was there as {}",
                arg(&dir.path().join(backup))
            ));
    }
    assert_eq!(
        fs::read_to_string(dir.path().join("new.yaml.bak")).unwrap(),
        "questionnaire: { id: flow-check }\nanswers: {}\n"
    );
}

#[test]
fn one_sme_baseline_assessment_prefills_most_of_insurance_readiness() {
    let dir = tempfile::tempdir().unwrap();
    // The insurance check asks eight things the baseline does not (the
    // insurers' supplement: older sign-in, admin and service accounts, local
    // admin passwords, recovery targets, a response company, backups kept
    // apart, the admins' second step), so a full baseline leaves about a fifth.
    for (example, at_least) in [
        ("brightline-engineering", 75.0),
        ("harbour-bakery", 55.0),
        ("northgate-dental", 60.0),
    ] {
        let new = dir.path().join(format!("{example}.yaml"));
        let o = assure([
            "prefill",
            "insurance-readiness",
            "--from",
            &format!("examples/answers/{example}.yaml"),
            "-o",
            &arg(&new),
        ])
        .run();
        let line = o
            .stderr
            .lines()
            .find(|l| l.starts_with("Answered: "))
            .unwrap_or_else(|| panic!("{}", o.stderr));
        let pct: f64 = line
            .rsplit('(')
            .next()
            .and_then(|s| s.strip_suffix("%)."))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("{line}"));
        println!("{example} prefills insurance-readiness: {line}");
        assert!(pct >= at_least, "{example}: {line}");
        assure(["validate", &arg(&new)]).run();
    }
}

#[test]
fn carried_answers_agree_with_the_insurance_check_the_same_business_answered() {
    // Brightline answered both; what carries from the baseline is what they
    // answered in the insurance check.
    let o = assure([
        "prefill",
        "insurance-readiness",
        "--from",
        "examples/answers/brightline-engineering.yaml",
    ])
    .run();
    let real = fs::read_to_string(
        crate::support::root().join("examples/answers/brightline-insurance.yaml"),
    )
    .unwrap();
    let mut compared = 0;
    for block in o.stdout.split("\n  # ").skip(1) {
        let mut lines = block.lines().skip(1);
        let Some(head) = lines.next() else { continue };
        let id = head.trim().trim_end_matches(':');
        let Some(value) = lines.next().and_then(|l| l.trim().strip_prefix("answer: ")) else {
            continue;
        };
        let short = format!("\n  {id}: {value}\n");
        let long = format!("\n  {id}:\n    answer: {value}\n");
        if real.contains(&format!("\n  {id}:")) {
            compared += 1;
            assert!(
                real.contains(&short) || real.contains(&long),
                "{id}: {value} does not match brightline-insurance.yaml"
            );
        }
    }
    assert!(compared >= 25, "only {compared} answers compared");
}

#[test]
fn the_readme_shows_what_prefill_says() {
    let readme = fs::read_to_string(crate::support::root().join("README.md")).unwrap();
    let start = readme
        .find("```text\nPrefilled insurance-readiness")
        .expect("the README's prefill summary")
        + "```text\n".len();
    let shown = &readme[start..start + readme[start..].find("```").unwrap()];
    let o = assure([
        "prefill",
        "insurance-readiness",
        "--from",
        "examples/answers/brightline-engineering.yaml",
    ])
    .run();
    assert_eq!(o.stderr, shown);
}

#[test]
fn a_profile_takes_its_questions_from_a_file_of_its_base_and_lists_nothing_else() {
    let o = assure([
        "prefill",
        "supplier-check",
        "--from",
        "examples/answers/harbour-bakery.yaml",
    ])
    .run();
    o.stderr_has("Prefilled supplier-check 3.0.0 with 21 of its 30 questions, from 1 file:");
    assert!(
        !o.stderr.contains("Not carried"),
        "the base's other questions are not asked here, not gone: {}",
        o.stderr
    );
}
