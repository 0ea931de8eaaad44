use super::*;
use crate::diagnostic::kinds::Answering;

fn good(file: &str) -> Row {
    Row {
        file: file.into(),
        report: Some("r.md".into()),
        organisation: "Acme Ltd".into(),
        questionnaire: "sme-baseline".into(),
        version: "2.0.0".into(),
        date: "2026-11-10".into(),
        overall: Some(6.5),
        rating: "At risk".into(),
        completeness: Some(0.97),
        must_haves_not_met: 5,
        must_haves_not_known: 3,
        important: 0,
        top: false,
        failed: None,
    }
}

#[test]
fn file_names_are_shown_whole_and_a_failed_file_has_its_first_error() {
    let long = "a-very-long-answers-file-name-for-a-client-with-a-long-name-2026-11.yaml";
    let diags = vec![
        Diagnostic::error(Answering::NotAnOption {
            given: "`sometimes`".into(),
            question: "backup".into(),
        }),
        Diagnostic::error(Answering::NoOption {
            question: "second".into(),
        }),
    ];
    let rows = [
        good(long),
        Row::failed("bad.yaml".into(), Some("sme-baseline"), first_error(&diags)),
    ];
    let text = table(&rows).to_string();
    assert!(text.contains(long), "{text}");
    assert!(text.contains("FAILED"), "{text}");
    assert!(
        text.contains("`sometimes` is not an option of `backup`"),
        "{text}"
    );
    assert!(!text.contains("the second problem"), "{text}");
    for heading in ["Questionnaire", "Date answered", "Held down by"] {
        assert!(text.contains(heading), "{text}");
    }
    assert!(text.contains("sme-baseline 2.0.0") && text.contains("2026-11-10"));
}

#[test]
fn without_a_failure_there_is_no_problem_column() {
    let text = table(&[good("a.yaml")]).to_string();
    assert!(!text.contains("Problem"), "{text}");
}
