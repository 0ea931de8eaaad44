use crate::diagnostic::Code;
use crate::model::answers::Value;
use crate::test::{CONDITIONAL, questionnaire};

use super::super::AnswersFile;
use crate::source::Source;

/// Reads `text` against the conditional questionnaire (version 1.0.0).
fn read(
    text: &str,
) -> Result<
    crate::diagnostic::Loaded<crate::model::answers::Answers>,
    Vec<crate::diagnostic::Diagnostic>,
> {
    let q = questionnaire(CONDITIONAL);
    let file = AnswersFile::from_source(Source::new("a.yaml", text)).unwrap();
    file.check(&q, &crate::digest::digest(&q))
}

/// The problems of `text`, which must not load.
fn refused(text: &str, why: &str) -> Vec<crate::diagnostic::Diagnostic> {
    match read(text) {
        Ok(_) => panic!("{why}"),
        Err(diags) => diags,
    }
}

const ANSWERS: &str = "answers:\n  cloud: yes\n  gone-question: no\n  devices: [laptops, tablets]\n  staff: 9000\n  training: unknown\n";

#[test]
fn the_same_version_is_checked_strictly() {
    let text = format!("questionnaire: {{ id: t, version: 1.0.0 }}\n{ANSWERS}");
    let errors = refused(&text, "answers that do not fit are errors");
    let codes: Vec<Code> = errors.iter().map(|d| d.code).collect();
    assert!(codes.contains(&Code::UnknownQuestion), "{codes:?}");
    assert!(codes.contains(&Code::InvalidAnswer), "{codes:?}");
    assert!(codes.contains(&Code::OutOfRange), "{codes:?}");
    assert!(codes.contains(&Code::UnknownNotAllowed), "{codes:?}");
}

#[test]
fn a_file_naming_no_version_is_checked_strictly() {
    let text = format!("questionnaire: {{ id: t }}\n{ANSWERS}");
    let errors = refused(&text, "no version: checked as the same version");
    let codes: Vec<Code> = errors.iter().map(|d| d.code).collect();
    assert!(codes.contains(&Code::UnknownQuestion), "{codes:?}");
    assert!(codes.contains(&Code::InvalidAnswer), "{codes:?}");
}

#[test]
fn an_older_version_sets_aside_what_no_longer_fits() {
    let text = format!("questionnaire: {{ id: t, version: 0.9.0 }}\n{ANSWERS}");
    let loaded = read(&text).unwrap_or_else(|d| panic!("refused: {:?}", d[0].message));
    let answers = &loaded.value;
    // What still fits counts.
    assert_eq!(
        answers.value("cloud"),
        &Value::YesNo(crate::model::YesNo::Yes)
    );
    // What does not is set aside, in the file's order, with why.
    let set_aside: Vec<(&str, Code)> = answers
        .set_aside
        .iter()
        .map(|l| (l.question.as_str(), l.code))
        .collect();
    assert_eq!(
        set_aside,
        [
            ("gone-question", Code::UnknownQuestion),
            ("devices", Code::InvalidAnswer),
            ("staff", Code::OutOfRange),
            ("training", Code::UnknownNotAllowed),
        ]
    );
    for id in ["gone-question", "devices", "staff", "training"] {
        assert_eq!(
            answers.value(id),
            &Value::Unanswered,
            "{id} counts as unanswered"
        );
    }
    let gone = &answers.set_aside[0];
    assert!(gone.is_removed());
    assert_eq!(gone.raw.as_deref(), Some("no"));
    assert_eq!(gone.why, "the question is no longer in `t` 1.0.0");
    assert_eq!(
        answers.set_aside[1].raw.as_deref(),
        Some("laptops, tablets")
    );
    assert!(
        answers.set_aside[1].why.contains("`tablets`"),
        "{}",
        answers.set_aside[1].why
    );
    // One warning of one kind for each, naming the question and why.
    let warned: Vec<&str> = loaded
        .warnings
        .iter()
        .filter(|d| d.code == Code::SetAside)
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(warned.len(), 4, "{warned:?}");
    assert!(
        warned[0]
            .starts_with("the answer to `gone-question` is set aside: the question is no longer")
    );
    assert!(
        loaded
            .warnings
            .iter()
            .any(|d| d.code == Code::VersionDiffers)
    );
}

#[test]
fn the_same_version_with_another_digest_sets_aside_too() {
    let text =
        format!("questionnaire: {{ id: t, version: 1.0.0, digest: 'sha256:00' }}\n{ANSWERS}");
    let loaded = read(&text).unwrap_or_else(|d| panic!("refused: {:?}", d[0].message));
    assert_eq!(loaded.value.set_aside.len(), 4);
    assert!(
        loaded
            .warnings
            .iter()
            .any(|d| d.code == Code::DigestDiffers)
    );
}

#[test]
fn problems_of_shape_are_errors_whatever_the_version() {
    let text = "questionnaire: { id: t, version: 0.9.0 }\nanswers:\n  cloud: { answer: yes, note: [a] }\n  devices: { answer: [laptops], colour: red }\n";
    let errors = refused(text, "a note that is not text is an error");
    let codes: Vec<Code> = errors.iter().map(|d| d.code).collect();
    assert!(codes.contains(&Code::WrongType), "{codes:?}");
    assert!(codes.contains(&Code::UnknownKey), "{codes:?}");
}

#[test]
fn a_file_for_another_questionnaire_is_still_refused() {
    let text = "questionnaire: { id: other, version: 0.9.0 }\nanswers:\n  gone: no\n";
    let errors = refused(text, "another questionnaire's answers are refused");
    assert!(errors.iter().any(|d| d.code == Code::WrongQuestionnaire));
}

#[test]
fn an_answer_hidden_by_one_set_aside_says_so() {
    // `training` is asked only with 5 staff or more; the file says 9000,
    // which 1.0.0 no longer allows: the condition is not "false", its answer
    // is set aside.
    let text =
        "questionnaire: { id: t, version: 0.9.0 }\nanswers:\n  staff: 9000\n  training: yes\n";
    let loaded = read(text).unwrap_or_else(|d| panic!("refused: {:?}", d[0].message));
    let hidden: Vec<&crate::diagnostic::Diagnostic> = loaded
        .warnings
        .iter()
        .filter(|d| d.code == Code::HiddenAnswer)
        .collect();
    assert_eq!(hidden.len(), 1, "{:?}", loaded.warnings);
    assert_eq!(
        hidden[0].message,
        "the answer to `training` is kept but ignored: the question is not asked, since it depends on the answer to `staff`, which is set aside"
    );
    assert!(!hidden[0].message.contains("does not hold"));
}
