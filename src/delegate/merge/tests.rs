use super::*;
use crate::model::YesNo;
use crate::test;

const Q: &str = r#"
id: t
title: T
version: 1.0.0
sections:
  - id: s
    title: S
    questions:
      - { id: remote, text: Remote access?, weight: 0 }
      - id: remote-mfa
        text: MFA on remote access?
        when: { question: remote, equals: yes }
        recommendation: { title: x, text: y, effort: low }
      - { id: mfa, text: MFA?, recommendation: { title: x, text: y, effort: low } }
      - { id: filter, text: Filter?, recommendation: { title: x, text: y, effort: low } }
      - { id: scan, text: Scans?, recommendation: { title: x, text: y, effort: low } }
      - { id: tools, text: Tools?, type: multi, weight: 0, options: [{ value: a, label: A }, { value: b, label: B }] }
"#;

fn reply<'a>(answers: &'a Answers) -> Reply<'a> {
    Reply {
        name: "reply.yaml".into(),
        by: "it-provider".into(),
        date: Some("2026-11-20".into()),
        answers,
    }
}

fn value(m: &Merged, id: &str) -> Option<Value> {
    m.answers.get(id).map(|a| a.value.clone())
}

#[test]
fn a_reply_fills_what_was_not_known_and_says_who_and_from_where() {
    let q = test::questionnaire(Q);
    let ours = test::answers(
        &q,
        "questionnaire: { id: t }\nanswers: { remote: no, mfa: unknown, filter: { answer: unknown, note: Ask them }, scan: no, tools: [a, b] }\n",
    );
    let theirs = test::answers(
        &q,
        "questionnaire: { id: t }\nanswers: { mfa: yes, filter: { answer: no, note: Not on our plan }, scan: no, tools: [b, a] }\n",
    );
    let m = merge(&q, &ours, &[reply(&theirs)], None);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.applied, [("mfa".to_owned(), 0), ("filter".to_owned(), 0)]);
    assert_eq!(
        m.agreed,
        [("scan".to_owned(), 0), ("tools".to_owned(), 0)],
        "a list in another order is the same"
    );
    let mfa = m.answers.get("mfa").unwrap();
    assert_eq!(mfa.value, Value::YesNo(YesNo::Yes));
    assert_eq!(mfa.by.as_deref(), Some("it-provider"));
    let from = mfa.from.as_ref().unwrap();
    assert_eq!(
        (from.file.as_str(), from.date.as_deref()),
        ("reply.yaml", Some("2026-11-20"))
    );
    assert_eq!(
        m.answers.get("filter").unwrap().note.as_deref(),
        Some("Not on our plan")
    );
    assert!(
        m.answers.get("scan").unwrap().by.is_none(),
        "an answer they agree with stays ours"
    );
    assert_eq!(
        m.answers.questionnaire.fingerprints.get("mfa"),
        Some(&digest::fingerprint(q.question("mfa").unwrap()))
    );
}

#[test]
fn a_different_known_answer_is_a_conflict_settled_only_when_asked() {
    let q = test::questionnaire(Q);
    let ours = test::answers(
        &q,
        "questionnaire: { id: t }\nanswers: { mfa: no, filter: unknown }\n",
    );
    let theirs = test::answers(
        &q,
        "questionnaire: { id: t }\nanswers: { mfa: yes, filter: yes }\n",
    );
    let m = merge(&q, &ours, &[reply(&theirs)], None);
    assert!(m.unsettled(None));
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.conflicts[0];
    assert_eq!(
        (
            c.question.as_str(),
            c.ours.value.clone(),
            c.theirs.value.clone()
        ),
        ("mfa", Value::YesNo(YesNo::No), Value::YesNo(YesNo::Yes))
    );
    assert_eq!(
        value(&m, "mfa"),
        Some(Value::YesNo(YesNo::No)),
        "not applied"
    );

    let m = merge(&q, &ours, &[reply(&theirs)], Some(Prefer::Reply));
    assert!(!m.unsettled(Some(Prefer::Reply)));
    assert_eq!(value(&m, "mfa"), Some(Value::YesNo(YesNo::Yes)));
    assert_eq!(
        m.answers.get("mfa").unwrap().by.as_deref(),
        Some("it-provider")
    );

    let m = merge(&q, &ours, &[reply(&theirs)], Some(Prefer::Ours));
    assert_eq!(value(&m, "mfa"), Some(Value::YesNo(YesNo::No)));
    assert_eq!(
        value(&m, "filter"),
        Some(Value::YesNo(YesNo::Yes)),
        "what was not known is still filled"
    );
    assert_eq!(m.conflicts.len(), 1, "the difference is still listed");
}

#[test]
fn not_knowing_never_replaces_anything_but_fills_a_blank() {
    let q = test::questionnaire(Q);
    let ours = test::answers(
        &q,
        "questionnaire: { id: t }\nanswers: { mfa: no, filter: unknown }\n",
    );
    let theirs = test::answers(
        &q,
        "questionnaire: { id: t }\nanswers: { mfa: unknown, filter: unknown, scan: unknown }\n",
    );
    let m = merge(&q, &ours, &[reply(&theirs)], None);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.applied, [("scan".to_owned(), 0)]);
    assert_eq!(value(&m, "mfa"), Some(Value::YesNo(YesNo::No)));
}

#[test]
fn an_answer_to_a_question_not_asked_is_not_merged_unless_the_reply_asks_it() {
    let q = test::questionnaire(Q);
    let ours = test::answers(&q, "questionnaire: { id: t }\nanswers: { remote: no }\n");
    let theirs = test::answers(
        &q,
        "questionnaire: { id: t }\nanswers: { remote-mfa: yes, mfa: yes }\n",
    );
    let m = merge(&q, &ours, &[reply(&theirs)], None);
    assert_eq!(m.hidden, [("remote-mfa".to_owned(), 0)]);
    assert_eq!(m.applied, [("mfa".to_owned(), 0)]);
    assert_eq!(value(&m, "remote-mfa"), None);

    // Unanswered here, and the reply says remote access exists: then it is asked.
    let ours = test::answers(&q, "questionnaire: { id: t }\nanswers: {}\n");
    let theirs = test::answers(
        &q,
        "questionnaire: { id: t }\nanswers: { remote: yes, remote-mfa: yes }\n",
    );
    let m = merge(&q, &ours, &[reply(&theirs)], None);
    assert!(m.hidden.is_empty());
    assert_eq!(value(&m, "remote-mfa"), Some(Value::YesNo(YesNo::Yes)));
}

#[test]
fn replies_are_merged_in_order_and_a_later_one_that_differs_is_a_conflict() {
    let q = test::questionnaire(Q);
    let ours = test::answers(&q, "questionnaire: { id: t }\nanswers: {}\n");
    let first = test::answers(&q, "questionnaire: { id: t }\nanswers: { mfa: yes }\n");
    let second = test::answers(&q, "questionnaire: { id: t }\nanswers: { mfa: no }\n");
    let m = merge(&q, &ours, &[reply(&first), reply(&second)], None);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].reply, 1);
    assert_eq!(value(&m, "mfa"), Some(Value::YesNo(YesNo::Yes)));
}
