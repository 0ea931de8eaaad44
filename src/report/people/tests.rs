use super::*;
use crate::score::assess;
use crate::test::{answers, questionnaire};

const Q: &str = r#"
id: t
title: T
version: 1.0.0
recipients:
  it-provider:
    when: { not: { question: provider, equals: "no" } }
    instead: whoever looks after your computers
sections:
  - id: s
    title: S
    questions:
      - { id: provider, text: Do you have an IT provider?, weight: 0 }
      - id: backup
        text: Do you back up?
        recommendation:
          title: Back up
          text: Ask your IT provider to set it up. Your IT provider can test it, and so can the IT provider's partner.
          effort: low
          ask_provider: Can you back us up?
      - id: policy
        text: Do you have cyber insurance?
        ask_whom: insurance-broker
        recommendation: { title: Buy it, text: Ask your insurance broker., effort: low }
"#;

fn run(provider: &str) -> (crate::model::Questionnaire, crate::model::answers::Answers) {
    let q = questionnaire(Q);
    let a = answers(
        &q,
        &format!(
            "questionnaire: {{ id: t }}\nanswers: {{ provider: {provider}, backup: unknown, policy: unknown }}\n"
        ),
    );
    (q, a)
}

#[test]
fn without_an_it_provider_the_advice_names_who_to_turn_to_instead() {
    let (q, a) = run("no");
    let r = assess(&q, &a);
    let backup = q.question("backup").unwrap();
    assert_eq!(asked_of(&r, backup), "whoever looks after your computers");
    let text = &backup.recommendation.as_ref().unwrap().text;
    assert_eq!(
        advice(&r, text),
        "Ask whoever looks after your computers to set it up. Whoever looks after your computers can test it, and so can the IT provider's partner."
    );
    // Others are asked as before.
    assert_eq!(
        asked_of(&r, q.question("policy").unwrap()),
        "your insurance broker"
    );
}

#[test]
fn with_an_it_provider_or_no_answer_yet_nothing_changes() {
    for provider in ["yes", "unknown"] {
        let (q, a) = run(provider);
        let r = assess(&q, &a);
        let backup = q.question("backup").unwrap();
        assert_eq!(asked_of(&r, backup), "your IT provider", "{provider}");
        let text = &backup.recommendation.as_ref().unwrap().text;
        assert!(matches!(advice(&r, text), Cow::Borrowed(_)));
    }
}

#[test]
fn a_policy_or_a_plan_is_the_businesss_own_job_and_a_backup_is_not() {
    let tagged = |tags: &[&str]| {
        let mut q =
            crate::test::questionnaire(crate::test::CONDITIONAL).sections[0].questions[0].clone();
        q.tags = tags.iter().map(|t| (*t).to_owned()).collect();
        q
    };
    assert!(is_own_job(&tagged(&["governance"])));
    assert!(is_own_job(&tagged(&["incident", "legal"])));
    assert!(is_own_job(&tagged(&["payments", "training"])));
    assert!(!is_own_job(&tagged(&["backup"])));
    assert!(
        !is_own_job(&tagged(&["email", "training"])),
        "a report button is set up"
    );
    assert!(
        !is_own_job(&tagged(&["data", "legal", "privacy"])),
        "where data is kept"
    );
    assert!(!is_own_job(&tagged(&[])));
}
