use super::*;
use crate::answers::AnswersFile;
use crate::source::Source;
use crate::test;

/// Version 2: `freq` lost its `monthly` option, `old` is gone, `new` is new,
/// `mfa` is critical.
const V2: &str = r#"
id: base
title: Base
version: 2.0.0
sections:
  - id: access
    title: Access
    questions:
      - { id: mfa, text: MFA?, critical: true, recommendation: { title: x, text: y, effort: low } }
      - { id: admin, text: Admin MFA?, recommendation: { title: x, text: y, effort: low } }
      - { id: staff, text: How many?, type: number }
  - id: backups
    title: Backups
    questions:
      - id: freq
        text: How often?
        type: choice
        recommendation: { title: x, text: y, effort: low }
        options:
          - { value: daily, label: Daily, score: 1 }
          - { value: weekly, label: Weekly, score: 0.5 }
          - { value: never, label: Never }
      - { id: restore, text: Restore tested?, recommendation: { title: x, text: y, effort: low } }
      - { id: new, text: New?, recommendation: { title: x, text: y, effort: low } }
"#;

fn read(q: &Questionnaire, text: &str) -> (Answers, Vec<Leftover>) {
    let file = AnswersFile::from_source(Source::new("f.yaml", text)).unwrap();
    let (loaded, left) = file.check_earlier(q, &digest::digest(q)).unwrap();
    (loaded.value, left)
}

fn run<'q>(
    q: &'q Questionnaire,
    old: &'q (Answers, Vec<Leftover>),
    new: &'q (Answers, Vec<Leftover>),
) -> Comparison<'q> {
    compare(
        q,
        &Side {
            file: "old.yaml".into(),
            answers: &old.0,
            leftovers: &old.1,
        },
        &Side {
            file: "new.yaml".into(),
            answers: &new.0,
            leftovers: &new.1,
        },
    )
}

fn change(c: &Comparison<'_>, id: &str) -> Change {
    c.questions
        .iter()
        .find(|x| x.id == id)
        .map(|x| x.change)
        .unwrap_or_else(|| panic!("{id} not compared"))
}

#[test]
fn two_assessments_of_one_version_compare_question_by_question() {
    let q = test::questionnaire(V2);
    let old = read(
        &q,
        "questionnaire: { id: base, version: 2.0.0 }\nrespondent: { date: 2025-11-01 }\nanswers: { mfa: no, admin: unknown, staff: 5, freq: weekly, restore: yes }\n",
    );
    let new = read(
        &q,
        "questionnaire: { id: base, version: 2.0.0 }\nrespondent: { date: 2026-11-01 }\nanswers: { mfa: yes, admin: { answer: yes, by: it-provider }, staff: 6, freq: never, new: no }\n",
    );
    let c = run(&q, &old, &new);
    assert_eq!(change(&c, "mfa"), Change::Improved);
    assert_eq!(change(&c, "admin"), Change::Improved);
    assert_eq!(
        change(&c, "staff"),
        Change::Same,
        "information only: the status is the same"
    );
    assert_eq!(change(&c, "freq"), Change::Worse);
    assert_eq!(change(&c, "restore"), Change::Unanswered);
    assert_eq!(change(&c, "new"), Change::Answered);
    assert_eq!(c.closed, ["mfa", "admin"]);
    assert!(c.opened.is_empty(), "weekly was not met: {:?}", c.opened);
    assert_eq!(c.resolved_unknowns, ["admin"]);
    assert!(c.still_critical.is_empty());
    assert_eq!(c.fingerprints, Fingerprints::SameVersion);
    let admin = c.questions.iter().find(|x| x.id == "admin").unwrap();
    assert_eq!(admin.new_by.as_deref(), Some("it-provider"));
    assert_eq!(
        (c.old.date.as_deref(), c.new.date.as_deref()),
        (Some("2025-11-01"), Some("2026-11-01"))
    );
    assert_eq!((c.old.must_haves_missing, c.new.must_haves_missing), (1, 0));
    assert_eq!(
        (c.old.rating.as_deref(), c.new.rating.as_deref()),
        (Some("At risk"), Some("At risk"))
    );
}

