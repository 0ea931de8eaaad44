//! The action plan: one action per answer that falls short, in the plan's
//! order (do now, quick wins, plan, find out). The first few in full: what to
//! do, the question and the answer it came from (each said once), why it
//! matters, the effort, who to ask, and where the answer came from. The rest
//! one line each, in a table: what, who can do it, when (the group) and the
//! effort. The JSON, CSV and XLSX reports have every action in full; framework
//! references are in the appendix, not in the owner's text.

use std::ops::Range;

use super::answer_list::provenance;
use super::block::Part;
use crate::model::Effort;
use crate::report::people::{advice, asked_of, is_own_job};
use crate::report::{Report, describe};
use crate::score::{Action, Assessment, Group};
use crate::text::markdown::Align::{L, R};
use crate::text::markdown::table_head;
use crate::text::markdown::{authored, heading, inline};
use crate::text::markdown::{cell, table_row};

fn group_intro(group: Group) -> &'static str {
    match group {
        Group::DoNow => {
            "Must-haves that customers and insurers expect: fix these first, and find out first where you did not know."
        }
        Group::QuickWins => {
            "Little effort each, and worth more than any bigger job left. Do them this month."
        }
        Group::Plan => {
            "Bigger jobs, and the small ones that matter less, most useful first. Put them on the plan for the coming months."
        }
        Group::FindOut => "You answered \"I don't know\" here. Find out, then update your answers.",
    }
}

/// Who can do an action: whoever can tell, for an action to find out; whoever
/// the recommendation says to ask, for a fix (or who to turn to instead, when
/// the business has nobody in that role), unless it is the business's own job
/// (a policy, training, an incident plan: see [`is_own_job`]); else the
/// owner. Untrusted (a
/// questionnaire may name anyone): escape it.
pub fn who_acts(a: &Assessment<'_>, action: &Action<'_>) -> String {
    let who = asked_of(a, action.question);
    let helped = action.ask_provider().is_some() && !is_own_job(action.question);
    let who = if action.find_out || helped {
        who
    } else {
        "you".to_owned()
    };
    super::letters::capitalised(&who)
}

pub fn effort(e: Effort) -> &'static str {
    match e {
        Effort::Low => "Low",
        Effort::Medium => "Medium",
        Effort::High => "High",
    }
}

/// Authored Markdown inside a list item: continuation lines indented under it.
pub fn indented(text: &str, indent: &str) -> String {
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

/// Actions shown in full; the rest are one line each.
pub const IN_FULL: usize = 5;

/// What each group means, in one line.
fn legend() -> String {
    Group::ALL
        .iter()
        .map(|g| format!("- **{}:** {}", g.title(), group_intro(*g)))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn part(r: &Report<'_>) -> Part {
    let a = r.assessment;
    let mut p = Part::new("actions", "Action plan", "Action plan");
    if a.actions.is_empty() {
        p.md("No actions: every question asked is met or does not apply.");
        return p;
    }
    p.md("Each action comes from one answer. They come in four groups, in this order; within each group, the actions that improve the score most for the least effort come first.");
    p.md(legend());
    p.heading(
        3,
        &match a.actions.len() {
            n if n > IN_FULL => {
                format!("The first {}, in full", crate::text::number::words(IN_FULL))
            }
            1 => "The action, in full".to_owned(),
            _ => "Each action, in full".to_owned(),
        },
    );
    for (i, action) in a.actions.iter().take(IN_FULL).enumerate() {
        p.heading(
            4,
            &format!("{}. {}", i + 1, heading(&advice(a, &action.title()))),
        );
        p.md(format!(
            "*{}, {} effort.*",
            action.group.title(),
            effort(action.effort).to_lowercase()
        ));
        if action.find_out {
            find_out(&mut p, r, action);
        } else {
            fix(&mut p, r, action);
        }
    }
    rest(&mut p, a);
    p
}

/// The actions `range` (from 0) of the plan, a line each: number, what to do
/// (its title through `title`), who can do it, when (its group), the effort.
/// The full report's and the summary's tables.
pub fn table(a: &Assessment<'_>, range: Range<usize>, title: &dyn Fn(String) -> String) -> String {
    let mut t = table_head(&[
        ("#", R),
        ("What to do", L),
        ("Who can do it", L),
        ("When", L),
        ("Effort", L),
    ]);
    let (skip, take) = (range.start, range.len());
    for (i, x) in a.actions.iter().enumerate().skip(skip).take(take) {
        t.push('\n');
        t.push_str(&table_row(&[
            (i + 1).to_string(),
            cell(&title(x.title())),
            cell(&who_acts(a, x)),
            x.group.title().to_owned(),
            effort(x.effort).to_owned(),
        ]));
    }
    t
}

/// The actions after the first ones, a line each.
fn rest(p: &mut Part, a: &Assessment<'_>) {
    if a.actions.len() <= IN_FULL {
        return;
    }
    p.heading(3, "Then, one line each");
    p.md("Each says how to do it in the JSON, CSV and XLSX reports (`assure report --format xlsx` makes a workbook to track them).");
    p.md(table(a, IN_FULL..a.actions.len(), &|t| t));
}

/// An action to fix something: what to do, then the details.
fn fix(p: &mut Part, r: &Report<'_>, action: &Action<'_>) {
    let q = action.question;
    if let Some(rec) = action.recommendation {
        p.md(authored(&advice(r.assessment, &rec.text)));
    }
    let mut items = vec![
        format!("- **The question:** {}", inline(&q.text)),
        format!(
            "- **Your answer:** {}",
            inline(&describe(q, r.assessment.answers.value(&q.id)))
        ),
    ];
    if let Some(why) = &q.why {
        items.push(format!("- **Why it matters:** {}", indented(why, "  ")));
    }
    if let Some(ask) = action.ask_provider() {
        items.push(format!(
            "- **Ask {}:** {}",
            inline(&asked_of(r.assessment, q)),
            indented(ask, "  ")
        ));
    }
    details(&mut items, r, action);
    p.md(items.join("\n"));
}

/// An action to find something out: the heading holds the question; the body
/// says who can tell, and what to ask them.
fn find_out(p: &mut Part, r: &Report<'_>, action: &Action<'_>) {
    let q = action.question;
    p.md("You answered \"I don't know\".");
    if let Some(help) = &q.help {
        p.md(authored(&advice(r.assessment, help)));
    }
    let mut items = Vec::new();
    if let Some(why) = &q.why {
        items.push(format!("- **Why it matters:** {}", indented(why, "  ")));
    }
    let who = inline(&asked_of(r.assessment, q));
    items.push(match action.ask_provider() {
        Some(ask) => format!(
            "- **Who can tell you:** {who}. Ask: {}",
            indented(ask, "  ")
        ),
        None => format!("- **Who can tell you:** {who}."),
    });
    details(&mut items, r, action);
    p.md(items.join("\n"));
}

/// Where the answer came from.
fn details(items: &mut Vec<String>, r: &Report<'_>, action: &Action<'_>) {
    let answer = r.assessment.questions[action.result].answer;
    for line in answer.map(|a| provenance(r, a)).unwrap_or_default() {
        items.push(format!("- {line}"));
    }
}
