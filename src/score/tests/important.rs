//! The important cap, what an answer meets of a framework, and the quick wins
//! that never outrank a bigger job worth more.

use super::super::*;
use crate::test::{answers, questionnaire};

/// `mfa` critical; `plan` important (medium effort, weight 3); `filter`
/// important with a partial answer; `tidy` minor; `patch` a choice whose
/// month-long answer scores 1 but meets only part of what the question maps.
const Q: &str = r#"
id: t
title: T
version: 1.0.0
frameworks: { cyber-essentials: Cyber Essentials, essential-eight: Essential Eight }
sections:
  - id: s
    title: S
    questions:
      - id: mfa
        text: Second step on email?
        weight: 3
        critical: true
        recommendation: { title: Turn on two-step sign-in, text: Do it., effort: low }
      - id: plan
        text: Do you have an incident plan?
        weight: 3
        important: true
        recommendation: { title: Write an incident plan, text: Write it., effort: medium }
      - id: filter
        text: Is email filtered?
        type: choice
        weight: 2
        important: true
        options:
          - { value: all, label: All of it, score: 1 }
          - { value: some, label: Some of it, score: 0.5 }
          - { value: none, label: None of it }
        recommendation: { title: Filter email, text: Filter it., effort: low }
      - id: tidy
        text: Do you remove unused software?
        recommendation: { title: Tidy up, text: Tidy., effort: low }
      - id: patch
        text: How soon do updates go on?
        type: choice
        weight: 3
        options:
          - { value: fortnight, label: Within 14 days, score: 1 }
          - value: month
            label: Within a month on computers
            score: 1
            meets: { essential-eight: [ism-1695] }
          - value: slower
            label: Slower
            meets: { essential-eight: [ism-1695] }
        maps:
          cyber-essentials: [security-update-management]
          essential-eight: [ism-1691, ism-1695]
        recommendation: { title: Update faster, text: Faster., effort: medium }
"#;

fn run(text: &str) -> (Questionnaire, Answers) {
    run_with(Q, text)
}

fn run_with(q: &str, text: &str) -> (Questionnaire, Answers) {
    let q = questionnaire(q);
    let a = answers(&q, &format!("questionnaire: {{ id: t }}\nanswers:\n{text}"));
    (q, a)
}

const ALL_MET: &str = "  mfa: yes\n  plan: yes\n  filter: all\n  tidy: yes\n  patch: fortnight\n";

fn ids<'a>(qs: &[&'a Question]) -> Vec<&'a str> {
    qs.iter().map(|q| q.id.as_str()).collect()
}

#[test]
fn an_important_gap_holds_a_strong_score_at_the_second_lowest_band() {
    // 10 of 12: 83.3% is Strong on its own.
    let (q, a) = run(&ALL_MET.replace("filter: all", "filter: unknown"));
    let r = assess(&q, &a);
    assert!(r.overall.is_some_and(|o| o >= 80.0), "{:?}", r.overall);
    assert_eq!(r.band.as_deref(), Some("Strong"));
    assert_eq!(r.rating.as_deref(), Some("Developing"));
    assert_eq!(ids(&r.held_by), ["filter"]);
    assert!(r.capped_by.is_empty());
}

#[test]
fn unanswered_holds_too_but_a_partial_answer_does_not() {
    let (q, a) = run("  mfa: yes\n  plan: yes\n  filter: some\n  tidy: yes\n  patch: fortnight\n");
    let r = assess(&q, &a);
    assert!(r.held_by.is_empty());
    assert_eq!(r.rating.as_deref(), Some("Strong"));
    let (q, a) = run("  mfa: yes\n  filter: all\n  tidy: yes\n  patch: fortnight\n");
    let r = assess(&q, &a);
    assert_eq!(ids(&r.held_by), ["plan"]);
}

#[test]
fn the_critical_cap_still_wins_and_both_lists_are_kept() {
    let (q, a) = run(&ALL_MET
        .replace("mfa: yes", "mfa: no")
        .replace("plan: yes", "plan: no"));
    let r = assess(&q, &a);
    assert_eq!(r.rating.as_deref(), Some("At risk"));
    assert_eq!(ids(&r.capped_by), ["mfa"]);
    assert_eq!(ids(&r.held_by), ["plan"]);
}

