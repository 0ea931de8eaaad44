//! The appendices after the answers: framework coverage (with the NIST CSF 2.0
//! functions as a chart), how the score was computed, and what the report is
//! about (the questionnaire, its version and digest, who answered, who prepared
//! the report).

use super::block::{Block, Part};
use super::chart::marks;
use super::chart::{Bar, Chart};
use crate::digest;
use crate::text::markdown::Align::L;
use crate::text::markdown::table_head;
use std::collections::HashMap;

use crate::report::{
    RefStatus, Report, Tone, coverage, csf_functions, organisation, percent, words,
};
use crate::text::count::count;
use crate::text::markdown::{cell, code, heading, inline};
use crate::text::number::points;

pub fn frameworks(r: &Report<'_>, prefix: &str) -> Option<Part> {
    let a = r.assessment;
    let covered = coverage(a);
    if covered.is_empty() {
        return None;
    }
    let mut p = Part::new(
        "frameworks",
        "Frameworks",
        format!("{prefix}Framework coverage"),
    );
    p.md("How the answers meet the frameworks this questionnaire maps to. A reference is met when every question asked about it is met. The numbers in brackets are the questions in Appendix A.");
    csf_chart(&mut p, a);
    // The number of each asked question in Appendix A: its place in the list.
    let number: HashMap<&str, usize> = a
        .questions
        .iter()
        .enumerate()
        .map(|(i, x)| (x.question.id.as_str(), i + 1))
        .collect();
    for c in covered {
        p.heading(3, &heading(&c.name));
        p.md(format!(
            "{} of {} met; {} not met; {} not assessed.",
            c.count(RefStatus::Met),
            count(c.references.len(), "reference", "references"),
            c.count(RefStatus::NotMet),
            c.count(RefStatus::NotAssessed)
        ));
        let mut lines = Vec::new();
        for status in [RefStatus::Met, RefStatus::NotMet, RefStatus::NotAssessed] {
            let refs: Vec<String> = c
                .references
                .iter()
                .filter(|x| x.status == status)
                .map(|x| {
                    let mut qs: Vec<usize> = x
                        .questions
                        .iter()
                        .filter_map(|q| number.get(q.id.as_str()).copied())
                        .collect();
                    qs.sort_unstable();
                    qs.dedup();
                    let qs: Vec<String> = qs.iter().map(usize::to_string).collect();
                    match qs.is_empty() {
                        true => inline(&x.reference),
                        false => format!("{} ({})", inline(&x.reference), qs.join(", ")),
                    }
                })
                .collect();
            if !refs.is_empty() {
                lines.push(format!("- **{}:** {}", status.text(), refs.join("; ")));
            }
        }
        p.md(lines.join("\n"));
    }
    Some(p)
}

/// The six CSF 2.0 functions as a chart, labelled as functions (with their
/// codes) so that no bar reads as a section of the summary's chart, and each
/// explained in plain words.
fn csf_chart(p: &mut Part, a: &crate::score::Assessment<'_>) {
    let Some(functions) = csf_functions(a) else {
        return;
    };
    let bars = functions
        .iter()
        .map(|f| Bar {
            label: format!("{} ({})", f.name, f.code),
            score: f.score,
            detail: if f.questions == 0 {
                "Not asked".into()
            } else {
                count(f.questions, "question", "questions")
            },
            tone: Tone::of_score(a, f.score),
            total: false,
            note: words::csf_function(f.code),
        })
        .collect();
    p.push(Block::Chart(Chart {
        id: "chart-csf",
        heading: "Scores by NIST CSF 2.0 function",
        caption: "Scores by NIST CSF 2.0 function, out of 100%: every scored question mapped to each function".into(),
        columns: ["Function", "Questions"],
        bars,
        marks: marks(a),
    }));
    p.md("These are not the scores by section of the summary: each function counts every scored question mapped to it, from whichever section, and a question mapped to two functions counts in both.");
}

