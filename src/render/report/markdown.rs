//! The Markdown report: for the owner of the business first (what to do, what to
//! ask), then for whoever checks it (the answers, framework coverage, the method).
//!
//! The report is a list of blocks joined by one blank line, so headings, lists and
//! tables are always separated as markdownlint expects. Untrusted text goes through
//! `escape` before it is placed.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::{RefStatus, Report, coverage, describe, organisation, percent, status_text};
use crate::digest;
use crate::model::Question;
use crate::model::answers::Value;
use crate::score::{Action, Assessment, Group, QuestionResult, Status};
use crate::text::markdown::{self as escape, authored, cell, code, heading, inline};

struct Doc {
    blocks: Vec<String>,
}

impl Doc {
    fn push(&mut self, block: impl Into<String>) {
        let block = block.into();
        let block = block.trim_end();
        if !block.is_empty() {
            self.blocks.push(block.to_owned());
        }
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.push(format!("{} {text}", "#".repeat(level)));
    }

    fn finish(self) -> String {
        let mut s = self.blocks.join("\n\n");
        s.push('\n');
        s
    }
}

/// Authored Markdown inside a list item: continuation lines indented under it.
fn indented(text: &str, indent: &str) -> String {
    authored(text)
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 || l.trim().is_empty() {
                l.trim_end().to_owned()
            } else {
                format!("{indent}{}", l.trim_end())
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn table(header: &[&str], align: &[&str], rows: &[Vec<String>]) -> String {
    let mut t = format!("| {} |\n| {} |", header.join(" | "), align.join(" | "));
    for row in rows {
        let _ = write!(t, "\n| {} |", row.join(" | "));
    }
    t
}

fn points(n: f64) -> String {
    if (n - n.round()).abs() < 1e-9 {
        format!("{}", n.round() as i64)
    } else {
        format!("{n:.1}")
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn effort(a: &Action<'_>) -> &'static str {
    match a.effort {
        crate::model::Effort::Low => "Low",
        crate::model::Effort::Medium => "Medium",
        crate::model::Effort::High => "High",
    }
}

fn frameworks_line(r: &Report<'_>, q: &Question) -> Option<String> {
    let parts: Vec<String> = q
        .maps
        .iter()
        .map(|(id, refs)| {
            let refs: Vec<&str> = refs.iter().map(|r| r.as_str()).collect();
            format!(
                "{} {}",
                inline(r.assessment.questionnaire.framework_name(id)),
                inline(&refs.join(", "))
            )
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

fn answer_of<'a>(r: &'a Report<'_>, q: &Question) -> &'a Value {
    r.assessment.answers.value(&q.id)
}

pub fn render(r: &Report<'_>) -> String {
    let a = r.assessment;
    let q = a.questionnaire;
    let mut doc = Doc { blocks: Vec::new() };
    match organisation(a) {
        Some(org) => doc.heading(1, &format!("{}: {}", heading(&q.title), heading(org))),
        None => doc.heading(1, &heading(&q.title)),
    }
    facts(&mut doc, r);
    summary(&mut doc, r);
    sections(&mut doc, r);
    actions(&mut doc, r);
    provider(&mut doc, r);
    answers(&mut doc, r);
    frameworks(&mut doc, r);
    method(&mut doc, r);
    doc.finish()
}

fn facts(doc: &mut Doc, r: &Report<'_>) {
    let a = r.assessment;
    let q = a.questionnaire;
    let who = &a.answers.respondent;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row = |k: &str, v: String| rows.push(vec![k.to_owned(), v]);
    if let Some(org) = organisation(a) {
        row("Organisation", cell(org));
    }
    let person: Vec<&str> = [who.name.as_deref(), who.role.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if !person.is_empty() {
        row("Answered by", cell(&person.join(", ")));
    }
    if let Some(email) = who.email.as_deref().filter(|s| !s.trim().is_empty()) {
        row("Email", cell(email));
    }
    row(
        "Date answered",
        who.date
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map_or_else(|| "Not given".into(), cell),
    );
    row(
        "Questionnaire",
        format!("{} ({})", cell(&q.title), code(&q.id)),
    );
    row("Version", cell(&q.version));
    row("Digest", code(digest::short(&r.digest)));
    if let Some(d) = &q.derived_from {
        row(
            "Trimmed from",
            format!("{} {}", code(&d.id), cell(&d.version)),
        );
    }
    let asked = a.questions.len();
    let answered = a
        .questions
        .iter()
        .filter(|x| x.answer.is_some_and(|v| v.value.is_answered()))
        .count();
    row(
        "Completeness",
        format!(
            "{answered} of {asked} questions answered ({})",
            percent(a.completeness.map(|c| c * 100.0))
        ),
    );
    if let Some(by) = r.prepared_by {
        row("Prepared by", cell(by));
    }
    doc.push(table(&["Item", "Detail"], &["---", "---"], &rows));
}

fn summary(doc: &mut Doc, r: &Report<'_>) {
    let a = r.assessment;
    doc.heading(2, "Summary");
    rating(doc, a);
    if !a.capped_by.is_empty() {
        capped(doc, a);
    }
    let unanswered = a
        .questions
        .iter()
        .filter(|x| x.status == Status::Unanswered)
        .count();
    if unanswered > 0 {
        doc.push(format!(
            "{} not answered yet; answering {} may change the score.",
            plural(unanswered, "question is", "questions are"),
            if unanswered == 1 { "it" } else { "them" }
        ));
    }
    if let Some(note) = r.mismatch() {
        doc.push(format!("**Note:** {}", inline(&note)));
    }
    first_actions(doc, a);
}

/// Who is rated what, with which score.
fn rating(doc: &mut Doc, a: &Assessment<'_>) {
    let who = organisation(a).map_or_else(|| "This business".to_owned(), inline);
    match (&a.rating, a.overall) {
        (Some(rating), Some(score)) => doc.push(format!(
            "{who} is rated **{}**, with an overall score of {}.",
            inline(rating),
            percent(Some(score))
        )),
        (Some(rating), None) => doc.push(format!("{who} is rated **{}**.", inline(rating))),
        _ => doc.push(format!(
            "{who} has no score: none of the questions asked counts towards one."
        )),
    }
}

/// The must-haves that hold the rating down.
fn capped(doc: &mut Doc, a: &Assessment<'_>) {
    let cap = a.rating.as_deref().unwrap_or_default();
    let what = if a.capped_by.len() == 1 {
        "a must-have is".to_owned()
    } else {
        format!("{} must-haves are", a.capped_by.len())
    };
    let mut text = format!(
        "The rating is held at **{}** because {what} not in place",
        inline(cap)
    );
    match a.band.as_deref().filter(|b| *b != cap) {
        Some(band) => {
            let _ = write!(text, " (the score alone would rate **{}**):", inline(band));
        }
        None => text.push(':'),
    }
    doc.push(text);
    let statuses: HashMap<&str, Status> = a
        .questions
        .iter()
        .map(|x| (x.question.id.as_str(), x.status))
        .collect();
    let list: Vec<String> = a
        .capped_by
        .iter()
        .map(|q| {
            let status = statuses
                .get(q.id.as_str())
                .map_or("Not met", |s| status_text(*s));
            format!(
                "- {} ({}: {})",
                inline(&q.text),
                code(&q.id),
                status.to_lowercase()
            )
        })
        .collect();
    doc.push(list.join("\n"));
}

/// The three things to do first.
fn first_actions(doc: &mut Doc, a: &Assessment<'_>) {
    if a.actions.is_empty() {
        doc.push("There is nothing to fix: every question asked is met.");
    } else {
        doc.push(match a.actions.len() {
            1 => "The thing to do first:",
            2 => "The two things to do first:",
            _ => "The three things to do first:",
        });
        let first: Vec<String> = a
            .actions
            .iter()
            .take(3)
            .enumerate()
            .map(|(i, x)| {
                format!(
                    "{}. **{}** ({}, {} effort)",
                    i + 1,
                    inline(&x.title()),
                    x.group.title().to_lowercase(),
                    effort(x).to_lowercase()
                )
            })
            .collect();
        doc.push(first.join("\n"));
    }
}

fn sections(doc: &mut Doc, r: &Report<'_>) {
    let a = r.assessment;
    doc.heading(2, "Scores by section");
    let mut rows: Vec<Vec<String>> = a
        .sections
        .iter()
        .map(|s| {
            if s.asked == 0 {
                vec![cell(&s.section.title), "Not asked".into(), "-".into()]
            } else {
                vec![
                    cell(&s.section.title),
                    percent(s.score),
                    format!("{} of {}", s.answered, s.asked),
                ]
            }
        })
        .collect();
    let answered: usize = a.sections.iter().map(|s| s.answered).sum();
    rows.push(vec![
        "**Overall**".into(),
        format!("**{}**", percent(a.overall)),
        format!("{answered} of {}", a.questions.len()),
    ]);
    doc.push(table(
        &["Section", "Score", "Answered"],
        &["---", "---:", "---:"],
        &rows,
    ));
}

fn group_intro(group: Group) -> &'static str {
    match group {
        Group::DoNow => "Must-haves that customers and insurers expect. Fix these first.",
        Group::QuickWins => "Little effort each. Worth doing this month.",
        Group::Plan => "Bigger jobs. Put them on the plan for the coming months.",
        Group::FindOut => "You answered \"I don't know\" here. Find out, then update your answers.",
    }
}

fn actions(doc: &mut Doc, r: &Report<'_>) {
    let a = r.assessment;
    doc.heading(2, "Action plan");
    if a.actions.is_empty() {
        doc.push("No actions: every question asked is met or does not apply.");
        return;
    }
    doc.push("Each action comes from one answer. Within each group, the actions that improve the score most for the least effort come first.");
    let mut n = 0;
    for group in Group::ALL {
        let here: Vec<&Action<'_>> = a.actions.iter().filter(|x| x.group == group).collect();
        if here.is_empty() {
            continue;
        }
        doc.heading(3, group.title());
        doc.push(group_intro(group));
        for action in here {
            n += 1;
            let q = action.question;
            doc.heading(4, &format!("{n}. {}", heading(&action.title())));
            if group == Group::FindOut {
                doc.push(format!(
                    "You answered \"I don't know\" to: {}",
                    inline(&q.text)
                ));
                if let Some(help) = &q.help {
                    doc.push(authored(help));
                }
            } else if let Some(rec) = action.recommendation {
                doc.push(authored(&rec.text));
            }
            let mut items = Vec::new();
            if let Some(why) = &q.why {
                items.push(format!("- **Why it matters:** {}", indented(why, "  ")));
            }
            items.push(format!("- **Effort:** {}", effort(action)));
            items.push(format!(
                "- **From the question:** {} ({}); your answer: {}",
                inline(&q.text),
                code(&q.id),
                inline(&describe(q, answer_of(r, q)))
            ));
            if let Some(frameworks) = frameworks_line(r, q) {
                items.push(format!("- **Frameworks:** {frameworks}"));
            }
            match action.ask_provider() {
                Some(ask) => items.push(format!(
                    "- **Ask your IT provider:** {}",
                    indented(ask, "  ")
                )),
                None if group == Group::FindOut => {
                    items.push(format!("- **Ask your IT provider:** {}", inline(&q.text)))
                }
                None => {}
            }
            doc.push(items.join("\n"));
        }
    }
}

fn provider(doc: &mut Doc, r: &Report<'_>) {
    let a = r.assessment;
    doc.heading(2, "Questions to ask your IT provider");
    // Each distinct question once, in order, with every action that asks it.
    let mut asks: Vec<(String, Vec<String>)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for action in &a.actions {
        let ask = match action.ask_provider() {
            Some(ask) => authored(ask).replace('\n', " "),
            None if action.group == Group::FindOut => inline(&action.question.text),
            None => continue,
        };
        let from = code(&action.question.id);
        match seen.get(&ask) {
            Some(&i) => asks[i].1.push(from),
            None => {
                seen.insert(ask.clone(), asks.len());
                asks.push((ask, vec![from]));
            }
        }
    }
    if asks.is_empty() {
        doc.push("This assessment raised no questions for your IT provider.");
        return;
    }
    doc.push("Send these to whoever looks after your computers. Their answers tell you what is already done, and what the rest will take.");
    let list: Vec<String> = asks
        .iter()
        .enumerate()
        .map(|(i, (ask, from))| format!("{}. {ask} (about {})", i + 1, from.join(", ")))
        .collect();
    doc.push(list.join("\n"));
}

fn answers(doc: &mut Doc, r: &Report<'_>) {
    let a = r.assessment;
    doc.heading(2, "Your answers");
    let mut n = 0;
    let mut not_asked = Vec::new();
    let mut by_section: Vec<Vec<&QuestionResult<'_>>> = vec![Vec::new(); a.sections.len()];
    for x in &a.questions {
        if let Some(list) = by_section.get_mut(x.section) {
            list.push(x);
        }
    }
    for (section, here) in a.sections.iter().zip(by_section) {
        if here.is_empty() {
            not_asked.push(cell(&section.section.title));
            continue;
        }
        doc.heading(3, &heading(&section.section.title));
        let mut rows = Vec::new();
        let mut notes = Vec::new();
        for x in here {
            n += 1;
            let value = answer_of(r, x.question);
            let mut status = status_text(x.status).to_owned();
            if x.question.is_critical() {
                status += " (must-have)";
            }
            rows.push(vec![
                n.to_string(),
                cell(&x.question.text),
                cell(&describe(x.question, value)),
                status,
            ]);
            if let Some(answer) = x.answer {
                let mut parts = Vec::new();
                if let Some(note) = &answer.note {
                    parts.push(format!("Note: {}", escape::block(note, "  ")));
                }
                if !answer.evidence.is_empty() {
                    let list: Vec<String> = answer.evidence.iter().map(|e| inline(e)).collect();
                    parts.push(format!("Evidence: {}", list.join(", ")));
                }
                if !parts.is_empty() {
                    notes.push(format!("- **{n}.** {}", parts.join("\n  ")));
                }
            }
        }
        doc.push(table(
            &["#", "Question", "Answer", "Status"],
            &["---:", "---", "---", "---"],
            &rows,
        ));
        if !notes.is_empty() {
            doc.push(notes.join("\n"));
        }
    }
    if !not_asked.is_empty() {
        doc.push(format!(
            "Not asked, because of earlier answers: {}.",
            not_asked.join(", ")
        ));
    }
}

fn frameworks(doc: &mut Doc, r: &Report<'_>) {
    let covered = coverage(r.assessment);
    if covered.is_empty() {
        return;
    }
    doc.heading(2, "Framework coverage");
    doc.push("How the answers meet the frameworks this questionnaire maps to. A reference is met when every question asked about it is met.");
    for c in covered {
        doc.heading(3, &heading(&c.name));
        doc.push(format!(
            "{} of {} met; {} not met; {} not assessed.",
            c.count(RefStatus::Met),
            plural(c.references.len(), "reference", "references"),
            c.count(RefStatus::NotMet),
            c.count(RefStatus::NotAssessed)
        ));
        let rows: Vec<Vec<String>> = c
            .references
            .iter()
            .map(|x| {
                let qs: Vec<String> = x.questions.iter().map(|q| code(&q.id)).collect();
                vec![
                    cell(&x.reference),
                    x.status.text().to_owned(),
                    qs.join(", "),
                ]
            })
            .collect();
        doc.push(table(
            &["Reference", "Status", "Questions"],
            &["---", "---", "---"],
            &rows,
        ));
    }
}

fn method(doc: &mut Doc, r: &Report<'_>) {
    let a = r.assessment;
    let q = a.questionnaire;
    let scoring = q.scoring();
    doc.heading(2, "How the score was computed");
    doc.push("Each scored question has a weight: how much it counts. A fully met answer earns its whole weight, a partly met answer earns part of it, and \"No\", \"I don't know\" or no answer earn nothing. Questions answered \"Not applicable\", questions for information only, and questions not asked are left out.");
    let (mut earned, mut possible) = (0.0, 0.0);
    for x in a.questions.iter().filter(|x| x.counts()) {
        let w = f64::from(x.weight());
        earned += w * x.fraction.unwrap_or(0.0);
        possible += w;
    }
    doc.push(format!(
        "A section's score is the points it earned divided by the points it could earn. The overall score adds up every section the same way: {} of {} points, {}.",
        points(earned),
        points(possible),
        percent(a.overall)
    ));
    doc.push(format!(
        "Must-have questions are marked as such in your answers. If any of them is not fully met, answered \"I don't know\", or not answered, the rating is at most **{}**.",
        inline(scoring.cap_label())
    ));
    let rows: Vec<Vec<String>> = scoring
        .bands
        .iter()
        .map(|b| {
            let min = points(b.min.value);
            vec![
                cell(&b.label),
                if b.min.value == 0.0 {
                    "below the others".into()
                } else {
                    format!("{min}% or more")
                },
            ]
        })
        .collect();
    doc.push(table(&["Rating", "Overall score"], &["---", "---"], &rows));
    doc.push("Actions are ordered by impact divided by effort. Impact is the points a fix would earn, doubled for must-haves; effort counts low as 1, medium as 2 and high as 3.");
}
