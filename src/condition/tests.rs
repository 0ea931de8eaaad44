use super::*;
use crate::model::answers::Answer;
use crate::test::questionnaire;

fn answers(list: &[(&str, Value)]) -> Answers {
    let mut a = Answers::default();
    for (id, v) in list {
        a.answers.insert((*id).to_string(), Answer::new(v.clone()));
    }
    a
}

const Q: &str = r"
id: t
title: T
version: 1.0.0
sections:
  - id: a
    title: A
    questions:
      - { id: cloud, text: Cloud?, weight: 0 }
      - id: size
        text: Staff?
        type: number
      - id: devices
        text: Devices?
        type: multi
        weight: 0
        options: [{ value: laptops, label: Laptops }, { value: phones, label: Phones }]
      - id: backup
        text: Backups?
        type: choice
        weight: 0
        options: [{ value: daily, label: Daily, score: 1 }, { value: never, label: Never }]
      - { id: q-equals, text: x, weight: 0, when: { question: cloud, equals: yes } }
      - { id: q-in, text: x, weight: 0, when: { question: backup, in: [daily, weekly-not-real] } }
      - { id: q-includes, text: x, weight: 0, when: { question: devices, includes: laptops } }
      - { id: q-range, text: x, weight: 0, when: { question: size, at_least: 10, at_most: 50 } }
      - { id: q-answered, text: x, weight: 0, when: { question: size, answered: true } }
      - { id: q-not, text: x, weight: 0, when: { not: { question: cloud, equals: yes } } }
      - { id: q-chain, text: x, weight: 0, when: { question: q-equals, equals: yes } }
  - id: b
    title: B
    when: { any: [ { question: cloud, equals: yes }, { question: size, at_least: 100 } ] }
    questions:
      - { id: in-b, text: x, weight: 0 }
";

fn shown(a: &Answers) -> Vec<(String, bool)> {
    let q = questionnaire(Q.replace("weekly-not-real", "never").as_str());
    let v = visibility(&q, a);
    q.questions()
        .enumerate()
        .map(|(i, x)| (x.id.value.clone(), v.question(i)))
        .collect()
}

fn is_shown(a: &Answers, id: &str) -> bool {
    shown(a).into_iter().find(|(x, _)| x == id).unwrap().1
}

#[test]
fn each_test_kind() {
    let a = answers(&[
        ("cloud", Value::YesNo(YesNo::Yes)),
        ("size", Value::Number(12.0)),
        ("devices", Value::Multi(vec!["laptops".into()])),
        ("backup", Value::Choice("daily".into())),
    ]);
    for id in [
        "q-equals",
        "q-in",
        "q-includes",
        "q-range",
        "q-answered",
        "in-b",
    ] {
        assert!(is_shown(&a, id), "{id} should be shown");
    }
    assert!(!is_shown(&a, "q-not"));
}

#[test]
fn unknown_na_and_unanswered_make_a_condition_false_and_not_true() {
    for v in [Value::Unknown, Value::Na, Value::Unanswered] {
        let a = answers(&[("cloud", v.clone()), ("size", v.clone())]);
        assert!(!is_shown(&a, "q-equals"), "{v:?}");
        assert!(is_shown(&a, "q-not"), "{v:?}");
        assert!(!is_shown(&a, "q-answered"), "{v:?}");
        assert!(!is_shown(&a, "in-b"), "{v:?}");
    }
}

#[test]
fn a_condition_on_a_hidden_question_is_false() {
    // q-equals is hidden when cloud is "no", even if it was answered "yes" earlier.
    let a = answers(&[
        ("cloud", Value::YesNo(YesNo::No)),
        ("q-equals", Value::YesNo(YesNo::Yes)),
    ]);
    assert!(!is_shown(&a, "q-equals"));
    assert!(!is_shown(&a, "q-chain"));
    let a = answers(&[
        ("cloud", Value::YesNo(YesNo::Yes)),
        ("q-equals", Value::YesNo(YesNo::Yes)),
    ]);
    assert!(is_shown(&a, "q-chain"));
}

#[test]
fn ranges_are_inclusive_and_sections_combine_with_any() {
    for (n, expect) in [(9.0, false), (10.0, true), (50.0, true), (51.0, false)] {
        let a = answers(&[("size", Value::Number(n))]);
        assert_eq!(is_shown(&a, "q-range"), expect, "{n}");
    }
    let a = answers(&[
        ("cloud", Value::YesNo(YesNo::No)),
        ("size", Value::Number(150.0)),
    ]);
    assert!(is_shown(&a, "in-b"));
}
