//! Test helpers for the exchange formats: a small questionnaire and answers
//! that try formula injection in every field a respondent writes.

use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::test::{answers, questionnaire};

pub const Q: &str = r#"
id: t
title: Test check
version: 1.0.0
frameworks: { nist-csf-2.0: NIST CSF 2.0, cis-v8: CIS v8 }
sections:
  - id: s
    title: Section, with a comma
    questions:
      - id: mfa
        text: Second step on email?
        critical: true
        maps: { nist-csf-2.0: [PR.AA-03, PR.AA-05], cis-v8: ["6.3"] }
        recommendation: { title: Turn it on, text: "Do **it**.", effort: low, ask_provider: "Can you turn it on?" }
      - id: backup
        text: Backups?
        type: choice
        maps: { nist-csf-2.0: [PR] }
        options:
          - { value: daily, label: Daily, score: 1 }
          - { value: weekly, label: Weekly, score: 0.5 }
          - { value: never, label: Never }
        recommendation: { title: Back up, text: "Daily.", effort: medium }
      - { id: plan, text: A plan?, recommendation: { title: Write one, text: "x", effort: high } }
      - { id: notes, text: Anything else?, type: text }
"#;

pub const HOSTILE: &str = "questionnaire: { id: t }\nrespondent:\n  organisation: \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\"\n  date: 2026-11-22\nanswers:\n  mfa:\n    answer: no\n    note: \"+1 \\\"quoted\\\", and a comma\\nsecond line\"\n    evidence: [\"@SUM(A1)\", \"-2+3\"]\n  backup: weekly\n  plan: unknown\n  notes: \"=1+1\"\n";

pub fn hostile() -> (Questionnaire, Answers) {
    let q = questionnaire(Q);
    let a = answers(&q, HOSTILE);
    (q, a)
}
