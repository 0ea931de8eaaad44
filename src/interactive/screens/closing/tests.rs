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
fn next_steps_follow_the_plan_and_name_must_haves() {
    let q = questionnaire(Q);
    let no = Value::YesNo(YesNo::No);
    let a = answers(&[
        ("minor", no.clone()),
        ("must", Value::Unknown),
        ("known", no),
    ]);
    let assessment = crate::score::assess(&q, &a);
    let text = next_steps(&assessment).unwrap();
    // The same order as the report's plan.
    let titles: Vec<String> = assessment
        .actions
        .iter()
        .map(|x| x.question.id.value.clone())
        .collect();
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} in {text}"));
    let order: Vec<usize> = titles
        .iter()
        .map(|id| match id.as_str() {
            "minor" => at("Do the minor thing"),
            "must" => at("Find out this week: Must? (must-have)"),
            _ => at("Fix the known must (must-have)"),
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{titles:?}\n{text}");
    assert!(
        text.starts_with("What to do next, most important first:\nDo now\n  1. "),
        "{text}"
    );
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
    report_ready(
        &mut p,
        Some(html),
        &["/tmp/a-report.md".into()],
        "/tmp/a.yaml",
    )
    .unwrap();
    let s = &p.screen;
    assert!(s.contains(&format!("\n    {html}\n")), "{s}");
    assert!(s.contains(&format!("    {} {html}\n", opener())), "{s}");
    assert!(s.contains("open this file in your"), "{s}");
    assert!(s.contains("\n    /tmp/a-report.md\n"), "{s}");
    assert!(s.contains("\n    /tmp/a.yaml"), "{s}");
}
