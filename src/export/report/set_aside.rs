//! The report's list of answers from an older version of the questionnaire
//! that no longer fit it: under the answers, so that whoever checks the work
//! sees what was given and why it does not count.

use super::block::Part;
use crate::report::Report;
use crate::report::set_aside::{HEADING, list};
use crate::text::markdown::{cell, code, inline};

/// Adds the list to `p`, when anything was set aside.
pub fn add(p: &mut Part, r: &Report<'_>) {
    let rows = list(r.assessment);
    if rows.is_empty() {
        return;
    }
    p.heading(3, HEADING);
    let given = &r.assessment.answers.questionnaire;
    let version = given.version.as_ref().map_or_else(
        || "an earlier version".to_owned(),
        |v| format!("version {}", inline(v)),
    );
    p.md(format!(
        "These answers were given to {version} of the questionnaire and no longer fit this one (version {}). They are kept in the answers file but not used: each counts as not answered until the question is answered again.",
        inline(&r.assessment.questionnaire.version)
    ));
    let mut table =
        "| Question | Earlier answer | Why it no longer fits |\n| --- | --- | --- |".to_owned();
    for x in rows {
        let question = match x.question {
            Some(q) => format!("{} {}", cell(&q.text), code(x.id)),
            None => code(x.id),
        };
        let answer = if x.answer.is_empty() {
            "(none)".to_owned()
        } else {
            cell(x.answer)
        };
        table.push_str(&format!("\n| {question} | {answer} | {} |", cell(&x.why)));
    }
    p.md(table);
}
