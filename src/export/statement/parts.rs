//! The parts of the statement, in order (see the module above).

use crate::export::report::Part;
use crate::model::answers::Answer;
use crate::report::coverage::{RefStatus, coverage};
use crate::report::words::topic;
use crate::report::{Report, describe, needs_fresh_look, organisation};
use crate::score::{QuestionResult, Status};
use crate::text::markdown::{code, heading, inline};

/// The organisation as the statement names it in a sentence.
fn who(r: &Report<'_>) -> String {
    organisation(r.assessment).map_or_else(|| "the supplier".to_owned(), inline)
}

fn given(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// The line under the title: what this is, and what it is not.
pub fn about(r: &Report<'_>) -> String {
    let a = r.assessment;
    let date = given(a.answers.respondent.date.as_deref());
    let when = date.map_or_else(String::new, |d| format!(" on {}", inline(d)));
    format!(
        "What {} answered{when} to *{}*. This statement says only what those answers say: it is not an audit or a certification. Ask {} for the evidence behind any answer.",
        who(r),
        inline(&a.questionnaire.title),
        who(r),
    )
}

/// Who answered, when, to what (with the digest that identifies it), and how
/// much of it.
pub fn intro(r: &Report<'_>) -> Part {
    let a = r.assessment;
    let q = a.questionnaire;
    let person = &a.answers.respondent;
    let mut p = Part::new("intro", "Statement", "Statement");
    let mut rows: Vec<(&str, String)> = Vec::new();
    if let Some(org) = organisation(a) {
        rows.push(("Organisation", inline(org)));
    }
    let named: Vec<&str> = [given(person.name.as_deref()), given(person.role.as_deref())]
        .into_iter()
        .flatten()
        .collect();
    if !named.is_empty() {
        rows.push(("Answered by", inline(&named.join(", "))));
    }
    if let Some(email) = given(person.email.as_deref()) {
        rows.push(("Email", inline(email)));
    }
    let date = given(person.date.as_deref());
    rows.push((
        "Answers given on",
        date.map_or_else(|| "not said".into(), inline),
    ));
    rows.push((
        "Questionnaire",
        format!("{}, version {}", inline(&q.title), inline(&q.version)),
    ));
    rows.push(("Questionnaire id", code(&q.id)));
    rows.push(("Questionnaire digest", code(&r.digest)));
    let scored: Vec<&QuestionResult<'_>> = a
        .questions
        .iter()
        .filter(|x| x.question.is_scored())
        .collect();
    let answered = scored
        .iter()
        .filter(|x| x.status != Status::Unanswered)
        .count();
    rows.push((
        "Questions answered",
        format!("{answered} of the {} that count", scored.len()),
    ));
    let list: Vec<String> = rows
        .into_iter()
        .map(|(k, v)| format!("- **{k}:** {v}"))
        .collect();
    p.md(list.join("\n"));
    if date.is_none() {
        p.md("**The answers do not say when they were given.**");
    }
    if let Some(note) = r.mismatch() {
        p.md(format!("**Note:** {}", inline(&note)));
    }
    let set_aside = a.answers.set_aside.len();
    if set_aside > 0 {
        p.md(match set_aside {
            1 => "1 answer, given to an earlier version of the questionnaire, no longer fits it: this statement does not use it, and counts its question as not answered.".to_owned(),
            n => format!("{n} answers, given to an earlier version of the questionnaire, no longer fit it: this statement does not use them, and counts their questions as not answered."),
        });
    }
    p
}

/// Who gave an answer and when, when it was not the respondent on the date
/// of the answers: "given by the IT provider; carried over from answers given
/// on 2025-11-02". Escaped.
fn provenance(r: &Report<'_>, answer: &Answer) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(by) = crate::report::given_by(answer) {
        let by = by
            .strip_prefix("your ")
            .map_or(by.clone(), |b| format!("the {b}"));
        out.push(format!("given by {}", inline(&by)));
    }
    if let Some(from) = &answer.from {
        out.push(match given(from.date.as_deref()) {
            Some(d) => {
                let mut s = format!("carried over from answers given on {}", inline(d));
                if needs_fresh_look(r, answer) == Some(true) {
                    s.push_str(&format!(
                        ", more than {} days before these",
                        r.settings.max_age_days
                    ));
                }
                s
            }
            None => "carried over from earlier answers that do not say when".to_owned(),
        });
    }
    if !answer.evidence.is_empty() {
        let list: Vec<String> = answer.evidence.iter().map(|e| inline(e)).collect();
        out.push(format!("evidence: {}", list.join(", ")));
    }
    out
}

