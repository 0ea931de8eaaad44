//! Writing an answers file: in questionnaire order, each answer under its question
//! as a comment, short form unless there is a note, evidence or provenance.

use std::fmt::Write as _;

use crate::model::Questionnaire;
use crate::model::answers::{Answer, Answers, Value};
use crate::text::number::number;
use crate::yaml::{comment_text, flow_scalar, scalar};

/// One comment line: line breaks and control characters become spaces.
fn value(v: &Value) -> String {
    match v {
        Value::YesNo(v) => v.as_str().to_owned(),
        Value::Choice(c) => scalar(c),
        Value::Multi(list) => format!(
            "[{}]",
            list.iter()
                .map(|c| scalar(c))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Number(n) => number(*n),
        Value::Text(t) => scalar(t),
        Value::Unknown => "unknown".into(),
        Value::Na => "na".into(),
        Value::Unanswered => String::new(),
    }
}

fn answer(out: &mut String, id: &str, a: &Answer) {
    if !a.has_details() {
        let v = value(&a.value);
        if v.is_empty() {
            let _ = writeln!(out, "  {id}:");
        } else {
            let _ = writeln!(out, "  {id}: {v}");
        }
        return;
    }
    let _ = writeln!(out, "  {id}:");
    if a.value.is_answered() {
        let _ = writeln!(out, "    answer: {}", value(&a.value));
    }
    if let Some(note) = &a.note {
        let _ = writeln!(out, "    note: {}", scalar(note));
    }
    if !a.evidence.is_empty() {
        let items: Vec<String> = a.evidence.iter().map(|e| flow_scalar(e)).collect();
        let _ = writeln!(out, "    evidence: [{}]", items.join(", "));
    }
    if let Some(by) = &a.by {
        let _ = writeln!(out, "    by: {}", scalar(by));
    }
    if let Some(from) = &a.from {
        // (Braces as escapes: a brace in a string reads as code to simple tools.)
        out.push_str("    from: \u{7b} file: ");
        out.push_str(&flow_scalar(&from.file));
        if let Some(date) = &from.date {
            let _ = write!(out, ", date: {}", flow_scalar(date));
        }
        out.push_str(" \u{7d}\n");
    }
}

/// The fingerprints of the questions answered, in questionnaire order.
fn fingerprints(out: &mut String, q: &Questionnaire, answers: &Answers) {
    let known = &answers.questionnaire.fingerprints;
    let kept: Vec<(&str, &str)> = q
        .questions()
        .filter_map(|x| known.get_key_value(x.id.as_str()))
        .chain(known.iter().filter(|(id, _)| q.question(id).is_none()))
        .filter(|(id, _)| answers.get(id).is_some_and(|a| a.value.is_answered()))
        .map(|(id, f)| (id.as_str(), f.as_str()))
        .collect();
    if kept.is_empty() {
        return;
    }
    out.push_str("  # each question as it was when answered, to tell later which changed\n");
    out.push_str("  fingerprints:\n");
    for (id, f) in kept {
        let _ = writeln!(out, "    {}: {}", scalar(id), scalar(f));
    }
}

/// The answers file for `answers`, given to `q`.
pub fn write(q: &Questionnaire, answers: &Answers) -> String {
    let mut out = String::new();
    let r = &answers.questionnaire;
    // The version the file says it answers (an earlier one while answers
    // given to it are still to be asked again).
    let version = r
        .version
        .as_ref()
        .map_or(q.version.as_str(), |v| v.as_str());
    let _ = writeln!(
        out,
        "# Answers to \"{}\" ({} {}), written by assure.\n# Turn them into a report with: assure report <this file>",
        comment_text(&q.title),
        q.id.value,
        comment_text(version)
    );
    out.push_str(&answers.header);
    let _ = writeln!(out, "questionnaire:\n  id: {}", scalar(&r.id));
    if let Some(v) = &r.version {
        let _ = writeln!(out, "  version: {}", scalar(v));
    }
    if let Some(d) = &r.digest {
        let _ = writeln!(out, "  digest: {}", scalar(d));
    }
    fingerprints(&mut out, q, answers);
    let p = &answers.respondent;
    if !p.is_empty() {
        out.push_str("respondent:\n");
        for (key, v) in [
            ("organisation", &p.organisation),
            ("name", &p.name),
            ("role", &p.role),
            ("email", &p.email),
            ("date", &p.date),
        ] {
            if let Some(v) = v {
                let _ = writeln!(out, "  {key}: {}", scalar(v));
            }
        }
    }
    out.push_str("answers:");
    if answers.answers.is_empty() {
        out.push_str(" {}\n");
        return out;
    }
    out.push('\n');
    let mut written = std::collections::HashSet::new();
    for question in q.questions() {
        if let Some(a) = answers.get(&question.id) {
            let _ = writeln!(out, "  # {}", comment_text(&question.text));
            answer(&mut out, &question.id, a);
            written.insert(question.id.as_str());
        }
    }
    for (id, a) in &answers.answers {
        if !written.contains(id.as_str()) {
            answer(&mut out, id, a);
        }
    }
    out
}

#[cfg(test)]
mod tests;
