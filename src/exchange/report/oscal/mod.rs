//! `report --format oscal`: the results as an OSCAL assessment-results document
//! (JSON, OSCAL 1.1.2), for GRC tools. One result holds:
//!
//! - an observation per answer (method `INTERVIEW`: the answers are what the
//!   respondent said), with the note as remarks and each piece of evidence as
//!   relevant evidence;
//! - a finding per scored question, `satisfied` when it is met and
//!   `not-satisfied` otherwise (an "I don't know" or a missing answer is never
//!   satisfied), targeting its first NIST CSF 2.0 reference as the statement of
//!   that subcategory or category in NIST's CSF 2.0 catalog (`PR.AA-03_statement`),
//!   a function as an objective (`PR`), or, without CSF references, the
//!   question's id; every framework reference is also a property;
//! - a risk per action of the plan, open, with the recommendation as its
//!   remediation.
//!
//! Names that OSCAL does not define carry the namespace `urn:assure`. UUIDs and
//! times come from [`ids`], so the same answers give the same file.

mod ids;

use serde_json::{Value as Json, json};

use crate::report::{Report, describe, organisation, status_text};
use crate::score::{Group, QuestionResult, Status};
use crate::text::number::number;
use ids::{Ids, timestamp};

const NS: &str = "urn:assure";
const CSF: &str = "nist-csf-2.0";

/// A property: its value on one line, as OSCAL's string type wants it.
fn prop(name: &str, value: &str) -> Json {
    json!({ "name": name, "ns": NS, "value": one_line(value) })
}

/// The finding's target: the first CSF reference, else the question itself;
/// and whether the answer meets that reference.
fn target(x: &QuestionResult<'_>) -> (&'static str, String, bool) {
    let csf = x
        .question
        .maps
        .iter()
        .find(|(f, _)| f.as_str() == CSF)
        .and_then(|(_, refs)| refs.first());
    match csf {
        Some(r) if r.contains('.') => (
            "statement-id",
            format!("{}_statement", r.value),
            x.meets(CSF, r),
        ),
        Some(r) => ("objective-id", r.value.clone(), x.meets(CSF, r)),
        None => (
            "objective-id",
            x.question.id.value.clone(),
            x.status == Status::Met,
        ),
    }
}

fn props_of(x: &QuestionResult<'_>) -> Vec<Json> {
    let mut props = vec![
        prop("question-id", &x.question.id),
        prop("status", status_text(x.status)),
        prop("weight", &x.weight().to_string()),
    ];
    if x.question.is_critical() {
        props.push(prop("must-have", "true"));
    }
    if x.question.is_important() {
        props.push(prop("important", "true"));
    }
    // What the question is about, then what the answer really meets: an
    // answer may score in full and still meet only part (docs/formats.md).
    for (framework, refs) in &x.question.maps {
        for r in refs {
            props.push(json!({ "name": "framework-reference", "ns": NS, "class": one_line(&framework.value), "value": one_line(&r.value) }));
        }
    }
    for (framework, refs) in &x.question.maps {
        for r in refs.iter().filter(|r| x.meets(framework, r)) {
            props.push(json!({ "name": "framework-reference-met", "ns": NS, "class": framework.value, "value": r.value }));
        }
    }
    props
}

pub fn render(r: &Report<'_>) -> String {
    let doc = document(r);
    let text =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    crate::text::clean::escape_json(&text).into_owned() + "\n"
}

fn document(r: &Report<'_>) -> Json {
    let a = r.assessment;
    let q = a.questionnaire;
    let who = &a.answers.respondent;
    let ids = Ids::new(&r.digest, who);
    let at = timestamp(who);
    let org = organisation(a);
    let title = match org {
        Some(o) => one_line(&format!("{}: {}", q.title, o)),
        None => one_line(&q.title),
    };
    let mut metadata = json!({
        "title": title,
        "last-modified": at,
        "version": q.version.value,
        "oscal-version": "1.1.2",
        "props": [prop("questionnaire-id", &q.id), prop("questionnaire-digest", &r.digest)],
        "remarks": format!("Made by assure from answers to {} version {}.", q.id.value, q.version.value),
    });
    if let Some(o) = org {
        metadata["parties"] =
            json!([{ "uuid": ids.of("party", ""), "type": "organization", "name": one_line(o) }]);
    }
    json!({
        "assessment-results": {
            "uuid": ids.of("document", ""),
            "metadata": metadata,
            "import-ap": {
                "href": format!("urn:assure:questionnaire:{}:{}", q.id.value, q.version.value),
                "remarks": "There is no separate assessment plan: the questionnaire named here is the plan."
            },
            "results": [result(r, &ids, &at)],
        }
    })
}

