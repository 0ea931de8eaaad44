use super::*;
use crate::test::{CONDITIONAL, answers, questionnaire};

fn may(text: &str) -> Vec<bool> {
    let q = questionnaire(CONDITIONAL);
    let body = if text.is_empty() {
        "answers: {}\n".to_owned()
    } else {
        format!("answers:\n{text}")
    };
    let a = answers(&q, &format!("questionnaire: {{ id: t }}\n{body}"));
    possible(&q, &a)
}

// In file order: staff, cloud, cloud-mfa, cloud-backup, devices, training, notes.

#[test]
fn with_no_answers_every_follow_up_may_be_asked() {
    assert_eq!(may(""), vec![true; 7]);
}

#[test]
fn an_answer_that_hides_follow_ups_rules_them_out() {
    assert_eq!(
        may("  cloud: no\n  staff: 3\n"),
        [true, true, false, false, true, false, false]
    );
}

#[test]
fn follow_ups_shown_stay_possible_and_a_section_waits_for_its_question() {
    // The team section waits for `staff`; the cloud questions are asked.
    assert_eq!(may("  cloud: yes\n"), vec![true; 7]);
    assert_eq!(may("  cloud: yes\n  staff: 10\n"), vec![true; 7]);
    // "I don't know" decides: the condition on it is false.
    assert_eq!(
        may("  cloud: unknown\n  staff: unknown\n"),
        [true, true, false, false, true, false, false]
    );
}