pub fn method(r: &Report<'_>, prefix: &str) -> Part {
    let a = r.assessment;
    let scoring = a.questionnaire.scoring();
    let mut p = Part::new(
        "method",
        "Scoring",
        format!("{prefix}How the score was computed"),
    );
    p.md("Each scored question has a weight: how much it counts. A fully met answer earns its whole weight, a partly met answer earns part of it, and \"No\", \"I don't know\" or no answer earn nothing. Questions answered \"Not applicable\", questions for information only, and questions not asked are left out.");
    let (mut earned, mut possible) = (0.0, 0.0);
    for x in a.questions.iter().filter(|x| x.counts()) {
        let w = f64::from(x.weight());
        earned += w * x.fraction.unwrap_or(0.0);
        possible += w;
    }
    p.md(format!(
        "A section's score is the points it earned divided by the points it could earn. The overall score adds up every section the same way: {} of {} points, {}.",
        points(earned),
        points(possible),
        percent(a.overall)
    ));
    p.md(format!(
        "Must-have questions are marked as such in your answers. If any of them is not fully met, answered \"I don't know\", or not answered, the rating is at most **{}**.",
        inline(scoring.cap_label())
    ));
    if a.questionnaire.questions().any(|q| q.is_important()) {
        p.md(format!(
            "Important questions, marked \"(important)\" in your answers, are what customers and insurers strongly expect without making them a condition. If any of them is not met, answered \"I don't know\", or not answered, the rating is at most **{}**; a partly met answer does not hold it.",
            inline(scoring.important_label())
        ));
    }
    let mut t = table_head(&[("Rating", L), ("Overall score", L)]);
    for b in scoring.bands.iter() {
        let from = if b.min.value == 0.0 {
            "below the others".to_owned()
        } else {
            format!("{}% or more", points(b.min.value))
        };
        t.push_str(&format!("\n| {} | {from} |", cell(&b.label)));
    }
    p.md(t);
    p.md("Actions are ordered by impact divided by effort. Impact is the points a fix would earn, doubled for must-haves and important questions; effort counts low as 1, medium as 2 and high as 3. A quick win is a small job worth at least as much as every bigger job; smaller jobs worth less come in the plan, in order. A must-have answered \"I don't know\" is in \"do now\": finding out comes first.");
    p
}

pub fn about(r: &Report<'_>, prefix: &str) -> Part {
    let a = r.assessment;
    let q = a.questionnaire;
    let who = &a.answers.respondent;
    let mut p = Part::new("about", "About", format!("{prefix}About this report"));
    p.same_page = true;
    let mut rows: Vec<(&str, String)> = Vec::new();
    if let Some(org) = organisation(a) {
        rows.push(("Organisation", cell(org)));
    }
    let person: Vec<&str> = [who.name.as_deref(), who.role.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if !person.is_empty() {
        rows.push(("Answered by", cell(&person.join(", "))));
    }
    if let Some(email) = who.email.as_deref().filter(|s| !s.trim().is_empty()) {
        rows.push(("Email", cell(email)));
    }
    let date = who.date.as_deref().filter(|s| !s.trim().is_empty());
    rows.push((
        "Date answered",
        date.map_or_else(|| "Not given".into(), cell),
    ));
    rows.push((
        "Questionnaire",
        format!("{} ({})", cell(&q.title), code(&q.id)),
    ));
    rows.push(("Version", cell(&q.version)));
    rows.push(("Digest", code(digest::short(&r.digest))));
    if let Some(d) = &q.derived_from {
        rows.push((
            "Trimmed from",
            format!("{} {}", code(&d.id), cell(&d.version)),
        ));
    }
    let answered = a
        .questions
        .iter()
        .filter(|x| x.answer.is_some_and(|v| v.value.is_answered()))
        .count();
    rows.push((
        "Completeness",
        format!(
            "{answered} of {} questions answered ({})",
            a.questions.len(),
            percent(a.completeness.map(|c| c * 100.0))
        ),
    ));
    if let Some(by) = r.settings.prepared_by {
        rows.push(("Prepared by", cell(by)));
    }
    let mut t = table_head(&[("Item", L), ("Detail", L)]);
    for (k, v) in rows {
        t.push_str(&format!("\n| {k} | {v} |"));
    }
    p.md(t);
    p
}
