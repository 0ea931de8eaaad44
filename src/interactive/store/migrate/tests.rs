use super::*;
use crate::test::{CONDITIONAL, questionnaire};

fn load_text(text: &str) -> Result<Loaded<Resumed>, Vec<Diagnostic>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, text).unwrap();
    load(&path, &questionnaire(CONDITIONAL))
}

/// The codes of the diagnostics of a file that does not load.
fn codes(loaded: Result<Loaded<Resumed>, Vec<Diagnostic>>) -> Vec<&'static str> {
    match loaded {
        Ok(_) => panic!("the file loads"),
        Err(diags) => diags.iter().map(|d| d.code.as_str()).collect(),
    }
}

fn stale(r: &Resumed) -> Vec<(&str, &Why)> {
    r.stale.iter().map(|s| (s.id.as_str(), &s.why)).collect()
}

const OLD: &str = "questionnaire:\n  id: t\n  version: 0.9.0\nanswers:\n  # How many?\n  staff: 4\n  # Do you use cloud services?\n  cloud:\n    answer: yes\n    note: M365\n  # Which?\n  devices: [tablets]\n";

#[test]
fn answers_to_changed_questions_are_found_by_their_comment() {
    let r = load_text(OLD).unwrap().value;
    assert_eq!(
        stale(&r),
        [
            ("devices", &Why::NoLongerFits("tablets".into())),
            ("cloud", &Why::Changed),
        ]
    );
    // What still fits is kept, the old version too, until asked again.
    assert_eq!(
        r.answers.value("cloud"),
        &crate::model::answers::Value::YesNo(crate::model::YesNo::Yes)
    );
    assert!(r.answers.get("devices").is_none());
    assert_eq!(
        r.answers.questionnaire.version.as_ref().unwrap().as_str(),
        "0.9.0"
    );
}

#[test]
fn an_answer_without_its_question_as_a_comment_cannot_be_checked() {
    let text = "questionnaire:\n  id: t\n  version: 0.9.0\nanswers:\n  staff: 4\n";
    let r = load_text(text).unwrap().value;
    assert_eq!(stale(&r), [("staff", &Why::Unchecked)]);
}

#[test]
fn the_same_version_carries_on_as_it_is() {
    let text = OLD
        .replace("0.9.0", "1.0.0")
        .replace("[tablets]", "[laptops]");
    let r = load_text(&text).unwrap().value;
    assert!(r.stale.is_empty(), "{:?}", r.stale);
    // And with the same version, an answer that does not fit is an error.
    assert_eq!(
        codes(load_text(&OLD.replace("0.9.0", "1.0.0"))),
        ["invalid-answer"]
    );
}

#[test]
fn a_problem_outside_the_answers_is_still_an_error() {
    let text = OLD.replace("answers:\n", "respondent: [x]\nanswers:\n");
    assert_eq!(codes(load_text(&text)), ["wrong-type"]);
}

#[test]
fn is_current_compares_version_and_digest() {
    let q = questionnaire(CONDITIONAL);
    let d = crate::digest::digest(&q);
    let mut r = QuestionnaireRef::default();
    assert!(is_current(&r, &q, &d), "nothing to compare with");
    r.version = Some(crate::yaml::Spanned::new("1.0.0".into()));
    r.digest = Some(crate::yaml::Spanned::new(d.clone()));
    assert!(is_current(&r, &q, &d));
    r.digest = Some(crate::yaml::Spanned::new("sha256:0".into()));
    assert!(!is_current(&r, &q, &d));
}

#[test]
fn old_comments_are_kept_above_answers_still_to_ask_again() {
    let text = "answers:\n  # How many?\n  staff: 4\n  # Cloud?\n  cloud: yes\n  # Which?\n  devices: [laptops]\n";
    let kept = keep_old_comments(
        text,
        &[
            ("cloud", Some("Do you use cloud services?")),
            ("staff", None),
        ],
    );
    assert_eq!(
        kept,
        "answers:\n  staff: 4\n  # Do you use cloud services?\n  cloud: yes\n  # Which?\n  devices: [laptops]\n"
    );
    // And read back, they are still found changed (or not checkable).
    let q = questionnaire(CONDITIONAL);
    let r = load_text(&format!(
        "questionnaire:\n  id: t\n  version: 0.9.0\n{kept}"
    ))
    .unwrap()
    .value;
    assert_eq!(
        stale(&r),
        [("staff", &Why::Unchecked), ("cloud", &Why::Changed)]
    );
    let _ = q;
}

