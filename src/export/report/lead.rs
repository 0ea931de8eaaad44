//! The summary that leads the report: the rating and score, the three things to
//! do first, the must-haves not met and not known (in words, without ids), the
//! important questions that hold the rating below the top ("held at
//! Developing by"), what to keep in mind when reading the rest, and the scores
//! by section.

use super::block::{Block, Part};
use super::chart::{Bar, Chart, marks};
use crate::report::{Report, Tone, given_by, needs_fresh_look, organisation, percent};
use crate::score::{Action, Assessment, Status};
use crate::text::markdown::inline;

/// Must-haves of each kind (not met, not known) listed in the summary; the
/// action plan has the rest.
const MUST_HAVES_SHOWN: usize = 5;
/// Important questions holding the rating that are listed in the summary.
const HELD_SHOWN: usize = 3;

pub fn part(r: &Report<'_>) -> Part {
    let a = r.assessment;
    let mut p = Part::new("summary", "Summary", "Summary");
    p.push(rating(a));
    first_actions(&mut p, a);
    must_haves(&mut p, a);
    notes(&mut p, r);
    p.push(Block::Chart(sections(a)));
    p
}

/// Who is rated what, with which score.
pub fn rating(a: &Assessment<'_>) -> Block {
    let who = organisation(a).map_or_else(|| "This business".to_owned(), inline);
    let markdown = match (&a.rating, a.overall) {
        (Some(rating), Some(score)) => format!(
            "{who} is rated **{}**, with an overall score of {}.",
            inline(rating),
            percent(Some(score))
        ),
        (Some(rating), None) => format!("{who} is rated **{}**.", inline(rating)),
        _ => format!("{who} has no score: none of the questions asked counts towards one."),
    };
    Block::Rating {
        label: a.rating.clone(),
        tone: Tone::of_band(a, a.rating.as_deref()),
        score: a.overall,
        markdown,
    }
}

/// An action in a line: its title, group and effort.
pub fn one_line(x: &Action<'_>) -> String {
    let effort = format!("{:?}", x.effort).to_lowercase();
    format!(
        "**{}** ({}, {effort} effort)",
        inline(&x.title()),
        x.group.title().to_lowercase()
    )
}

/// The three things to do first.
fn first_actions(p: &mut Part, a: &Assessment<'_>) {
    if a.actions.is_empty() {
        p.md("There is nothing to fix: every question asked is met.");
        return;
    }
    p.md(match a.actions.len() {
        1 => "The thing to do first:",
        2 => "The two things to do first:",
        _ => "The three things to do first:",
    });
    let first: Vec<String> = a
        .actions
        .iter()
        .take(3)
        .enumerate()
        .map(|(i, x)| format!("{}. {}", i + 1, one_line(x)))
        .collect();
    p.md(first.join("\n"));
}

/// The must-haves that hold the rating down, not met and not known apart.
fn must_haves(p: &mut Part, a: &Assessment<'_>) {
    super::holds::must_haves_part(p, a, MUST_HAVES_SHOWN, None, "in the action plan");
    super::holds::held_part(p, a, HELD_SHOWN, None, "in the action plan");
}

/// What to keep in mind: unanswered questions, answers given by others or carried
/// over (and too old), and answers given to another version.
fn notes(p: &mut Part, r: &Report<'_>) {
    let a = r.assessment;
    let count = |f: &dyn Fn(&crate::score::QuestionResult<'_>) -> bool| {
        a.questions.iter().filter(|x| f(x)).count()
    };
    let unanswered = count(&|x| x.status == Status::Unanswered);
    if unanswered > 0 {
        p.md(match unanswered {
            1 => "1 question is not answered yet; answering it may change the score.".to_owned(),
            n => {
                format!("{n} questions are not answered yet; answering them may change the score.")
            }
        });
    }
    by_others(p, a);
    let carried = count(&|x| x.answer.is_some_and(|v| v.from.is_some()));
    let stale = count(&|x| x.answer.and_then(|v| needs_fresh_look(r, v)) == Some(true));
    if carried > 0 {
        let mut text = match carried {
            1 => "One answer was carried over from an earlier assessment.".to_owned(),
            n => format!("{n} answers were carried over from an earlier assessment."),
        };
        let days = r.settings.max_age_days;
        match stale {
            0 => {}
            1 if carried == 1 => text.push_str(&format!(" **It is more than {days} days old: check that it is still true.** Appendix A marks it.")),
            1 => text.push_str(&format!(" **One of them is more than {days} days old: check that it is still true.** Appendix A marks it.")),
            n => text.push_str(&format!(" **{n} of them are more than {days} days old: check that they are still true.** Appendix A marks them.")),
        }
        p.md(text);
    }
    if let Some(note) = r.mismatch() {
        p.md(format!("**Note:** {}", inline(&note)));
    }
    if let Some(text) = crate::report::set_aside::sentence(a) {
        p.md(format!(
            "{} Appendix A lists them, under \"{}\".",
            inline(&text),
            crate::report::set_aside::HEADING
        ));
    }
}

/// How many answers came from whom, when not from the respondent.
fn by_others(p: &mut Part, a: &Assessment<'_>) {
    let mut who: Vec<(String, usize)> = Vec::new();
    for by in a
        .questions
        .iter()
        .filter_map(|x| x.answer.and_then(given_by))
    {
        match who.iter_mut().find(|(w, _)| *w == by) {
            Some((_, n)) => *n += 1,
            None => who.push((by, 1)),
        }
    }
    if who.is_empty() {
        return;
    }
    let list: Vec<String> = who
        .iter()
        .map(|(w, n)| format!("{n} from {}", inline(w)))
        .collect();
    p.md(match who.as_slice() {
        [(w, 1)] => format!("One answer came from {}. Appendix A says which.", inline(w)),
        [(w, n)] => format!(
            "{n} answers came from {}. Appendix A says which.",
            inline(w)
        ),
        _ => format!(
            "Some answers came from someone else: {}. Appendix A says which.",
            list.join(", ")
        ),
    });
}

/// The scores by section, and overall.
fn sections(a: &Assessment<'_>) -> Chart {
    let mut bars: Vec<Bar> = a
        .sections
        .iter()
        .map(|s| Bar {
            label: crate::report::plain_line(&s.section.title),
            score: s.score.filter(|_| s.asked > 0),
            detail: if s.asked == 0 {
                "Not asked".into()
            } else if s.score.is_none() {
                "No score".into()
            } else {
                format!("{} of {} answered", s.answered, s.asked)
            },
            tone: Tone::of_score(a, s.score),
            total: false,
            note: crate::report::words::csf_function(&crate::report::plain_line(&s.section.title)),
        })
        .collect();
    let answered: usize = a.sections.iter().map(|s| s.answered).sum();
    bars.push(Bar {
        label: "Overall".into(),
        score: a.overall,
        detail: format!("{answered} of {} answered", a.questions.len()),
        tone: Tone::of_score(a, a.overall),
        total: true,
        note: None,
    });
    Chart {
        id: "chart-sections",
        heading: "Scores by section",
        caption: "Scores by section, out of 100%".into(),
        columns: ["Section", "Questions"],
        bars,
        marks: marks(a),
    }
}
