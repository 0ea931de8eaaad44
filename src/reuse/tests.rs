use std::collections::HashMap;

use super::*;
use crate::diagnostic::Code;
use crate::model::answers::Value;
use crate::source::Source;
use crate::test;

/// Version 2 of a questionnaire: `freq` lost its `monthly` option, `old` is gone,
/// `size` now stops at 100, and `mfa` is reworded.
const V2: &str = r#"
id: base
title: Base
version: 2.0.0
sections:
  - id: s
    title: S
    questions:
      - { id: mfa, text: Do all staff use a second sign-in step?, recommendation: { title: x, text: y, effort: low } }
      - id: freq
        text: How often?
        type: choice
        options:
          - { value: daily, label: Daily, score: 1 }
          - { value: never, label: Never, recommendation: { title: x, text: y, effort: low } }
      - { id: size, text: How many?, type: number, max: 100 }
      - { id: notes, text: Anything else?, type: text }
"#;

/// Another questionnaire that asks two of the same facts.
const OTHER: &str = r#"
id: insurer
title: Insurer
version: 1.0.0
sections:
  - id: s
    title: S
    questions:
      - id: email-mfa
        text: MFA on email?
        same_as: [base/mfa]
        recommendation: { title: x, text: y, effort: low }
      - id: backups
        text: Backups?
        type: choice
        same_as: [base/freq]
        same_as_values: { never: none }
        options:
          - { value: daily, label: Daily, score: 1 }
          - { value: none, label: None, recommendation: { title: x, text: y, effort: low } }
"#;

#[test]
fn answers_carry_by_id_where_they_still_fit_and_the_rest_is_listed() {
    let q = test::questionnaire(V2);
    let old = test::earlier_answers(
        &q,
        "questionnaire: { id: base, version: 1.0.0 }\nrespondent: { date: 2025-03-10 }\nanswers:\n  mfa: { answer: yes, note: Since May, by: it-provider }\n  freq: monthly\n  size: 250\n  old: yes\n  notes: unknown\n",
    );
    assert_eq!(old.1.len(), 3, "{:?}", old.1);
    let c = carry(&q, &[test::earlier("2025.yaml", &q, &old)]);
    let mfa = &c.answers["mfa"].answer;
    assert_eq!(mfa.value, Value::YesNo(crate::model::YesNo::Yes));
    assert_eq!(mfa.note.as_deref(), Some("Since May"));
    assert_eq!(mfa.by.as_deref(), Some("it-provider"));
    let from = mfa.from.as_ref().unwrap();
    assert_eq!(
        (from.file.as_str(), from.date.as_deref()),
        ("2025.yaml", Some("2025-03-10"))
    );
    assert_eq!(c.answers.len(), 1, "\"I don't know\" is not carried");
    let mut why: Vec<(String, Why)> = c
        .not_carried
        .iter()
        .map(|n| (n.question.clone(), n.why.clone()))
        .collect();
    why.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        why,
        [
            ("freq".into(), Why::NoLongerFits),
            ("old".into(), Why::Removed),
            ("size".into(), Why::NoLongerFits)
        ]
    );
}

#[test]
fn the_newest_file_wins_and_the_older_answer_is_listed() {
    let q = test::questionnaire(V2);
    let older = test::earlier_answers(
        &q,
        "questionnaire: { id: base }\nrespondent: { date: 2024-01-01 }\nanswers: { mfa: no, freq: daily }\n",
    );
    let newer = test::earlier_answers(
        &q,
        "questionnaire: { id: base }\nrespondent: { date: 2025-01-01 }\nanswers: { mfa: yes }\n",
    );
    // Given newest first: the date decides, not the order.
    let c = carry(
        &q,
        &[
            test::earlier("new.yaml", &q, &newer),
            test::earlier("old.yaml", &q, &older),
        ],
    );
    assert_eq!(c.answers["mfa"].source, 0);
    assert_eq!(
        c.answers["freq"].source, 1,
        "what only the older file answers is carried from it"
    );
    assert_eq!(c.overruled.len(), 1);
    assert_eq!(c.overruled[0].question, "mfa");
    assert_eq!(c.overruled[0].source, 1);
    assert_eq!(
        c.answers.keys().collect::<Vec<_>>(),
        ["mfa", "freq"],
        "in questionnaire order"
    );
}

