use super::*;
use crate::model::answers::Value;
use crate::test;

const Q: &str = r#"
id: base
title: Base
version: 2.0.0
sections:
  - id: s
    title: S
    questions:
      - { id: remote, text: Remote access?, weight: 0 }
      - id: mfa
        text: MFA on remote access?
        critical: true
        when: { question: remote, equals: yes }
        recommendation: { title: x, text: y, effort: low }
      - { id: backups, text: Backups?, recommendation: { title: x, text: y, effort: low } }
      - { id: notes, text: Anything else?, type: text }
"#;

/// Asks one fact of `base` through `same_as`.
const OTHER: &str = r#"
id: other
title: Other
version: 1.0.0
sections:
  - id: s
    title: S
    questions:
      - { id: has-backups, text: Backups?, same_as: [base/backups], recommendation: { title: x, text: y, effort: low } }
"#;

#[test]
fn the_new_file_names_the_questionnaire_and_the_newest_respondent_without_a_date() {
    let q = test::questionnaire(Q);
    let old = test::earlier_answers(
        &q,
        "questionnaire: { id: base, version: 1.0.0 }\nrespondent: { organisation: Old Name, date: 2024-05-01 }\nanswers: { remote: yes }\n",
    );
    let new = test::earlier_answers(
        &q,
        "questionnaire: { id: base, version: 2.0.0 }\nrespondent: { organisation: New Name, name: Sam, date: 2025-05-01 }\nanswers: { backups: no }\n",
    );
    // Given newest first: the dates decide.
    let p = prefill(
        &q,
        "sha256:x",
        &[
            test::earlier("b.yaml", &q, &new),
            test::earlier("a.yaml", &q, &old),
        ],
    );
    assert_eq!(p.newest, Some(0));
    let r = &p.answers.respondent;
    assert_eq!(
        (
            r.organisation.as_deref(),
            r.name.as_deref(),
            r.date.as_deref()
        ),
        (Some("New Name"), Some("Sam"), None)
    );
    let given = &p.answers.questionnaire;
    assert_eq!(
        (
            given.id.as_str(),
            given.version.as_deref().map(|v| v.as_str()),
            given.digest.as_deref().map(|v| v.as_str())
        ),
        ("base", Some("2.0.0"), Some("sha256:x"))
    );
    assert_eq!(
        p.answers.answers.keys().collect::<Vec<_>>(),
        ["remote", "backups"]
    );
    let from = |id: &str| {
        p.answers
            .get(id)
            .and_then(|a| a.from.clone())
            .map(|f| (f.file, f.date))
    };
    assert_eq!(
        from("remote"),
        Some(("a.yaml".into(), Some("2024-05-01".into())))
    );
    assert_eq!(
        from("backups"),
        Some(("b.yaml".into(), Some("2025-05-01".into())))
    );
}

#[test]
fn an_answer_carried_by_id_keeps_its_fingerprint_and_one_through_same_as_does_not() {
    let q = test::questionnaire(Q);
    let other = test::questionnaire(OTHER);
    let mine = test::earlier_answers(
        &q,
        "questionnaire:\n  id: base\n  fingerprints: { backups: 0badf00d, remote: 12345678 }\nanswers: { backups: yes, remote: no }\n",
    );
    let p = prefill(&q, "sha256:x", &[test::earlier("mine.yaml", &q, &mine)]);
    assert_eq!(
        p.answers
            .questionnaire
            .fingerprints
            .get("backups")
            .map(String::as_str),
        Some("0badf00d")
    );
    assert_eq!(p.answers.questionnaire.fingerprints.len(), 2);

    let theirs = test::earlier_answers(
        &q,
        "questionnaire: { id: base }\nanswers: { backups: yes }\n",
    );
    let mut theirs_with = theirs.clone();
    theirs_with
        .0
        .questionnaire
        .fingerprints
        .insert("backups".into(), "0badf00d".into());
    let p = prefill(
        &other,
        "sha256:y",
        &[test::earlier("base.yaml", &q, &theirs_with)],
    );
    assert_eq!(
        p.answers.get("has-backups").map(|a| a.value.clone()),
        Some(Value::YesNo(crate::model::YesNo::Yes))
    );
    assert!(
        p.answers.questionnaire.fingerprints.is_empty(),
        "the answer was given to another question"
    );
}

#[test]
fn what_is_left_counts_questions_asked_given_the_carried_answers() {
    let q = test::questionnaire(Q);
    let none = Answers::default();
    let l = left(&q, &none);
    // `mfa` is not asked until `remote` is yes.
    assert_eq!(
        (l.asked, l.answered, l.scored, l.scored_answered),
        (3, 0, 1, 0)
    );
    assert_eq!(l.open, ["remote", "backups", "notes"]);
    assert!(l.must_haves.is_empty());

    let some = test::answers(
        &q,
        "questionnaire: { id: base }\nanswers: { remote: yes, backups: yes }\n",
    );
    let l = left(&q, &some);
    assert_eq!(
        (l.asked, l.answered, l.scored, l.scored_answered),
        (4, 2, 2, 1)
    );
    assert_eq!(l.open, ["mfa", "notes"]);
    assert_eq!(l.must_haves, ["mfa"]);
    assert_eq!(l.scored_percent(), Some(50.0));
    assert_eq!(Left::default().scored_percent(), None);
}

#[test]
fn a_same_as_to_a_question_the_other_questionnaire_lacks_is_found() {
    let q = test::questionnaire(Q);
    let other = test::questionnaire(&OTHER.replace("base/backups", "base/backup"));
    let mine = test::earlier_answers(
        &q,
        "questionnaire: { id: base }\nanswers: { backups: yes }\n",
    );
    let e = [test::earlier("base.yaml", &q, &mine)];
    assert_eq!(
        broken_links(&other, &e),
        [BrokenLink {
            question: "has-backups".into(),
            link: "base/backup".into(),
            did_you_mean: Some("backups".into()),
        }]
    );
    assert!(prefill(&other, "sha256:x", &e).answers.answers.is_empty());
    assert!(broken_links(&test::questionnaire(OTHER), &e).is_empty());
}
