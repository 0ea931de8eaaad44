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

#[test]
fn a_persons_header_is_kept_without_the_lines_assure_writes() {
    let text = "\n# Answers to \"Baseline\" (t 1.0.0), written by assure.\n# Turn them into a report with: assure report <this file>\n# Taken down on 10 November.\n#\n  # Not asked: logs.\n\nquestionnaire:\n  id: t\n# not the header\n";
    assert_eq!(
        super::own_header(text),
        "# Taken down on 10 November.\n#\n# Not asked: logs.\n"
    );
    assert_eq!(super::own_header("questionnaire:\n  id: t\n"), "");
    assert_eq!(
        super::own_header("# Answers to \"B\" (t 1.0.0), written by assure.\nquestionnaire: {}\n"),
        ""
    );
    // What a YAML reader would take for a line break is a space.
    assert_eq!(
        super::own_header("# one\u{2028}two\u{85}three\rfour\nquestionnaire: {}\n"),
        "# one two three four\n"
    );
}

#[test]
fn a_header_read_is_written_back_under_assures_lines_once() {
    let q = questionnaire(CONDITIONAL);
    let old = answers(&q, &format!("# Taken down by phone.\n#   with Sam\n{OLD}"));
    assert_eq!(old.header, "# Taken down by phone.\n#   with Sam\n");
    let text = write(&q, &old);
    let lines: Vec<&str> = text.lines().take(5).collect();
    assert!(lines[0].starts_with("# Answers to "), "{text}");
    assert!(lines[1].starts_with("# Turn them into a report"), "{text}");
    assert_eq!(
        lines[2..4],
        ["# Taken down by phone.", "#   with Sam"],
        "{text}"
    );
    assert_eq!(lines[4], "questionnaire:", "{text}");
    // Read and written again, it is there once; the version in the header is
    // the one the file says it answers.
    let again = write(&q, &answers(&q, &text));
    assert_eq!(again, text);
    assert!(lines[0].contains("(t 0.9.0)"), "{text}");
}
