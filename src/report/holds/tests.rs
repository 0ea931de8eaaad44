use super::*;
use crate::score::assess;
use crate::test::{answers, questionnaire};

const Q: &str = r#"
id: t
title: T
version: 1.0.0
sections:
  - id: s
    title: S
    questions:
      - { id: a, text: A?, critical: true, recommendation: { title: a, text: a, effort: low } }
      - { id: b, text: B?, critical: true, recommendation: { title: b, text: b, effort: low } }
      - { id: c, text: C?, critical: true, recommendation: { title: c, text: c, effort: low } }
      - { id: d, text: D?, critical: true, recommendation: { title: d, text: d, effort: low } }
      - { id: e, text: E?, recommendation: { title: e, text: e, effort: low } }
"#;

fn sentence(text: &str) -> (usize, usize, String) {
    let q = questionnaire(Q);
    let given = answers(&q, &format!("questionnaire: {{ id: t }}\nanswers:\n{text}"));
    let a = assess(&q, &given);
    let m = must_haves(&a);
    (m.not_met.len(), m.not_known.len(), must_haves_sentence(&m))
}

#[test]
fn not_met_and_not_known_are_counted_apart() {
    // d is not answered: not known, like c's "I don't know"; e is no must-have.
    let (met, known, s) = sentence("  a: no\n  b: yes\n  c: unknown\n  e: no\n");
    assert_eq!((met, known), (1, 2));
    assert_eq!(s, "1 must-have is not met and 2 are not known");
}

#[test]
fn each_count_alone_is_said_alone() {
    assert_eq!(
        sentence("  a: no\n  b: no\n  c: yes\n  d: yes\n").2,
        "2 must-haves are not met"
    );
    assert_eq!(
        sentence("  a: unknown\n  b: yes\n  c: yes\n  d: yes\n").2,
        "1 must-have is not known"
    );
    assert_eq!(
        sentence("  a: yes\n  b: yes\n  c: yes\n  d: yes\n").2,
        "Every must-have is in place"
    );
}