#[test]
fn scores_then_and_now_and_their_change() {
    let q = test::questionnaire(V2);
    let old = read(
        &q,
        "questionnaire: { id: base }\nanswers: { mfa: no, admin: no, freq: never, restore: no, new: no }\n",
    );
    let new = read(
        &q,
        "questionnaire: { id: base }\nanswers: { mfa: yes, admin: yes, freq: weekly, restore: no, new: no }\n",
    );
    let c = run(&q, &old, &new);
    assert_eq!(c.old.overall, Some(0.0));
    assert_eq!(c.new.overall, Some(50.0));
    assert_eq!(c.overall_change, Some(50.0));
    let access = &c.sections[0];
    assert_eq!(
        (access.id.as_str(), access.old, access.new, access.change),
        ("access", Some(0.0), Some(100.0), Some(100.0))
    );
    assert_eq!(c.sections[1].change, Some(100.0 / 6.0));
    assert_eq!(c.opened, Vec::<String>::new());
    let back = run(&q, &new, &old);
    assert_eq!(back.opened, ["mfa", "admin"]);
    assert_eq!(back.still_critical, ["mfa"]);
}

#[test]
fn across_versions_a_changed_question_is_not_compared() {
    let q = test::questionnaire(V2);
    // Written for version 1: `monthly` was an option then, `old` a question,
    // and `mfa` was worded otherwise (its fingerprint differs).
    let old = read(
        &q,
        &format!(
            "questionnaire:\n  id: base\n  version: 1.0.0\n  fingerprints: {{ mfa: 00000000, admin: {} }}\nanswers: {{ mfa: no, admin: no, freq: monthly, old: yes, staff: 3 }}\n",
            digest::fingerprint(q.question("admin").unwrap())
        ),
    );
    let new = read(
        &q,
        "questionnaire: { id: base, version: 2.0.0 }\nanswers: { mfa: yes, admin: yes, freq: daily, new: yes, staff: 3 }\n",
    );
    let c = run(&q, &old, &new);
    assert_eq!(
        change(&c, "mfa"),
        Change::QuestionChanged,
        "by its fingerprint"
    );
    assert_eq!(
        change(&c, "freq"),
        Change::QuestionChanged,
        "its old answer no longer fits"
    );
    assert_eq!(
        change(&c, "admin"),
        Change::Improved,
        "same fingerprint: compared"
    );
    assert_eq!(change(&c, "old"), Change::Removed);
    assert_eq!(change(&c, "new"), Change::Added);
    assert_eq!(change(&c, "restore"), Change::Added);
    let freq = c.questions.iter().find(|x| x.id == "freq").unwrap();
    assert_eq!(freq.old_raw.as_deref(), Some("monthly"));
    assert_eq!(freq.old, None);
    assert_eq!(
        c.closed,
        ["admin"],
        "changed questions are not counted as closed"
    );
    assert_eq!(c.fingerprints, Fingerprints::Recorded);
    assert_eq!(c.old.version.as_deref(), Some("1.0.0"));

    let mut bare = old.clone();
    bare.0.questionnaire.fingerprints.clear();
    let c = run(&q, &bare, &new);
    assert_eq!(c.fingerprints, Fingerprints::NotRecorded);
    assert_eq!(
        change(&c, "mfa"),
        Change::Improved,
        "without fingerprints only a misfit shows a change"
    );
    assert_eq!(change(&c, "freq"), Change::QuestionChanged);
}

#[test]
fn a_question_hidden_in_both_files_is_left_out() {
    let q = test::questionnaire(test::CONDITIONAL);
    let a = read(
        &q,
        "questionnaire: { id: t }\nanswers: { staff: 2, cloud: no }\n",
    );
    let c = run(&q, &a, &a);
    let ids: Vec<&str> = c.questions.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["staff", "cloud", "devices"]);
    assert!(c.questions.iter().all(|x| x.change == Change::Same));
}
