use super::*;
use crate::score;
use crate::test;

const Q: &str = r#"
id: t
title: T
version: 1.0.0
sections:
  - id: s
    title: S
    questions:
      - { id: staff, text: How many?, type: number }
      - { id: filter, text: Email filter?, weight: 2, recommendation: { title: x, text: y, effort: medium } }
      - { id: mfa, text: MFA?, critical: true, recommendation: { title: x, text: y, effort: low } }
      - { id: scan, text: Scans?, weight: 3, recommendation: { title: x, text: y, effort: low } }
      - { id: insured, text: Insured?, ask_whom: insurance-broker, recommendation: { title: x, text: y, effort: low } }
      - { id: payments, text: Two people approve payments?, ask_whom: Our Bank, recommendation: { title: x, text: y, effort: low } }
      - { id: known, text: Known?, recommendation: { title: x, text: y, effort: low } }
"#;

#[test]
fn only_open_scored_questions_for_the_recipient_must_haves_first_then_the_plan() {
    let q = test::questionnaire(Q);
    let a = test::answers(
        &q,
        "questionnaire: { id: t }\nanswers: { filter: unknown, scan: unknown, insured: unknown, known: no }\n",
    );
    let a = score::assess(&q, &a);
    let ids = |to: &str| -> Vec<&str> {
        questions(&a, to)
            .iter()
            .map(|r| r.question.id.as_str())
            .collect()
    };
    // `mfa` is unanswered and a must-have; `scan` outranks `filter` in the
    // plan (impact 3 for low effort against 2 for medium); `staff` is for
    // information; `known` is answered.
    assert_eq!(ids("it-provider"), ["mfa", "scan", "filter"]);
    assert_eq!(ids("insurance-broker"), ["insured"]);
    assert_eq!(
        ids("  our   bank "),
        ["payments"],
        "the same words, in any case and spacing"
    );
    assert!(ids("accountant").is_empty());
    assert_eq!(
        recipients(&a),
        [("it-provider", 3), ("insurance-broker", 1), ("Our Bank", 1)]
    );
    assert_eq!(
        named(q.questions()),
        ["it-provider", "insurance-broker", "Our Bank"]
    );
}

#[test]
fn a_hidden_question_is_not_asked() {
    let q = test::questionnaire(test::CONDITIONAL);
    let a = test::answers(
        &q,
        "questionnaire: { id: t }\nanswers: { staff: 2, cloud: no }\n",
    );
    let a = score::assess(&q, &a);
    let ids: Vec<&str> = questions(&a, "it-provider")
        .iter()
        .map(|r| r.question.id.as_str())
        .collect();
    assert!(ids.is_empty(), "{ids:?}");
}
