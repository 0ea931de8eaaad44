//! What `merge` says on stderr: the answers taken from each reply, the ones it
//! agreed with, the conflicts (both values, and which side was kept) and the
//! answers to questions not asked. Plain text for a terminal: everything from
//! files is cleaned of control characters.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::delegate::merge::{Merged, Prefer, Reply};
use crate::model::answers::Answer;
use crate::model::{Question, Questionnaire};
use crate::report::describe;
use crate::text::count::plural;
use crate::text::shell;
use crate::text::terminal::clean_line;

/// The questions of a questionnaire by id: looked up once per answer.
struct Questions<'q>(HashMap<&'q str, &'q Question>);

impl<'q> Questions<'q> {
    fn of(q: &'q Questionnaire) -> Self {
        Questions(q.questions().map(|x| (x.id.as_str(), x)).collect())
    }

    /// An answer in words, quoted.
    fn said(&self, id: &str, a: &Answer) -> String {
        match self.0.get(id) {
            Some(x) => format!("\"{}\"", clean_line(&describe(x, &a.value))),
            None => "?".into(),
        }
    }
}

/// The conflicts, each with both values; `ours` names the answers file.
pub fn conflicts(
    q: &Questionnaire,
    m: &Merged,
    replies: &[Reply<'_>],
    ours: &str,
    prefer: Option<Prefer>,
) -> String {
    let qs = Questions::of(q);
    let mut out = String::new();
    for c in &m.conflicts {
        let kept = match prefer {
            Some(Prefer::Reply) => "; the reply's answer was taken",
            Some(Prefer::Ours) => "; ours was kept",
            None => "",
        };
        let _ = writeln!(
            out,
            "  {}: {} in {}, {} in {} (by {}){kept}",
            c.question,
            qs.said(&c.question, &c.ours),
            clean_line(ours),
            qs.said(&c.question, &c.theirs),
            clean_line(&replies[c.reply].name),
            clean_line(&replies[c.reply].by),
        );
    }
    out
}

/// What was merged from each reply.
pub fn summary(q: &Questionnaire, m: &Merged, replies: &[Reply<'_>]) -> String {
    let qs = Questions::of(q);
    let mut out = String::new();
    for (r, reply) in replies.iter().enumerate() {
        let taken: Vec<&String> = m
            .applied
            .iter()
            .filter(|(_, i)| *i == r)
            .map(|(id, _)| id)
            .collect();
        let agreed = m.agreed.iter().filter(|(_, i)| *i == r).count();
        let _ = write!(
            out,
            "From {} (by {}): {} answer{} merged",
            clean_line(&reply.name),
            clean_line(&reply.by),
            taken.len(),
            plural(taken.len(), "", "s")
        );
        if agreed > 0 {
            let _ = write!(out, ", {agreed} the same as ours");
        }
        out.push_str(".\n");
        for id in taken {
            if let Some(a) = m.answers.get(id) {
                let _ = writeln!(out, "  {id}: {}", qs.said(id, a));
            }
        }
    }
    for (id, r) in &m.hidden {
        let _ = writeln!(
            out,
            "Not merged: {} answers `{id}`, which is not asked, given the other answers.",
            clean_line(&replies[*r].name)
        );
    }
    out
}

/// What to do after a merge: the reports made from the answers before it are
/// out of date (`made`, those that exist), so say how to make them again; or,
/// when there is none, how to see the report with the new answers.
pub fn next_report(answers: &Path, made: &[PathBuf]) -> String {
    let answers = shell::path(answers);
    match made {
        [] => format!(
            "To see the report with these answers:\n    assure report {answers} -o report.html\n"
        ),
        made => {
            let mut text = format!(
                "{} made from the answers before this merge {} now out of date. Make {} again:\n",
                if made.len() == 1 {
                    "The report"
                } else {
                    "The reports"
                },
                if made.len() == 1 { "is" } else { "are" },
                if made.len() == 1 { "it" } else { "them" },
            );
            for m in made {
                text.push_str(&format!(
                    "    assure report {answers} -o {}\n",
                    shell::path(m)
                ));
            }
            text
        }
    }
}
