use super::with_set_aside;
use crate::answers::write;
use crate::test::{CONDITIONAL, answers, questionnaire};

const OLD: &str = "questionnaire: { id: t, version: 0.9.0 }\nanswers:\n  cloud: yes\n  # Which devices?\n  devices:\n    answer: [tablets]\n    note: the old ones\n  gone: { answer: yes }\n";

#[test]
fn answers_set_aside_are_written_back_as_the_file_had_them() {
    let q = questionnaire(CONDITIONAL);
    let old = answers(&q, OLD);
    assert_eq!(old.set_aside.len(), 2);
    let text = with_set_aside(&write(&q, &old), &old, &old);
    assert!(
        text.ends_with("  # Set aside: given to an earlier version, asked again when you carry on.\n  devices:\n    answer: [tablets]\n    note: the old ones\n  gone: { answer: yes }\n"),
        "{text}"
    );
    // Read again, they are set aside again, and nothing else changed.
    let again = answers(&q, &text);
    let said = |a: &crate::model::answers::Answers| -> Vec<(String, Option<String>, String)> {
        a.set_aside
            .iter()
            .map(|l| (l.question.clone(), l.raw.clone(), l.why.clone()))
            .collect()
    };
    assert_eq!(said(&again), said(&old));
    assert_eq!(again.value("cloud"), old.value("cloud"));
    assert_eq!(again.answers.len(), old.answers.len());
}

#[test]
fn an_answer_given_again_replaces_the_one_set_aside() {
    let q = questionnaire(CONDITIONAL);
    let old = answers(&q, OLD);
    let mut new = old.clone();
    new.answers.insert(
        "devices".into(),
        crate::model::answers::Answer::new(crate::model::answers::Value::Multi(vec![
            "laptops".into(),
        ])),
    );
    let text = with_set_aside(&write(&q, &new), &old, &new);
    assert!(!text.contains("tablets"), "{text}");
    assert!(text.contains("  gone: { answer: yes }\n"), "{text}");
    // The file stays readable: no id twice.
    let again = answers(&q, &text);
    assert_eq!(again.set_aside.len(), 1);
}

#[test]
fn nothing_set_aside_leaves_the_file_as_written() {
    let q = questionnaire(CONDITIONAL);
    let a = answers(
        &q,
        "questionnaire: { id: t, version: 1.0.0 }\nanswers:\n  cloud: yes\n",
    );
    let text = write(&q, &a);
    assert_eq!(with_set_aside(&text, &a, &a), text);
}
