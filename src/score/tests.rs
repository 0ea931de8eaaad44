use super::*;
use crate::test::{answers, questionnaire};

/// Two sections; `mfa` is critical with weight 3; `devices` is a multi capped at 1.
const Q: &str = r#"
id: t
title: T
version: 1.0.0
sections:
  - id: protect
    title: Protect
    questions:
      - id: mfa
        text: Second step on email?
        weight: 3
        critical: true
        recommendation: { title: Turn on two-step sign-in, text: Do it., effort: low }
      - id: backup
        text: How often do you back up?
        type: choice
        weight: 2
        allow_na: true
        options:
          - { value: daily, label: Daily, score: 1 }
          - { value: weekly, label: Weekly, score: 0.5 }
          - value: never
            label: Never
            recommendation: { title: Start backing up today, text: Now., effort: low }
        recommendation: { title: Back up every day, text: Daily., effort: medium }
      - id: devices
        text: Which devices are managed?
        type: multi
        options:
          - { value: laptops, label: Laptops, score: 0.6 }
          - { value: phones, label: Phones, score: 0.6 }
          - { value: none, label: None, exclusive: true }
        recommendation: { title: Manage every device, text: Enrol them., effort: high }
  - id: detect
    title: Detect
    questions:
      - id: logs
        text: Do you keep logs?
        recommendation: { title: Keep logs, text: Keep them., effort: medium }
      - id: staff
        text: How many staff?
        type: number
      - id: edr
        text: Is there anti-malware on every laptop?
        when: { question: devices, includes: laptops }
        recommendation: { title: Install anti-malware, text: Install it., effort: low }
"#;

fn run(text: &str) -> (Questionnaire, Answers) {
    let q = questionnaire(Q);
    let a = answers(&q, &format!("questionnaire: {{ id: t }}\nanswers:\n{text}"));
    (q, a)
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn everything_met_is_100_and_strong() {
    let (q, a) = run(
        "  mfa: yes\n  backup: daily\n  devices: [laptops, phones]\n  logs: yes\n  staff: 4\n  edr: yes\n",
    );
    let r = assess(&q, &a);
    assert!(close(r.overall, 100.0), "{:?}", r.overall);
    assert_eq!(r.rating.as_deref(), Some("Strong"));
    assert!(r.capped_by.is_empty());
    assert!(r.actions.is_empty());
    assert!(close(r.completeness, 1.0));
}

#[test]
fn overall_is_a_weighted_sum_over_all_sections_not_an_average() {
    // protect: mfa 3/3, backup 1/2, devices 1/1 → 5/6; detect: logs 0/1, edr 1/1 → 1/2.
    // Overall (5 + 1) / (6 + 2) = 75%, not the mean of 83.3% and 50%.
    let (q, a) =
        run("  mfa: yes\n  backup: weekly\n  devices: [laptops, phones]\n  logs: no\n  edr: yes\n");
    let r = assess(&q, &a);
    assert!(close(r.sections[0].score, 500.0 / 6.0));
    assert!(close(r.sections[1].score, 50.0));
    assert!(close(r.overall, 75.0), "{:?}", r.overall);
    assert_eq!(r.rating.as_deref(), Some("Developing"));
}

#[test]
fn a_critical_gap_caps_the_rating_and_is_named() {
    let (q, a) =
        run("  mfa: no\n  backup: daily\n  devices: [laptops, phones]\n  logs: yes\n  edr: yes\n");
    let r = assess(&q, &a);
    // 6 of 9 weight met: 66.7% would be "Developing".
    assert_eq!(r.band.as_deref(), Some("Developing"));
    assert_eq!(r.rating.as_deref(), Some("At risk"));
    let ids: Vec<&str> = r.capped_by.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["mfa"]);
}

#[test]
fn unknown_and_unanswered_critical_questions_also_cap() {
    for answer in ["  mfa: unknown\n", ""] {
        let (q, a) = run(&format!(
            "{answer}  backup: daily\n  devices: [laptops, phones]\n  logs: yes\n  edr: yes\n"
        ));
        let r = assess(&q, &a);
        assert_eq!(r.rating.as_deref(), Some("At risk"), "{answer:?}");
        assert_eq!(r.capped_by.len(), 1);
    }
}

#[test]
fn na_is_left_out_of_every_total() {
    let (q, a) =
        run("  mfa: yes\n  backup: na\n  devices: [laptops, phones]\n  logs: yes\n  edr: yes\n");
    let r = assess(&q, &a);
    assert!(close(r.sections[0].score, 100.0));
    assert!(close(r.overall, 100.0));
    let backup = r
        .questions
        .iter()
        .find(|x| x.question.id.as_str() == "backup")
        .unwrap();
    assert_eq!(backup.status, Status::Na);
    assert_eq!(backup.fraction, None);
    // na is an answer: it counts towards completeness.
    assert!(close(r.completeness, 5.0 / 6.0));
}

#[test]
fn multi_scores_sum_and_are_capped_at_1() {
    let q = questionnaire(Q);
    let devices = q.question("devices").unwrap();
    let f = |chosen: &[&str]| {
        fraction(
            devices,
            &Value::Multi(chosen.iter().map(|s| s.to_string()).collect()),
        )
    };
    assert!(close(f(&["laptops"]), 0.6));
    assert!(close(f(&["laptops", "phones"]), 1.0));
    assert!(close(f(&["none"]), 0.0));
    assert!(close(f(&[]), 0.0));
}

