use super::*;
use crate::report::Settings;
use crate::score::assess;
use crate::test::{answers, questionnaire};

/// Every way an answer can fall short of its question, one question each,
/// and each mapped to its own reference so that the frameworks say which met.
const Q: &str = r#"
id: t
title: Test check
version: 1.0.0
frameworks: { nist-csf-2.0: NIST CSF 2.0, cis-v8: CIS Controls v8 }
sections:
  - id: protect
    title: Protect
    questions:
      - id: mfa
        text: Second step on email?
        critical: true
        maps: { nist-csf-2.0: [PR.AA-03], cis-v8: ["6.3"] }
        recommendation: { title: Turn it on, text: "Do it.", effort: low }
      - id: rdp
        text: Can anyone reach remote desktop from the internet?
        expect: no
        maps: { nist-csf-2.0: [PR.IR-01] }
        recommendation: { title: Close it, text: "Close it.", effort: low }
      - id: admin
        text: Second step for admins?
        maps: { nist-csf-2.0: [PR.AA-05] }
        recommendation: { title: Admins too, text: "Do it.", effort: low }
      - id: patch
        text: How soon are updates installed?
        type: choice
        maps: { nist-csf-2.0: [PR.PS-02] }
        options:
          - { value: fast, label: Within two weeks, score: 1 }
          - { value: slow, label: Within a month, score: 0.5 }
          - { value: never, label: No set time }
        recommendation: { title: Patch faster, text: "Faster.", effort: medium }
  - id: recover
    title: Recover
    questions:
      - id: backup
        text: Is a backup kept offline?
        maps: { nist-csf-2.0: [RC.RP-03] }
        recommendation: { title: Keep one offline, text: "Offline.", effort: medium }
      - id: cloud
        text: Are cloud services backed up?
        allow_na: true
        maps: { nist-csf-2.0: [PR.DS-11] }
        recommendation: { title: Back up the cloud, text: "Do.", effort: low }
      - id: restore
        text: Is a restore tested?
        maps: { nist-csf-2.0: [RC.RP-03] }
        recommendation: { title: Test one, text: "Test.", effort: low }
      - { id: staff, text: How many staff?, type: number }
"#;

const ANSWERS: &str = r#"questionnaire: { id: t }
respondent: { organisation: Acme Ltd, name: Ann, role: Owner, date: 2026-11-10 }
answers:
  mfa:
    answer: yes
    evidence: [sign-in-report.pdf]
  rdp:
    answer: no
    by: it-provider
    from: { file: last-year.yaml, date: 2025-01-05 }
  admin: unknown
  patch: slow
  backup: no
  cloud: na
  staff: 12
"#;

fn statement(text: &str) -> String {
    let q = questionnaire(Q);
    let a = answers(&q, text);
    let assessment = assess(&q, &a);
    let r = Report::with_digest(&assessment, "sha256:0123".into(), Settings::default());
    String::from_utf8(Markdown.export(&r).unwrap()).unwrap()
}

fn part<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md.find(&format!("## {heading}\n")).unwrap();
    let rest = &md[start + 3..];
    &rest[..rest.find("\n## ").unwrap_or(rest.len())]
}

#[test]
fn only_answers_that_fully_meet_their_question_are_in_place() {
    let md = statement(ANSWERS);
    let in_place = part(&md, "In place");
    // Yes to a yes-question, and No where No is what counts.
    assert!(in_place.contains("- Second step on email? **Yes** (evidence: sign-in-report.pdf)"));
    assert!(in_place.contains(
        "- Can anyone reach remote desktop from the internet? **No** (given by the IT provider; carried over from answers given on 2025-01-05, more than 365 days before these)"
    ));
    // Never a part-met choice, a No, an unknown, an unanswered question or an
    // answer for information.
    for not in [
        "How soon are updates installed?",
        "Is a backup kept offline?",
        "Second step for admins?",
        "Is a restore tested?",
        "How many staff?",
        "Are cloud services backed up?",
    ] {
        assert!(!in_place.contains(not), "{not} is in place:\n{in_place}");
    }
    // Topics in plain words.
    assert!(in_place.contains("### Protect: keeping criminals out of accounts"));
}

#[test]
fn what_is_open_is_counted_by_topic_and_never_named() {
    let md = statement(ANSWERS);
    let open = part(&md, "Being worked on");
    // Protect: admin not known, patch part-met; Recover: backup no, restore
    // not answered.
    assert!(open.contains("Of the 7 questions that count, 4 are open: not yet fully in place, or still to be found out."), "{open}");
    // The same count as the header's.
    assert!(md.contains(" of the 7 that count"), "{md}");
    assert!(
        open.contains("- Protect: keeping criminals out of accounts, devices and email, and software up to date: 2 open, 1 of them still to be found out"),
        "{open}"
    );
    assert!(
        open.contains("- Recover: getting data and the business back after something goes wrong: 2 open, 1 of them still to be found out"),
        "{open}"
    );
    for weakness in [
        "updates installed",
        "backup kept offline",
        "admins",
        "restore",
    ] {
        assert!(!md.contains(weakness), "{weakness} is spelt out");
    }
    assert!(
        part(&md, "Does not apply").contains("Are cloud services backed up? **Not applicable**")
    );
}

#[test]
fn framework_references_are_listed_only_when_met() {
    let md = statement(ANSWERS);
    let fw = part(&md, "Frameworks");
    // PR.AA-03 (mfa yes) and PR.IR-01 (rdp no) are met; RC.RP-03 has a No and an
    // unanswered question behind it, PR.PS-02 a part-met answer.
    assert!(
        fw.contains("- **NIST CSF 2.0**: 2 references met: PR.AA-03, PR.IR-01"),
        "{fw}"
    );
    assert!(
        fw.contains("- **CIS Controls v8**: 1 reference met: 6.3"),
        "{fw}"
    );
    for not in ["RC.RP-03", "PR.PS-02", "PR.AA-05", "PR.DS-11"] {
        assert!(!fw.contains(not), "{not}");
    }
}

#[test]
fn who_answered_when_and_to_what_is_said_and_a_missing_date_is_pointed_out() {
    let md = statement(ANSWERS);
    assert!(md.starts_with("# Acme Ltd: security statement\n"));
    assert!(md.contains("What Acme Ltd answered on 2026-11-10 to *Test check*."));
    assert!(md.contains("it is not an audit or a certification"));
    for line in [
        "- **Answered by:** Ann, Owner",
        "- **Answers given on:** 2026-11-10",
        "- **Questionnaire:** Test check, version 1.0.0",
        "- **Questionnaire digest:** `sha256:0123`",
        "- **Questions answered:** 6 of the 7 that count",
    ] {
        assert!(md.contains(line), "{line}\n{md}");
    }
    let undated = statement(&ANSWERS.replace(", date: 2026-11-10", ""));
    assert!(undated.contains("- **Answers given on:** not said"));
    assert!(undated.contains("**The answers do not say when they were given.**"));
}

#[test]
fn nothing_in_place_is_said_plainly() {
    let md = statement("questionnaire: { id: t }\nanswers:\n  mfa: no\n");
    assert!(
        part(&md, "In place").contains("None of the answers fully meets what its question asks.")
    );
    assert!(md.starts_with("# Test check: security statement\n"));
}
