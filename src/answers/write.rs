//! Writing an answers file: in questionnaire order, each answer under its question
//! as a comment, short form unless there is a note or evidence.

use std::fmt::Write as _;

use crate::model::Questionnaire;
use crate::model::answers::{Answer, Answers, Value};
use crate::words::number;
use crate::yaml::{Plain, resolve_plain};

/// Whether `s` reads back as the same text when written plain. In a flow list
/// (`[a, b]`), commas and brackets are syntax, so `flow` rules them out too.
fn plain_ok(s: &str, flow: bool) -> bool {
    let allowed = |c: char| {
        c.is_alphanumeric()
            || matches!(
                c,
                '-' | '.' | '_' | ':' | '/' | '@' | '\'' | '(' | ')' | '&' | '+' | ' '
            )
            || (!flow && c == ',')
    };
    !s.is_empty()
        && s.chars().all(allowed)
        && s.starts_with(|c: char| c.is_alphanumeric())
        && !s.ends_with([' ', ':'])
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.contains("  ")
        && resolve_plain(s) == Plain::Str
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// A YAML scalar for `s` as a mapping value: plain when that reads back as the
/// same text, else double-quoted (JSON string syntax is valid YAML).
pub fn scalar(s: &str) -> String {
    if plain_ok(s, false) {
        s.to_owned()
    } else {
        quoted(s)
    }
}

/// The same, for an item of a flow list such as `[a, b]`.
pub fn flow_scalar(s: &str) -> String {
    if plain_ok(s, true) {
        s.to_owned()
    } else {
        quoted(s)
    }
}

/// One comment line: line breaks and control characters become spaces.
fn comment(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

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
    if a.note.is_none() && a.evidence.is_empty() {
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
}

/// The answers file for `answers`, given to `q`.
pub fn write(q: &Questionnaire, answers: &Answers) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Answers to \"{}\" ({} {}), written by assure.\n# Turn them into a report with: assure report <this file>",
        comment(&q.title),
        q.id.value,
        comment(&q.version)
    );
    let r = &answers.questionnaire;
    let _ = writeln!(out, "questionnaire:\n  id: {}", scalar(&r.id));
    if let Some(v) = &r.version {
        let _ = writeln!(out, "  version: {}", scalar(v));
    }
    if let Some(d) = &r.digest {
        let _ = writeln!(out, "  digest: {}", scalar(d));
    }
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
            let _ = writeln!(out, "  # {}", comment(&question.text));
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
mod tests {
    use super::*;
    use crate::model::YesNo;
    use crate::model::answers::Respondent;
    use crate::testing::{answers, questionnaire};
    use crate::yaml::Spanned;

    const Q: &str = "id: t\ntitle: T\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n      - { id: a, text: \"A?\", recommendation: { title: x, text: y, effort: low } }\n      - id: b\n        text: B?\n        type: choice\n        options: [{ value: daily, label: D, score: 1 }, { value: never, label: N }]\n        recommendation: { title: x, text: y, effort: low }\n      - { id: c, text: \"C: which?\", type: multi, weight: 0, options: [{ value: x1, label: X }, { value: y2, label: Y }] }\n      - { id: d, text: D?, type: number }\n      - { id: e, text: E?, type: text }\n      - { id: f, text: F?, recommendation: { title: x, text: y, effort: low } }\n";

    #[test]
    fn scalars_read_back_as_the_same_text() {
        for s in [
            "daily",
            "Acme Ltd",
            "yes",
            "true",
            "12",
            "1.0",
            "a: b",
            "- x",
            "#x",
            "O'Brien \"Bob\"",
            "line\nbreak",
            "",
            "sha256:abc",
            "2026-11-22",
            "null",
            "~",
            "x:",
        ] {
            let yaml = format!("v: {}\n", scalar(s));
            let node = crate::yaml::parse(&yaml).unwrap();
            let crate::yaml::Kind::Map(entries) = node.kind else {
                panic!()
            };
            let crate::yaml::Kind::Scalar(got) = &entries[0].value.kind else {
                panic!()
            };
            assert_eq!(got.text, s, "{yaml}");
            assert_eq!(got.resolve(), crate::yaml::Plain::Str, "{yaml}");
        }
    }

    #[test]
    fn round_trips_every_kind_of_answer() {
        let q = questionnaire(Q);
        let mut a = Answers::default();
        a.questionnaire.id = Spanned::new("t".into());
        a.questionnaire.version = Some(Spanned::new("1.0.0".into()));
        a.respondent = Respondent {
            organisation: Some("Acme: \"the\" best\nLtd".into()),
            date: Some("2026-11-22".into()),
            ..Respondent::default()
        };
        let mut put = |id: &str, v: Value| {
            a.answers.insert(id.into(), Answer::new(v));
        };
        put("a", Value::YesNo(YesNo::Yes));
        put("b", Value::Choice("daily".into()));
        put("c", Value::Multi(vec!["x1".into(), "y2".into()]));
        put("d", Value::Number(2.5));
        put("e", Value::Text("yes, on: Fridays # not a comment".into()));
        put("f", Value::Unknown);
        a.answers.get_mut("b").unwrap().note = Some("Runs on Fridays.\nSecond line.".into());
        a.answers.get_mut("b").unwrap().evidence = vec!["log, 2026.pdf".into(), "x".into()];
        let text = write(&q, &a);
        let back = answers(&q, &text);
        assert_eq!(back.respondent, a.respondent);
        assert_eq!(back.questionnaire, a.questionnaire);
        for (id, want) in &a.answers {
            let got = back.get(id).unwrap();
            assert_eq!(got.value, want.value, "{id}\n{text}");
            assert_eq!(got.note, want.note, "{id}");
            assert_eq!(got.evidence, want.evidence, "{id}");
        }
        assert!(text.contains("  # C: which?\n  c: [x1, y2]\n"), "{text}");
    }
}