/// One answer as a list item: the question, the answer, and its provenance.
fn item(r: &Report<'_>, x: &QuestionResult<'_>) -> String {
    let said = describe(x.question, r.assessment.answers.value(&x.question.id));
    let mut line = format!("- {} **{}**", inline(&x.question.text), inline(&said));
    if let Some(answer) = x.answer {
        let more = provenance(r, answer);
        if !more.is_empty() {
            line.push_str(&format!(" ({})", more.join("; ")));
        }
    }
    line
}

/// The answers met, under their sections' topics; how many.
fn by_topic(p: &mut Part, r: &Report<'_>) -> usize {
    let a = r.assessment;
    let mut n = 0;
    for (i, section) in a.sections.iter().enumerate() {
        let items: Vec<String> = a
            .questions
            .iter()
            .filter(|x| x.section == i && x.status == Status::Met && x.question.is_scored())
            .map(|x| item(r, x))
            .collect();
        if items.is_empty() {
            continue;
        }
        n += items.len();
        p.heading(3, &heading(&topic(&section.section.title)));
        p.md(items.join("\n"));
    }
    n
}

/// What the answers say is in place: each question fully met, by topic.
pub fn in_place(r: &Report<'_>) -> Part {
    let mut p = Part::new("in-place", "In place", "In place");
    p.md("Each question as it was asked, and the answer given, where the answer fully meets what the question asks.");
    if by_topic(&mut p, r) == 0 {
        p.blocks.clear();
        p.md("None of the answers fully meets what its question asks.");
    }
    p
}

/// What was answered "not applicable", if anything, in one list.
pub fn not_applicable(r: &Report<'_>) -> Option<Part> {
    let a = r.assessment;
    let items: Vec<String> = a
        .questions
        .iter()
        .filter(|x| x.status == Status::Na && x.question.is_scored())
        .map(|x| item(r, x))
        .collect();
    if items.is_empty() {
        return None;
    }
    let mut p = Part::new("not-applicable", "Does not apply", "Does not apply");
    p.md(format!(
        "What {} answered does not apply to its business.",
        who(r)
    ));
    p.md(items.join("\n"));
    Some(p)
}

/// How many questions each topic leaves open, never which.
pub fn worked_on(r: &Report<'_>) -> Part {
    let a = r.assessment;
    let mut p = Part::new("worked-on", "Being worked on", "Being worked on");
    let open = |x: &&QuestionResult<'_>| {
        matches!(
            x.status,
            Status::Gap | Status::Partial | Status::Unknown | Status::Unanswered
        )
    };
    let total = a.questions.iter().filter(open).count();
    if total == 0 {
        p.md(
            "The answers leave nothing open: every question that counts is met or does not apply.",
        );
        return p;
    }
    let counted = a
        .questions
        .iter()
        .filter(|x| x.question.is_scored())
        .count();
    p.md(format!(
        "Of the {counted} questions that count, {total} {} open: not yet fully in place, or still to be found out. Each has an action in {}'s own plan; this statement does not describe them. Ask {} about any topic below.",
        if total == 1 { "is" } else { "are" },
        who(r),
        who(r)
    ));
    let mut lines = Vec::new();
    for (i, section) in a.sections.iter().enumerate() {
        let here: Vec<&QuestionResult<'_>> = a
            .questions
            .iter()
            .filter(|x| x.section == i)
            .filter(open)
            .collect();
        if here.is_empty() {
            continue;
        }
        let checking = here
            .iter()
            .filter(|x| crate::report::holds::is_not_known(x.status))
            .count();
        let mut line = format!(
            "- {}: {} open",
            inline(&topic(&section.section.title)),
            here.len()
        );
        if checking > 0 {
            line.push_str(&format!(", {checking} of them still to be found out"));
        }
        lines.push(line);
    }
    p.md(lines.join("\n"));
    p
}

/// The framework references the answers meet, and the frameworks with none.
pub fn frameworks(r: &Report<'_>) -> Part {
    let a = r.assessment;
    let mut p = Part::new("frameworks", "Frameworks", "Frameworks");
    let covered = coverage(a);
    if covered.is_empty() {
        p.md("The questionnaire does not map its questions to any framework.");
        return p;
    }
    p.md("The framework references these answers meet. A reference is listed only when every answer mapped to it meets it; this is not a claim of compliance with the framework as a whole.");
    let mut lines = Vec::new();
    for c in &covered {
        let met: Vec<String> = c
            .references
            .iter()
            .filter(|x| x.status == RefStatus::Met)
            .map(|x| inline(&x.reference))
            .collect();
        lines.push(match met.len() {
            0 => format!("- **{}**: no reference met", inline(&c.name)),
            1 => format!("- **{}**: 1 reference met: {}", inline(&c.name), met[0]),
            n => format!(
                "- **{}**: {n} references met: {}",
                inline(&c.name),
                met.join(", ")
            ),
        });
    }
    p.md(lines.join("\n"));
    p
}
