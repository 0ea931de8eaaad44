use super::*;
use crate::interactive::prompt::Script;
use crate::model::YesNo;
use crate::model::answers::{Answer, Answers, Value};
use crate::test::questionnaire;

const Q: &str = r#"
id: t
title: T
version: 1.0.0
sections:
  - id: s
    title: S
    questions:
      - { id: minor, text: Minor?, recommendation: { title: Do the minor thing, text: x, effort: low } }
      - { id: must, text: Must?, critical: true, weight: 3, recommendation: { title: Do the must, text: x, effort: high } }
      - { id: known, text: Known must?, critical: true, weight: 3, recommendation: { title: Fix the known must, text: x, effort: low } }
"#;

fn answers(list: &[(&str, Value)]) -> Answers {
    let mut a = Answers::default();
    for (id, v) in list {
        a.answers.insert((*id).into(), Answer::new(v.clone()));
    }
    a
}

#[test]
fn next_steps_follow_the_plan_in_the_reports_words() {
    let q = questionnaire(Q);
    let no = Value::YesNo(YesNo::No);
    let a = answers(&[
        ("minor", no.clone()),
        ("must", Value::Unknown),
        ("known", no),
    ]);
    let assessment = crate::score::assess(&q, &a);
    let text = next_steps(&assessment).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "What to do first, in the order of the report:");
    // One line per action, in the plan's order.
    assert_eq!(lines.len(), 1 + assessment.actions.len(), "{text}");
    for (line, action) in lines[1..].iter().zip(&assessment.actions) {
        assert!(
            line.contains(&action.title()),
            "{line} for {}",
            action.question.id.value
        );
    }
    // The must-haves first, the one not known among them as the report says
    // it; the minor thing last.
    assert!(
        lines[1..3]
            .iter()
            .any(|l| *l == "  1. Find out: Must? (do now, low effort)"
                || *l == "  2. Find out: Must? (do now, low effort)"),
        "{text}"
    );
    assert!(
        lines[1..3]
            .iter()
            .any(|l| l.contains("Fix the known must (do now,")),
        "{text}"
    );
    assert!(lines[3].contains("Do the minor thing ("), "{text}");
}

#[test]
fn nothing_to_do_says_nothing() {
    let q = questionnaire(Q);
    let yes = Value::YesNo(YesNo::Yes);
    let a = answers(&[
        ("minor", yes.clone()),
        ("must", yes.clone()),
        ("known", yes),
    ]);
    assert!(next_steps(&crate::score::assess(&q, &a)).is_none());
}

#[test]
fn the_report_path_is_whole_and_says_how_to_open_it() {
    let mut p = Script::default();
    p.width = 30;
    let html = "'/tmp/my folder/a-report.html'";
    let asks = [(
        "your IT provider".to_owned(),
        "/tmp/a-letter-to-it-provider.html".to_owned(),
        "/tmp/a-for-it-provider.yaml".to_owned(),
        "a.yaml".to_owned(),
    )];
    let others = ["/tmp/a-report.md".to_owned()];
    report_ready(&mut p, Some(html), &others, &asks, "/tmp/a.yaml").unwrap();
    let s = &p.screen;
    assert!(s.contains(&format!("\n    {html}\n")), "{s}");
    assert!(
        s.contains(&format!("    {} {html}\n", crate::platform::opener())),
        "{s}"
    );
    assert!(s.contains("open this file in your"), "{s}");
    assert!(s.contains("\n    /tmp/a-report.md\n"), "{s}");
    assert!(s.contains("\n    /tmp/a.yaml"), "{s}");
    assert!(
        s.contains("\n    /tmp/a-letter-to-it-provider.html\n"),
        "{s}"
    );
    assert!(
        s.contains("\n    assure merge a.yaml /tmp/a-for-it-provider.yaml\n"),
        "{s}"
    );
}

#[test]
fn answers_not_known_are_counted_by_who_can_give_them() {
    let q = questionnaire(&Q.replace(
        "{ id: minor, text: Minor?,",
        "{ id: minor, text: Minor?, ask_whom: accountant,",
    ));
    let a = answers(&[
        ("minor", Value::Unknown),
        ("must", Value::Unknown),
        ("known", Value::Unknown),
    ]);
    let text = to_ask(&crate::score::assess(&q, &a)).unwrap();
    assert!(
        text.starts_with("3 questions are still open, answered \"I don't know\" or not yet."),
        "{text}"
    );
    assert!(text.contains("your IT provider: 2"), "{text}");
    assert!(text.contains("your accountant: 1"), "{text}");
    let yes = Value::YesNo(YesNo::Yes);
    let a = answers(&[
        ("minor", yes.clone()),
        ("must", yes.clone()),
        ("known", yes),
    ]);
    assert!(to_ask(&crate::score::assess(&q, &a)).is_none());
}
