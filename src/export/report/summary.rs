//! The one-page summary (`report --format summary`): what an owner acts on,
//! on one printed A4 page. The rating and the score; what holds the rating
//! down (the must-haves not met and those not known, counted apart); the
//! first actions with who can do each; and what to ask whom. Markdown, or a
//! page of HTML with print styles that keep it to one sheet.
//!
//! Everything that could make it longer is bounded: at most a few items of
//! each list, each question cut at a word, the rest counted ("and 3 more").

use super::actions;
use super::block::{Outline, Part};
use super::holds::{held_part, must_haves_part, shorten};
use super::letters::{capitalised, recipients};
use super::{html, lead, markdown, outline};
use crate::export::{ExportError, Exporter};
use crate::report::Report;
use crate::score::Assessment;
use crate::text::markdown::inline;

/// Actions listed.
const ACTIONS: usize = 5;
/// Must-haves of each kind listed.
const MUST_HAVES: usize = 4;
/// Important questions that hold the rating, listed.
const HELD: usize = 3;
/// People to ask, listed.
const RECIPIENTS: usize = 3;
/// The longest question or action shown, in characters.
const LONGEST: usize = 100;

/// The summary's title: the organisation's name, or the questionnaire's.
fn title(r: &Report<'_>) -> String {
    let full = outline::title(r);
    let name = full
        .strip_suffix(": security report")
        .or_else(|| full.strip_suffix(": report"))
        .unwrap_or(&full);
    format!("{}: security summary", shorten(name, 80))
}

pub fn summary(r: &Report<'_>) -> Outline {
    let a = r.assessment;
    let mut result = Part::new("result", "Result", "Result");
    result.push(lead::rating(a));
    if let Some(note) = r.mismatch() {
        result.md(format!("**Note:** {}", inline(&note)));
    }
    if let Some(text) = crate::report::set_aside::sentence(a) {
        result.md(format!("{} The full report lists them.", inline(&text)));
    }
    let mut holds = Part::new("holds", "What holds it down", "What holds the rating down");
    must_haves_part(
        &mut holds,
        a,
        MUST_HAVES,
        Some(LONGEST),
        "in the full report",
    );
    held_part(&mut holds, a, HELD, Some(LONGEST), "in the full report");
    if holds.blocks.is_empty() {
        holds.md(match &a.rating {
            Some(_) => "Every must-have is in place: the rating is what the score reaches.",
            None => "Nothing holds the rating down: no question asked counts towards a score.",
        });
    }
    Outline {
        title: title(r),
        about: outline::about(r),
        parts: vec![result, holds, first_actions(a), ask_whom(a)],
    }
}

/// The first actions in a table: what, who, when (its group) and the effort.
fn first_actions(a: &Assessment<'_>) -> Part {
    let mut p = Part::new("first", "What to do first", "What to do first");
    if a.actions.is_empty() {
        p.md("Nothing to fix: every question asked is met or does not apply.");
        return p;
    }
    let shown = ACTIONS.min(a.actions.len());
    p.md(actions::table(a, 0..shown, &|t| shorten(&t, LONGEST)));
    let more = a.actions.len().saturating_sub(ACTIONS);
    p.md(match more {
        0 => "The full report says how to do each, and why it matters.".to_owned(),
        1 => "The full report says how to do each, why it matters, and 1 more action.".to_owned(),
        n => format!(
            "The full report says how to do each, why it matters, and {n} more actions in order."
        ),
    });
    p
}

/// Who to ask about the questions not known: how many questions each, and
/// the first of them. Someone the business does not have (no IT provider) is
/// not written to: their questions are to look into with whoever the
/// questionnaire names instead.
fn ask_whom(a: &Assessment<'_>) -> Part {
    let mut p = Part::new("ask", "What to ask whom", "What to ask whom");
    let all = recipients(a);
    let yourselves = crate::delegate::request::to_look_into(a);
    if all.is_empty() && yourselves.is_empty() {
        p.md("Every question has an answer: there is nothing to ask anyone else.");
        return p;
    }
    // (who, questions, must-haves, the first, whether a letter goes to them)
    let mut people: Vec<(String, usize, usize, Option<&str>, bool)> = all
        .iter()
        .map(|to| {
            let must = to.asks.iter().filter(|x| x.critical).count();
            let name = capitalised(&crate::delegate::who(to.id).name);
            (
                name,
                to.asks.len(),
                must,
                to.asks.first().map(|x| x.text),
                true,
            )
        })
        .collect();
    people.extend(yourselves.iter().map(|(instead, list)| {
        let must = list.iter().filter(|x| x.question.is_critical()).count();
        let first = list.first().map(|x| {
            x.question
                .recommendation
                .as_ref()
                .and_then(|r| r.ask_provider.as_deref())
                .unwrap_or(x.question.text.as_str())
        });
        (capitalised(instead), list.len(), must, first, false)
    }));
    let mut lines = Vec::new();
    for (name, n, must, first, letter) in people.iter().take(RECIPIENTS) {
        let count = match (*n, *must) {
            (1, 1) => "1 question, about a must-have".to_owned(),
            (1, _) => "1 question".to_owned(),
            (n, 0) => format!("{n} questions"),
            (n, m) if m == n => format!("{n} questions, all about must-haves"),
            (n, m) => format!("{n} questions, {m} about must-haves"),
        };
        let count = if *letter {
            count
        } else {
            format!("{count}; no letter")
        };
        let first = first.map_or_else(String::new, |text| {
            let text = crate::text::plain::markdown(text, 10_000);
            format!(" First: {}", inline(&shorten(&text, LONGEST + 30)))
        });
        lines.push(format!("- **{}** ({count}).{first}", inline(name)));
    }
    if people.len() > RECIPIENTS {
        lines.push(format!(
            "- and {} more people, in the full report",
            people.len() - RECIPIENTS
        ));
    }
    p.md(lines.join("\n"));
    if !all.is_empty() {
        p.md("The full report has a letter to each, ready to send.");
    }
    p
}

/// The summary as Markdown.
pub struct SummaryMarkdown;

impl Exporter<Report<'_>> for SummaryMarkdown {
    fn export(&self, r: &Report<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(render_markdown(r).into_bytes())
    }
}

/// The summary as a page of HTML that prints on one sheet.
pub struct SummaryHtml;

impl Exporter<Report<'_>> for SummaryHtml {
    fn export(&self, r: &Report<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(html::single(&summary(r)).into_bytes())
    }
}

pub fn render_markdown(r: &Report<'_>) -> String {
    sheet_markdown(&summary(r))
}

/// An outline of one sheet as Markdown: the title, what was assessed, then
/// each part under its heading (the first part has none: it is the result).
pub fn sheet_markdown(o: &Outline) -> String {
    let mut blocks = vec![
        format!("# {}", crate::text::markdown::heading(&o.title)),
        o.about.clone(),
    ];
    for (i, part) in o.parts.iter().enumerate() {
        if i > 0 {
            blocks.push(format!("## {}", part.title));
        }
        blocks.extend(part.blocks.iter().map(markdown::block));
    }
    let mut s = blocks.join("\n\n");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests;
