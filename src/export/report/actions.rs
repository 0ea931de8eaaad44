//! The action plan: one action per answer that falls short, in four groups (do
//! now, quick wins, plan, find out), each with what to do, the question and the
//! answer it came from (each said once), why it matters, the effort, who to ask,
//! and the framework references.

use super::answer_list::provenance;
use super::block::Part;
use crate::model::{Effort, Question};
use crate::report::people::{advice, asked_of};
use crate::report::{Report, describe};
use crate::score::{Action, Group};
use crate::text::markdown::{authored, heading, inline};

fn group_intro(group: Group) -> &'static str {
    match group {
        Group::DoNow => {
            "Must-haves that customers and insurers expect. Fix these first, and find out this week any you did not know."
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

/// The framework references of a question, in one line.
pub fn frameworks_line(r: &Report<'_>, q: &Question) -> Option<String> {
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

pub fn part(r: &Report<'_>) -> Part {
    let a = r.assessment;
    let mut p = Part::new("actions", "Action plan", "Action plan");
    if a.actions.is_empty() {
        p.md("No actions: every question asked is met or does not apply.");
        return p;
    }
    p.md("Each action comes from one answer. Within each group, the actions that improve the score most for the least effort come first.");
    let mut n = 0;
    for group in Group::ALL {
        let here: Vec<&Action<'_>> = a.actions.iter().filter(|x| x.group == group).collect();
        if here.is_empty() {
            continue;
        }
        p.heading(3, group.title());
        p.md(group_intro(group));
        for action in here {
            n += 1;
            let title = action.title();
            p.heading(4, &format!("{n}. {}", heading(&advice(a, &title))));
            if action.find_out {
                find_out(&mut p, r, action);
            } else {
                fix(&mut p, r, action);
            }
        }
    }
    p
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
    items.push(format!("- **Effort:** {}", effort(action.effort)));
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

/// Framework references, and where the answer came from.
fn details(items: &mut Vec<String>, r: &Report<'_>, action: &Action<'_>) {
    let q = action.question;
    if let Some(frameworks) = frameworks_line(r, q) {
        items.push(format!("- **Frameworks:** {frameworks}"));
    }
    let answer = r.assessment.questions[action.result].answer;
    for line in answer.map(|a| provenance(r, a)).unwrap_or_default() {
        items.push(format!("- {line}"));
    }
}