#[test]
fn important_cap_names_the_band_and_never_raises_a_rating() {
    let text = Q.replace(
        "sections:",
        "scoring:\n  bands: [{ min: 80, label: A }, { min: 60, label: B }, { min: 40, label: C }, { min: 0, label: D }]\n  important_cap: B\nsections:",
    );
    // 10 of 12: 83.3% is A, held at B.
    let (q, a) = run_with(&text, &ALL_MET.replace("filter: all", "filter: unknown"));
    let r = assess(&q, &a);
    assert_eq!(r.band.as_deref(), Some("A"));
    assert_eq!(r.rating.as_deref(), Some("B"));
    // 7 of 12: 58.3% is C; the hold at B does not raise it.
    let (q, a) = run_with(
        &text,
        &ALL_MET
            .replace("filter: all", "filter: none")
            .replace("plan: yes", "plan: no"),
    );
    let r = assess(&q, &a);
    assert_eq!(r.band.as_deref(), Some("C"));
    assert_eq!(r.rating.as_deref(), Some("C"));
    // Without `important_cap`, four bands hold at the second lowest, C.
    let default = text.replace("  important_cap: B\n", "");
    let (q, a) = run_with(&default, &ALL_MET.replace("filter: all", "filter: unknown"));
    let r = assess(&q, &a);
    assert_eq!(r.band.as_deref(), Some("A"));
    assert_eq!(r.rating.as_deref(), Some("C"));
}

fn result<'q>(r: &'q Assessment<'q>, id: &str) -> &'q QuestionResult<'q> {
    r.questions
        .iter()
        .find(|x| x.question.id.as_str() == id)
        .unwrap_or_else(|| panic!("{id} is not asked"))
}

#[test]
fn an_answer_meets_only_what_its_option_says() {
    let (q, a) = run(&ALL_MET.replace("patch: fortnight", "patch: month"));
    let r = assess(&q, &a);
    let patch = result(&r, "patch");
    assert_eq!(patch.status, Status::Met);
    assert!(!patch.meets("cyber-essentials", "security-update-management"));
    assert!(!patch.meets("essential-eight", "ism-1691"));
    assert!(patch.meets("essential-eight", "ism-1695"));
    // The full answer without `meets` meets everything the question maps.
    let (q, a) = run(ALL_MET);
    let r = assess(&q, &a);
    let patch = result(&r, "patch");
    assert!(patch.meets("cyber-essentials", "security-update-management"));
    assert!(patch.meets("essential-eight", "ism-1691"));
    // A gap can meet what its option lists; an unknown meets nothing.
    let (q, a) = run(&ALL_MET.replace("patch: fortnight", "patch: slower"));
    let r = assess(&q, &a);
    assert!(result(&r, "patch").meets("essential-eight", "ism-1695"));
    assert!(!result(&r, "patch").meets("essential-eight", "ism-1691"));
    let (q, a) = run(&ALL_MET.replace("patch: fortnight", "patch: unknown"));
    let r = assess(&q, &a);
    assert!(!result(&r, "patch").meets("essential-eight", "ism-1695"));
}

#[test]
fn important_actions_count_double_and_quick_wins_never_outrank_a_bigger_job() {
    // plan: important, weight 3, medium: impact 6, worth 3 for the effort.
    // filter none: important, weight 2, low: impact 4, worth 4 → a quick win.
    // tidy no: weight 1, low: worth 1 → below 3, so after the plan's first job.
    let (q, a) = run("  mfa: yes\n  plan: no\n  filter: none\n  tidy: no\n  patch: fortnight\n");
    let r = assess(&q, &a);
    let order: Vec<(&str, Group, f64)> = r
        .actions
        .iter()
        .map(|x| (x.question.id.as_str(), x.group, x.impact))
        .collect();
    assert_eq!(
        order,
        [
            ("filter", Group::QuickWins, 4.0),
            ("plan", Group::Plan, 6.0),
            ("tidy", Group::Plan, 1.0),
        ]
    );
    // With nothing bigger left, a small job is a quick win again.
    let (q, a) = run("  mfa: yes\n  plan: yes\n  filter: all\n  tidy: no\n  patch: fortnight\n");
    let r = assess(&q, &a);
    assert_eq!(r.actions[0].group, Group::QuickWins);
}