fn result(r: &Report<'_>, ids: &Ids, at: &str) -> Json {
    let a = r.assessment;
    let q = a.questionnaire;
    let score = crate::report::percent(a.overall);
    let rating = a.rating.as_deref().unwrap_or("no rating");
    let complete = a.completeness.map_or_else(
        || "n/a".into(),
        |c| format!("{}%", number((c * 1000.0).round() / 10.0)),
    );
    let mut observations = Vec::new();
    let mut findings = Vec::new();
    for x in &a.questions {
        let answered = x.answer.is_some_and(|v| v.value.is_answered());
        if answered {
            observations.push(observation(r, x, ids, at));
        }
        if x.fraction.is_some() {
            findings.push(finding(r, x, ids, answered));
        }
    }
    let risks: Vec<Json> = a.actions.iter().map(|x| risk(r, x, ids)).collect();
    let mut result = json!({
        "uuid": ids.of("result", ""),
        "title": one_line(&q.title),
        "description": format!("Answers to {} version {}: score {score}, rating {rating}, {complete} answered.", q.id.value, q.version.value),
        "start": at,
        "props": [prop("score", &score), prop("rating", rating)],
        "reviewed-controls": {
            "description": "The questions of the questionnaire, mapped to NIST CSF 2.0 where the questionnaire maps them.",
            "control-selections": [{ "include-all": {} }]
        },
    });
    // The schema wants each list to hold at least one item, or to be left out
    // (an assessment with every question met has no risk).
    for (key, list) in [
        ("observations", observations),
        ("findings", findings),
        ("risks", risks),
    ] {
        if !list.is_empty() {
            result[key] = Json::Array(list);
        }
    }
    result
}

/// Text for a title or a name, which OSCAL wants on one line: every run of
/// white space, line breaks among them, is one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn observation(r: &Report<'_>, x: &QuestionResult<'_>, ids: &Ids, at: &str) -> Json {
    let a = r.assessment;
    let id = x.question.id.as_str();
    let value = a.answers.value(id);
    let mut o = json!({
        "uuid": ids.of("observation", id),
        "title": one_line(&x.question.text),
        "description": format!("Answer: {}", describe(x.question, value)),
        "props": props_of(x),
        "methods": ["INTERVIEW"],
        "collected": at,
    });
    if let Some(answer) = x.answer {
        if let Some(note) = &answer.note {
            o["remarks"] = json!(note);
        }
        if !answer.evidence.is_empty() {
            o["relevant-evidence"] = answer
                .evidence
                .iter()
                .map(|e| json!({ "description": e }))
                .collect();
        }
    }
    o
}

fn finding(r: &Report<'_>, x: &QuestionResult<'_>, ids: &Ids, answered: bool) -> Json {
    let a = r.assessment;
    let id = x.question.id.as_str();
    let (kind, target_id, meets) = target(x);
    let (state, reason, remarks) = match x.status {
        Status::Met if meets => ("satisfied", "pass", "Met."),
        Status::Met => (
            "not-satisfied",
            "fail",
            "Met for the score, but the answer does not meet this reference.",
        ),
        Status::Unknown => ("not-satisfied", "other", "The respondent does not know."),
        Status::Unanswered => ("not-satisfied", "other", "Not answered."),
        Status::Partial => ("not-satisfied", "fail", "Partly met."),
        _ => ("not-satisfied", "fail", "Not met."),
    };
    let mut f = json!({
        "uuid": ids.of("finding", id),
        "title": one_line(&x.question.text),
        "description": format!("{} Answer: {}.", status_text(x.status), describe(x.question, a.answers.value(id))),
        "props": props_of(x),
        "target": {
            "type": kind,
            "target-id": target_id,
            "status": { "state": state, "reason": reason, "remarks": remarks }
        },
    });
    if answered {
        f["related-observations"] = json!([{ "observation-uuid": ids.of("observation", id) }]);
    }
    if a.actions.iter().any(|x| x.question.id.as_str() == id) {
        f["related-risks"] = json!([{ "risk-uuid": ids.of("risk", id) }]);
    }
    f
}

fn risk(r: &Report<'_>, x: &crate::score::Action<'_>, ids: &Ids) -> Json {
    let a = r.assessment;
    let id = x.question.id.as_str();
    let value = a.answers.value(id);
    let what = match (x.group, x.recommendation) {
        (Group::FindOut, _) | (_, None) => {
            format!("Find out the answer to: {}", x.question.text.trim())
        }
        (_, Some(rec)) => {
            crate::text::plain::markdown(&crate::report::people::advice(a, &rec.text), 10_000)
                .trim()
                .to_owned()
        }
    };
    let why = x
        .question
        .why
        .as_deref()
        .map_or_else(String::new, |w| format!(" {}", w.trim()));
    let mut props = vec![
        prop("question-id", id),
        prop("action-group", crate::report::rows::group_name(x.group)),
        prop("effort", crate::report::rows::effort_name(x.effort)),
        prop("impact", &number(x.impact)),
    ];
    if x.question.is_critical() {
        props.push(prop("must-have", "true"));
    }
    let mut risk = json!({
        "uuid": ids.of("risk", id),
        "title": one_line(&x.title()),
        "description": format!("{} Answer: {}.{why}", x.question.text.trim(), describe(x.question, value)),
        "statement": format!("The answer to \"{}\" does not meet it: {}.", x.question.text.trim(), status_text(a.questions[x.result].status)),
        "props": props,
        "status": "open",
        "remediations": [{
            "uuid": ids.of("remediation", id),
            "lifecycle": "recommendation",
            "title": one_line(&x.title()),
            "description": what,
        }],
    });
    if a.answers.get(id).is_some_and(|v| v.value.is_answered()) {
        risk["related-observations"] = json!([{ "observation-uuid": ids.of("observation", id) }]);
    }
    risk
}

#[cfg(test)]
mod tests;