#[test]
fn fingerprints_tell_what_changed_before_comments_do() {
    let q = questionnaire(CONDITIONAL);
    let staff = crate::digest::fingerprint(q.question("staff").unwrap());
    let text = format!(
        "questionnaire:\n  id: t\n  version: 0.9.0\n  fingerprints:\n    staff: {staff}\n    cloud: 0000abcd\nanswers:\n  # How many people?\n  staff: 4\n  # Cloud?\n  cloud: yes\n  # Printers?\n  printers: yes\n"
    );
    let r = load_text(&text).unwrap().value;
    assert_eq!(
        stale(&r),
        [
            ("printers", &Why::Gone("yes".into())),
            ("cloud", &Why::Changed),
        ],
        "staff's fingerprint is the same, whatever its comment says; cloud's is not"
    );
    assert_eq!(r.stale[0].comment.as_deref(), Some("Printers?"));
}

/// An answer set aside is kept as the file wrote it (issue 20, item 10), and
/// the file it is put back into reads back with it set aside again.
#[test]
fn answers_set_aside_keep_their_lines() {
    let text = "questionnaire:\n  id: t\n  version: 0.9.0\nanswers:\n    devices:\n      answer: [tablets]\n      note: the old ones\n    gone: { answer: yes }\n";
    let r = load_text(text).unwrap().value;
    let lines: Vec<&str> = r.stale.iter().filter_map(|s| s.lines.as_deref()).collect();
    assert_eq!(
        lines,
        [
            "  devices:\n    answer: [tablets]\n    note: the old ones\n",
            "  gone: { answer: yes }\n"
        ]
    );
    let kept = keep_old_answers(
        "questionnaire:\n  id: t\n  version: 0.9.0\nanswers: {}\n",
        &lines,
    );
    let again = load_text(&kept).unwrap().value;
    assert_eq!(again.stale.len(), 2, "{kept}");
    // In a flow mapping, an answer has no lines of its own: its text is kept.
    let flow =
        "questionnaire:\n  id: t\n  version: 0.9.0\nanswers: { devices: [tablets], staff: 3 }\n";
    let r = load_text(flow).unwrap().value;
    assert_eq!(
        r.stale[0].lines.as_deref(),
        Some("  devices: \"tablets\"\n")
    );
}

#[test]
fn comments_of_ones_own_are_found_and_assures_are_not() {
    let new = "# Answers to \"B\" (t 1.0.0), written by assure.\nquestionnaire:\n  id: t\nanswers:\n  # How many?\n  staff: 4\n";
    assert!(!comments_lost(new, new));
    assert!(!comments_lost(
        "questionnaire:\n  id: t\nanswers:\n  #   How many?  \n  staff:   4\n",
        new
    ));
    assert!(comments_lost(
        "questionnaire:\n  id: t\nanswers:\n  # Govern\n  staff: 4\n",
        new
    ));
    assert!(comments_lost(
        "questionnaire:\n  id: t\nanswers:\n  staff: 4\n  # checked with Sam\n",
        new
    ));
    // A comment at the end of a line is a comment too, and is not written again.
    assert!(comments_lost(
        "questionnaire:\n  id: t\nanswers:\n  staff: 4 # counted twice\n",
        new
    ));
    // A text with " #" in it, written again the same way, is no comment.
    let quoted =
        "questionnaire:\n  id: t\nanswers:\n  staff:\n    answer: 4\n    note: \"see # 4\"\n";
    assert!(!comments_lost(quoted, quoted));
}

#[test]
fn a_file_written_by_assure_has_no_comments_of_its_own() {
    let q = questionnaire(CONDITIONAL);
    let r = load_text(OLD).unwrap().value;
    let written = crate::answers::write(&q, &r.answers);
    assert!(load_text(&written).unwrap().value.stale.len() <= r.stale.len());
    assert!(!load_text(&written).unwrap().value.own_comments);
}
