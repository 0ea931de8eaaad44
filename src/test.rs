//! Helpers for unit tests: load from text, failing loudly with the diagnostics.

use crate::answers::AnswersFile;
use crate::load::{self, Document};
use crate::model::Questionnaire;
use crate::model::answers::{Answers, Leftover};
use crate::reuse::Earlier;
use crate::source::Source;

fn show(diags: &[crate::diagnostic::Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| d.render(false))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Two sections; `cloud` controls `cloud-mfa` and `cloud-backup`, and a whole
/// section depends on `staff` being at least 5.
pub const CONDITIONAL: &str = r#"
id: t
title: T
version: 1.0.0
sections:
  - id: basics
    title: Basics
    questions:
      - { id: staff, text: How many?, type: number, min: 1, max: 500 }
      - id: cloud
        text: Cloud?
        help: "Online services such as **Microsoft 365**:\n\n- email\n- files\n"
        why: Cloud accounts are a common way in.
        weight: 0
      - id: cloud-mfa
        text: Cloud MFA?
        when: { question: cloud, equals: yes }
        allow_na: true
        recommendation: { title: x, text: y, effort: low }
      - id: cloud-backup
        text: Cloud backup?
        when: { question: cloud, equals: yes }
        recommendation: { title: x, text: y, effort: low }
      - id: devices
        text: Which?
        type: multi
        weight: 0
        options:
          - { value: laptops, label: Laptops }
          - { value: phones, label: Phones }
          - { value: none, label: None of these, exclusive: true }
  - id: team
    title: Team
    when: { question: staff, at_least: 5 }
    questions:
      - id: training
        text: Training?
        allow_unknown: false
        recommendation: { title: x, text: y, effort: low }
      - { id: notes, text: Anything else?, type: text }
"#;

pub fn questionnaire(text: &str) -> Questionnaire {
    let src = Source::new("test.yaml", text);
    let node = load::parse(&src).unwrap_or_else(|d| panic!("{}", show(&d)));
    match load::questionnaire(&src, &node) {
        Ok(l) => l.value,
        Err(d) => panic!("questionnaire does not load:\n{}", show(&d)),
    }
}

pub fn answers(q: &Questionnaire, text: &str) -> Answers {
    let src = Source::new("answers.yaml", text);
    let doc = Document::from_source(src).unwrap_or_else(|d| panic!("{}", show(&d)));
    let file = AnswersFile::from_document(doc).unwrap_or_else(|d| panic!("{}", show(&d)));
    match file.check(q, &crate::digest::digest(q)) {
        Ok(l) => l.value,
        Err(d) => panic!("answers do not load:\n{}", show(&d)),
    }
}

/// An earlier answers file read against `q` as `prefill` reads it: the answers
/// that fit, and those set aside.
pub fn earlier_answers(q: &Questionnaire, text: &str) -> (Answers, Vec<Leftover>) {
    let file = AnswersFile::from_source(Source::new("old.yaml", text))
        .unwrap_or_else(|d| panic!("{}", show(&d)));
    match file.check_earlier(q, &crate::digest::digest(q)) {
        Ok((loaded, left)) => (loaded.value, left),
        Err(d) => panic!("earlier answers do not load:\n{}", show(&d)),
    }
}

/// That file, named `name`, as `reuse::carry` takes it.
pub fn earlier<'a>(
    name: &str,
    q: &'a Questionnaire,
    read: &'a (Answers, Vec<Leftover>),
) -> Earlier<'a> {
    Earlier {
        name: name.into(),
        questionnaire: q,
        answers: &read.0,
        leftovers: &read.1,
    }
}
