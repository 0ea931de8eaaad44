use super::*;
use crate::test;

const Q: &str = r#"
id: t
title: T
version: 1.0.0
sections:
  - id: s
    title: S
    questions:
      - { id: scored, text: Scored?, recommendation: { title: x, text: y, effort: low } }
      - { id: info, text: How many?, type: number }
"#;

fn seen(status: Status, fraction: Option<f64>) -> Option<Seen> {
    Some(Seen { status, fraction })
}

#[test]
fn each_move_of_a_scored_question_has_its_word() {
    let q = test::questionnaire(Q);
    let x = q.question("scored").unwrap();
    let met = seen(Status::Met, Some(1.0));
    let gap = seen(Status::Gap, Some(0.0));
    let half = seen(Status::Partial, Some(0.5));
    let quarter = seen(Status::Partial, Some(0.25));
    let unknown = seen(Status::Unknown, Some(0.0));
    let unanswered = seen(Status::Unanswered, Some(0.0));
    let na = seen(Status::Na, None);
    let cases = [
        (gap, met, Change::Improved),
        (met, gap, Change::Worse),
        (quarter, half, Change::Improved),
        (half, quarter, Change::Worse),
        (half, half, Change::Same),
        (unknown, met, Change::Improved),
        (met, unknown, Change::Worse),
        (unknown, gap, Change::Same),
        (unanswered, gap, Change::Answered),
        (unanswered, unknown, Change::Answered),
        (met, unanswered, Change::Unanswered),
        (gap, na, Change::Improved),
        (na, gap, Change::Worse),
        (na, met, Change::Same),
        // Not asked any more (another answer hides it): nothing missing.
        (gap, None, Change::Improved),
        (unknown, None, Change::Improved),
        (met, None, Change::Same),
        (unanswered, None, Change::Same),
        // Asked now, not before: nothing to compare with.
        (None, gap, Change::Answered),
        (None, met, Change::Answered),
        (None, unanswered, Change::Unanswered),
    ];
    for (old, new, want) in cases {
        assert_eq!(between(x, old, new), want, "{old:?} -> {new:?}");
    }
}

#[test]
fn a_question_for_information_is_the_same_unless_it_gained_or_lost_an_answer() {
    let q = test::questionnaire(Q);
    let x = q.question("info").unwrap();
    let info = seen(Status::Info, None);
    assert_eq!(between(x, info, info), Change::Same);
    assert_eq!(between(x, None, info), Change::Answered);
    assert_eq!(between(x, info, None), Change::Same);
    assert_eq!(
        between(x, info, seen(Status::Unanswered, None)),
        Change::Unanswered
    );
    assert_eq!(Change::QuestionChanged.as_str(), "question-changed");
}
