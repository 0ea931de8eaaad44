use super::*;
use crate::diagnostic::kinds::Answering;

fn warning(n: usize) -> Diagnostic {
    let kind = Answering::VersionDiffers {
        given: "1.1.0".into(),
        questionnaire: "sme-baseline".into(),
        version: format!("1.{n}.0"),
    };
    Diagnostic::warning(kind).file_name(&format!("client-{n}.yaml"))
}

fn hidden() -> Diagnostic {
    let kind = Answering::Hidden {
        question: "q".into(),
        why: String::new(),
    };
    Diagnostic::warning(kind)
}

#[test]
fn thirty_files_of_warnings_are_a_line_per_code() {
    let mut t = Tally::new(Show::ByCode);
    for n in 0..30 {
        t.add(&[warning(n), hidden(), hidden()]);
    }
    t.add(&[]);
    let text = t.summary().unwrap();
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(text.starts_with("90 warnings in 30 files:\n"), "{text}");
    // Most first, each with what it means.
    assert!(
        text.contains("\n     60 hidden-answer    an answer to a question that is not asked"),
        "{text}"
    );
    assert!(
        text.contains("\n     30 version-differs  answers given"),
        "{text}"
    );
    assert!(text.ends_with("Run with --verbose to see each one, with its file and line."));
    assert_eq!(t.hidden, 0);
}

#[test]
fn no_warnings_no_summary_and_quiet_only_counts() {
    assert_eq!(Tally::new(Show::ByCode).summary(), None);
    let mut quiet = Tally::new(Show::Count);
    quiet.add(&[warning(1), hidden()]);
    assert_eq!(quiet.hidden, 2);
    assert_eq!(quiet.summary(), None);
    let mut one = Tally::new(Show::ByCode);
    one.add(&[hidden()]);
    assert!(one.summary().unwrap().starts_with("1 warning in 1 file:\n"));
}