#[test]
fn hidden_questions_are_not_asked_scored_or_listed() {
    // No laptops: `edr` is hidden even though it was answered.
    let (q, a) = run("  mfa: yes\n  backup: daily\n  devices: [phones]\n  logs: yes\n  edr: no\n");
    let r = assess(&q, &a);
    assert!(r.questions.iter().all(|x| x.question.id.as_str() != "edr"));
    assert!(r.actions.iter().all(|x| x.question.id.as_str() != "edr"));
    // detect: logs 1/1 only.
    assert!(close(r.sections[1].score, 100.0));
}

#[test]
fn unknown_and_unanswered_both_score_0_but_differ_in_status_and_action() {
    let (q, a) =
        run("  mfa: yes\n  backup: daily\n  devices: [laptops, phones]\n  logs: unknown\n");
    let r = assess(&q, &a);
    let status = |id: &str| {
        r.questions
            .iter()
            .find(|x| x.question.id.as_str() == id)
            .unwrap()
            .status
    };
    assert_eq!(status("logs"), Status::Unknown);
    assert_eq!(status("edr"), Status::Unanswered);
    assert!(close(r.sections[1].score, 0.0));
    let groups: Vec<(&str, Group)> = r
        .actions
        .iter()
        .map(|x| (x.question.id.as_str(), x.group))
        .collect();
    assert_eq!(
        groups,
        [("edr", Group::QuickWins), ("logs", Group::FindOut)]
    );
    // unknown is an answer; unanswered is not: mfa, backup, devices, logs of the six
    // asked (staff and edr are unanswered).
    assert!(close(r.completeness, 4.0 / 6.0));
}

#[test]
fn a_total_with_no_weight_has_no_score() {
    let q = questionnaire(
        "id: t\ntitle: T\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n      - { id: n, text: How many?, type: number }\n",
    );
    let a = answers(&q, "questionnaire: { id: t }\nanswers: { n: 3 }\n");
    let r = assess(&q, &a);
    assert_eq!(r.overall, None);
    assert_eq!(r.sections[0].score, None);
    assert_eq!(r.rating, None);
    assert_eq!(r.questions[0].status, Status::Info);
}

#[test]
fn the_action_plan_is_grouped_then_ordered_by_impact_over_effort() {
    // mfa gap (critical, impact 6) → do now; backup never (impact 2, option advice,
    // low) and edr unanswered (impact 1, low) → quick wins, higher impact first;
    // devices partial (impact 0.4, high) and logs (impact 1, medium) → plan, logs
    // first (1/2 beats 0.4/3); staff is information only.
    let (q, a) = run("  mfa: no\n  backup: never\n  devices: [laptops]\n  logs: no\n");
    let r = assess(&q, &a);
    let plan: Vec<(&str, Group, String)> = r
        .actions
        .iter()
        .map(|x| (x.question.id.as_str(), x.group, x.title()))
        .collect();
    assert_eq!(
        plan,
        [
            ("mfa", Group::DoNow, "Turn on two-step sign-in".to_string()),
            (
                "backup",
                Group::QuickWins,
                "Start backing up today".to_string()
            ),
            ("edr", Group::QuickWins, "Install anti-malware".to_string()),
            ("logs", Group::Plan, "Keep logs".to_string()),
            ("devices", Group::Plan, "Manage every device".to_string()),
        ]
    );
    assert!(close(Some(r.actions[0].impact), 6.0));
}

#[test]
fn partial_answers_use_the_question_recommendation_and_count_their_remaining_impact() {
    let (q, a) =
        run("  mfa: yes\n  backup: weekly\n  devices: [laptops]\n  logs: yes\n  edr: yes\n");
    let r = assess(&q, &a);
    let backup = r
        .actions
        .iter()
        .find(|x| x.question.id.as_str() == "backup")
        .unwrap();
    assert_eq!(backup.title(), "Back up every day");
    assert_eq!(backup.group, Group::Plan);
    assert!(close(Some(backup.impact), 1.0));
    let devices = r
        .actions
        .iter()
        .find(|x| x.question.id.as_str() == "devices")
        .unwrap();
    assert!(close(Some(devices.impact), 0.4));
}

#[test]
fn a_cap_never_raises_a_rating() {
    let text = Q.replace(
        "sections:",
        "scoring:\n  bands: [{ min: 80, label: Strong }, { min: 50, label: Developing }, { min: 0, label: At risk }]\n  critical_cap: Developing\nsections:",
    );
    let q = questionnaire(&text);
    let a = answers(
        &q,
        "questionnaire: { id: t }\nanswers: { mfa: no, logs: no }\n",
    );
    let r = assess(&q, &a);
    assert_eq!(r.band.as_deref(), Some("At risk"));
    assert_eq!(r.rating.as_deref(), Some("At risk"));
}

#[test]
fn an_unknown_must_have_is_found_out_now_not_after_minor_actions() {
    // mfa is a must-have answered "I don't know"; logs (not a must-have) too;
    // backup "never" is a quick win.
    let (q, a) = run(
        "  mfa: unknown\n  backup: never\n  devices: [laptops, phones]\n  logs: unknown\n  edr: yes\n",
    );
    let r = assess(&q, &a);
    let plan: Vec<(&str, Group, bool, String)> = r
        .actions
        .iter()
        .map(|x| (x.question.id.as_str(), x.group, x.find_out, x.title()))
        .collect();
    assert_eq!(
        plan,
        [
            (
                "mfa",
                Group::DoNow,
                true,
                "Find out: Second step on email?".to_string()
            ),
            (
                "backup",
                Group::QuickWins,
                false,
                "Start backing up today".to_string()
            ),
            (
                "logs",
                Group::FindOut,
                true,
                "Find out: Do you keep logs?".to_string()
            ),
        ]
    );
    assert_eq!(r.capped_by.len(), 1);
}

mod important;
