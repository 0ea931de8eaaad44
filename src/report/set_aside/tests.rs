use super::{list, sentence};
use crate::score::assess;
use crate::test::{CONDITIONAL, answers, questionnaire};

const OLD: &str = "questionnaire: { id: t, version: 0.9.0 }\nrespondent: { date: 2026-01-02 }\nanswers:\n  cloud: yes\n  devices: [tablets]\n  gone: '=1+1'\n";

#[test]
fn each_answer_set_aside_says_its_question_and_why() {
    let q = questionnaire(CONDITIONAL);
    let a = answers(&q, OLD);
    let assessment = assess(&q, &a);
    let rows = list(&assessment);
    assert_eq!(rows.len(), 2);
    let devices = &rows[0];
    assert_eq!(devices.id, "devices");
    assert_eq!(devices.question.map(|x| x.id.as_str()), Some("devices"));
    assert_eq!(devices.section, Some("Basics"));
    assert_eq!(devices.answer, "tablets");
    assert_eq!(devices.reason, "answer-no-longer-fits");
    assert_eq!(
        devices.why,
        "The question has changed: \u{201c}tablets\u{201d} is no longer one of its answers."
    );
    let gone = &rows[1];
    assert!(gone.question.is_none() && gone.section.is_none());
    assert_eq!(gone.reason, "question-removed");
    assert_eq!(gone.why, "This question is no longer asked.");
    // The answer is kept as written, for the format to escape.
    assert_eq!(gone.answer, "=1+1");
}

#[test]
fn the_sentence_counts_them_and_names_the_version() {
    let q = questionnaire(CONDITIONAL);
    let a = answers(&q, OLD);
    let text = sentence(&assess(&q, &a)).expect("two are set aside");
    assert!(
        text.starts_with("2 answers given to version 0.9.0 no longer fit"),
        "{text}"
    );
    let current = answers(
        &q,
        "questionnaire: { id: t, version: 1.0.0 }\nanswers:\n  cloud: yes\n",
    );
    assert_eq!(sentence(&assess(&q, &current)), None);
}
