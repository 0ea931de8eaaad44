use super::*;
use crate::answers::AnswersFile;
use crate::model::YesNo;
use crate::model::answers::Value;
use crate::source::Source;
use crate::test::questionnaire;

const Q: &str = r#"
id: t
title: T
version: 1.0.0
sections:
  - id: s
    title: S
    questions:
      - { id: encrypted, text: Are laptops encrypted?, recommendation: { title: x, text: y, effort: low } }
      - id: mfa-method
        text: Which second step?
        type: choice
        options:
          - { value: app, label: Authenticator app, score: 1 }
          - { value: sms, label: Text message, score: 0.5 }
        recommendation: { title: x, text: y, effort: low }
      - id: devices
        text: Which devices?
        type: multi
        weight: 0
        options:
          - { value: laptops, label: Laptops }
          - { value: phones, label: Phones }
      - { id: staff, text: How many?, type: number }
"#;

/// The reply's answers after the reading of what people write, checked.
fn read(answers: &str) -> Result<crate::model::answers::Answers, String> {
    let q = questionnaire(Q);
    let src = Source::new(
        "reply.yaml",
        format!("questionnaire: {{ id: t }}\nanswers:\n{answers}"),
    );
    let mut file = AnswersFile::from_source(src).map_err(|d| format!("{d:?}"))?;
    file.node = as_written(&file.node, &q);
    file.check(&q, &crate::digest::digest(&q))
        .map(|l| l.value)
        .map_err(|d| {
            d.iter()
                .map(|d| d.message.clone())
                .collect::<Vec<_>>()
                .join("\n")
        })
}

#[test]
fn yes_with_a_few_words_is_a_yes_with_a_note() {
    for written in [
        "Yes - BitLocker on both laptops",
        "yes, BitLocker on both laptops",
        "Yes. BitLocker on both laptops",
        "YES (BitLocker on both laptops)",
        "Yes – BitLocker on both laptops",
    ] {
        let a = read(&format!("  encrypted: \"{written}\"\n")).unwrap();
        let got = a.get("encrypted").unwrap();
        assert_eq!(got.value, Value::YesNo(YesNo::Yes), "{written}");
        assert_eq!(
            got.note.as_deref(),
            Some("BitLocker on both laptops"),
            "{written}"
        );
    }
    let a = read("  encrypted: No.\n").unwrap();
    assert_eq!(a.value("encrypted"), &Value::YesNo(YesNo::No));
    assert_eq!(a.get("encrypted").unwrap().note, None);
}

#[test]
fn the_words_go_before_a_note_already_given() {
    let a = read("  encrypted:\n    answer: No - only one of them\n    note: The other is new.\n")
        .unwrap();
    let got = a.get("encrypted").unwrap();
    assert_eq!(got.value, Value::YesNo(YesNo::No));
    assert_eq!(
        got.note.as_deref(),
        Some("only one of them\nThe other is new.")
    );
}

#[test]
fn a_choice_is_taken_by_its_label_and_several_by_theirs() {
    let a = read("  mfa-method: authenticator app\n  devices: Laptops and phones\n").unwrap();
    assert_eq!(a.value("mfa-method"), &Value::Choice("app".into()));
    assert_eq!(
        a.value("devices"),
        &Value::Multi(vec!["laptops".into(), "phones".into()])
    );
    let a = read("  mfa-method: \"Text message - for now\"\n  devices: [Laptops]\n").unwrap();
    assert_eq!(a.value("mfa-method"), &Value::Choice("sms".into()));
    assert_eq!(
        a.get("mfa-method").unwrap().note.as_deref(),
        Some("for now")
    );
    assert_eq!(a.value("devices"), &Value::Multi(vec!["laptops".into()]));
}

#[test]
fn dont_know_is_i_dont_know_and_the_rest_is_left_to_be_refused() {
    let a = read("  encrypted: \"Don't know - ask Dan\"\n").unwrap();
    assert_eq!(a.value("encrypted"), &Value::Unknown);
    assert_eq!(a.get("encrypted").unwrap().note.as_deref(), Some("ask Dan"));
    // Words that are no answer stay as written, for the checks to refuse.
    let e = read("  encrypted: BitLocker on both laptops\n").unwrap_err();
    assert!(e.contains("`encrypted` is a yes/no question"), "{e}");
    let e = read("  mfa-method: a code by post\n").unwrap_err();
    assert!(e.contains("a code by post"), "{e}");
    // Numbers and text are what they are.
    let a = read("  staff: 12\n").unwrap();
    assert_eq!(a.value("staff"), &Value::Number(12.0));
}
