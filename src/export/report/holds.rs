//! What holds the rating down, as the summary of the full report and the
//! one-page summary both say it: the must-haves not met and those not known,
//! counted apart and listed apart, as the question and the answer (no ids);
//! then the important questions that hold it below the top ("held at
//! Developing by").

use super::block::Part;
use crate::report::holds::{MustHaves, must_haves, must_haves_sentence};
use crate::report::{describe, status_text};
use crate::score::{Assessment, QuestionResult};
use crate::text::count::plural;
use crate::text::markdown::inline;

/// How a must-have reads in a list: the question, then the answer. `limit`
/// cuts a long question (the one-page summary must stay one page).
fn item(a: &Assessment<'_>, x: &QuestionResult<'_>, limit: Option<usize>) -> String {
    let text = match limit {
        Some(n) => shorten(&x.question.text, n),
        None => x.question.text.value.clone(),
    };
    let answer = describe(x.question, a.answers.value(&x.question.id));
    let said = if crate::report::holds::is_not_known(x.status) {
        status_text(x.status).to_owned()
    } else {
        shorten(&answer, 80)
    };
    format!("- {} **{}**", inline(&text), inline(&said))
}

/// `s` cut to at most `n` characters at a word, with "…".
pub fn shorten(s: &str, n: usize) -> String {
    crate::text::plain::cut_at_word(&crate::report::plain_line(s), n)
}

/// The must-haves that hold the rating down: a sentence with both counts and
/// what they do to the rating, then a list of each kind (at most `shown` of
/// each, and how many more, which are `elsewhere`: "in the action plan").
pub fn must_haves_part(
    p: &mut Part,
    a: &Assessment<'_>,
    shown: usize,
    limit: Option<usize>,
    elsewhere: &str,
) {
    let m = must_haves(a);
    if m.is_empty() {
        return;
    }
    p.md(format!(
        "**{}.** {}",
        must_haves_sentence(&m),
        cap_sentence(a, &m)
    ));
    let at_most = Shown {
        shown,
        limit,
        elsewhere,
    };
    list(p, a, "Not met", &m.not_met, &at_most);
    list(p, a, "Not known (find out)", &m.not_known, &at_most);
}

/// The important questions that hold the rating at the important cap, after
/// the must-haves: "held at Developing by", then each with its answer.
pub fn held_part(
    p: &mut Part,
    a: &Assessment<'_>,
    shown: usize,
    limit: Option<usize>,
    elsewhere: &str,
) {
    if a.held_by.is_empty() {
        return;
    }
    let cap = inline(a.questionnaire.scoring().important_label());
    let things = match a.held_by.len() {
        1 => "one thing".to_owned(),
        n => format!("{n} things"),
    };
    p.md(if !a.capped_by.is_empty() {
        format!(
            "Even with the must-haves in place, the rating would be held at **{cap}** by {things} that customers and insurers strongly expect:"
        )
    } else if a.band.as_deref() != a.rating.as_deref() {
        format!(
            "Held at **{cap}** by {things} that customers and insurers strongly expect (the score alone would rate **{}**):",
            inline(a.band.as_deref().unwrap_or_default())
        )
    } else {
        format!(
            "Held at **{cap}** at most by {things} that customers and insurers strongly expect, until they are in place:"
        )
    });
    let items: Vec<&QuestionResult<'_>> = a
        .held_by
        .iter()
        .filter_map(|q| a.questions.iter().find(|x| x.question.id == q.id))
        .collect();
    let mut lines: Vec<String> = items
        .iter()
        .take(shown)
        .map(|x| item(a, x, limit))
        .collect();
    if items.len() > shown {
        lines.push(format!("- and {} more, {elsewhere}", items.len() - shown));
    }
    p.md(lines.join("\n"));
}

/// What the must-haves do to the rating.
fn cap_sentence(a: &Assessment<'_>, m: &MustHaves<'_, '_>) -> String {
    let cap = inline(a.rating.as_deref().unwrap_or_default());
    let one = plural(m.len(), "it is", "one is");
    let mut text = format!(
        "Must-haves are the basics customers and insurers expect: while {one} not in place, the rating stays at **{cap}**"
    );
    match a
        .band
        .as_deref()
        .filter(|b| Some(*b) != a.rating.as_deref())
    {
        Some(band) => text.push_str(&format!(
            " (the score alone would rate **{}**).",
            inline(band)
        )),
        None => text.push('.'),
    }
    text
}

/// How much of a list to show, and where the rest is.
struct Shown<'a> {
    shown: usize,
    limit: Option<usize>,
    elsewhere: &'a str,
}

fn list(
    p: &mut Part,
    a: &Assessment<'_>,
    title: &str,
    items: &[&QuestionResult<'_>],
    at_most: &Shown<'_>,
) {
    if items.is_empty() {
        return;
    }
    let mut lines: Vec<String> = items
        .iter()
        .take(at_most.shown)
        .map(|x| item(a, x, at_most.limit))
        .collect();
    if items.len() > at_most.shown {
        lines.push(format!(
            "- and {} more, {}",
            items.len() - at_most.shown,
            at_most.elsewhere
        ));
    }
    p.md(format!("{title}:"));
    p.md(lines.join("\n"));
}