#[test]
fn same_as_carries_across_questionnaires_with_its_value_table() {
    let base = test::questionnaire(V2);
    let insurer = test::questionnaire(OTHER);
    let old = test::earlier_answers(
        &base,
        "questionnaire: { id: base }\nanswers: { mfa: yes, freq: never }\n",
    );
    let c = carry(&insurer, &[test::earlier("base.yaml", &base, &old)]);
    assert_eq!(c.answers["email-mfa"].question, "mfa");
    assert_eq!(
        c.answers["backups"].answer.value,
        Value::Choice("none".into())
    );
    assert!(c.not_carried.is_empty(), "{:?}", c.not_carried);
}

#[test]
fn links_are_checked_against_the_other_questionnaire() {
    let base = test::questionnaire(V2);
    let bad = OTHER
        .replace("same_as: [base/mfa]", "same_as: [base/mfaa, nowhere/x]")
        .replace(
            "same_as_values: { never: none }",
            "same_as_values: { nevr: none }",
        );
    let insurer = test::questionnaire(&bad);
    let others: HashMap<String, Questionnaire> = [("base".to_owned(), base)].into();
    let src = Source::new("insurer.yaml", bad.as_str());
    let d = links::check(&insurer, &src, &others);
    let codes: Vec<(&str, &str)> = d
        .iter()
        .map(|d| (d.code.as_str(), d.message.as_str()))
        .collect();
    assert!(
        codes
            .iter()
            .any(|(c, m)| *c == "same-as" && m.contains("no question `mfaa`")),
        "{codes:?}"
    );
    assert!(
        d.iter()
            .any(|d| d.help.as_deref() == Some("did you mean `mfa`?"))
    );
    assert!(
        codes.iter().any(|(c, _)| *c == "same-as-not-found"),
        "{codes:?}"
    );
    assert!(
        codes
            .iter()
            .any(|(c, m)| *c == "same-as-incompatible" && m.contains("`never`")),
        "{codes:?}"
    );
    assert!(
        codes
            .iter()
            .any(|(c, m)| *c == "same-as" && m.contains("`nevr`")),
        "{codes:?}"
    );
}

#[test]
fn links_of_another_type_are_incompatible() {
    let base = test::questionnaire(V2);
    let retyped = OTHER.replace("same_as: [base/mfa]", "same_as: [base/size]");
    let insurer = test::questionnaire(&retyped);
    let others: HashMap<String, Questionnaire> = [("base".to_owned(), base)].into();
    let d = links::check(&insurer, &Source::new("i.yaml", retyped.as_str()), &others);
    assert!(
        d.iter()
            .any(|d| d.code == Code::SameAsIncompatible && d.message.contains("`number` question")),
        "{d:?}"
    );
}

#[test]
fn carry_counts_say_how_many_questions_take_answers_from_each_other() {
    let base = test::questionnaire(V2);
    let insurer = test::questionnaire(OTHER);
    let others: HashMap<String, Questionnaire> = [
        ("base".to_owned(), base),
        ("insurer".to_owned(), insurer.clone()),
    ]
    .into();
    assert_eq!(
        links::carry_counts(&insurer, &others),
        [("base".to_owned(), 2)]
    );
}

#[test]
fn a_changed_question_is_told_by_its_fingerprint() {
    let q = test::questionnaire(V2);
    let mut given = crate::model::answers::QuestionnaireRef::default();
    given.fingerprints.insert("mfa".into(), "00000000".into());
    given.fingerprints.insert(
        "freq".into(),
        digest::fingerprint(q.question("freq").unwrap()),
    );
    assert_eq!(changed(&given, &q), ["mfa"]);
}
