//! The closure over conditions: whatever a kept question's or section's `when`
//! refers to is kept too, with a note saying why (a warning when it had been
//! excluded).
//!
//! Linear in the size of the base: each question's and each section's condition
//! is looked at once, when the question (or the section's first question) is kept.
//! The work goes in rounds, each over what the round before kept, in the base's
//! order, so that the notes come out in a stable order.

use std::collections::HashSet;

use super::Base;
use super::select::Excluded;
use crate::diagnostic::Collector;
use crate::diagnostic::kinds::Profile as Problem;
use crate::model::Condition;
use crate::yaml::Spanned;

/// Who refers to a question: a section or a question, named in a note.
#[derive(Clone, Copy)]
enum Referrer<'q> {
    Section(&'q str),
    Question(&'q str),
}

impl Referrer<'_> {
    fn name(self) -> String {
        match self {
            Referrer::Section(id) => format!("the section `{id}`"),
            Referrer::Question(id) => format!("`{id}`"),
        }
    }
}

/// Adds to `keep` every question that a kept question's or section's condition
/// refers to, and what those refer to in turn.
pub(super) fn close<'q>(
    base: &Base<'q>,
    keep: &mut HashSet<&'q str>,
    excluded: &Excluded<'_>,
    c: &mut Collector,
) {
    let mut active_sections: HashSet<usize> = HashSet::new();
    let mut fresh: Vec<&'q str> = keep.iter().copied().collect();
    while !fresh.is_empty() {
        // This round's questions in the base's order: (section, position, id).
        let mut round: Vec<(usize, usize, &'q str)> = fresh
            .iter()
            .filter_map(|id| base.place.get(id).map(|&(s, p)| (s, p, *id)))
            .collect();
        round.sort_unstable();
        let mut pulled: Vec<(&'q str, Referrer<'q>)> = Vec::new();
        for (s, _, id) in round {
            if active_sections.insert(s) {
                let section = &base.q.sections[s];
                pull(
                    section.when.as_ref(),
                    Referrer::Section(section.id.as_str()),
                    &mut pulled,
                );
            }
            let when = base.by_id.get(id).and_then(|q| q.when.as_ref());
            pull(when, Referrer::Question(id), &mut pulled);
        }
        fresh = Vec::new();
        for (dep, who) in pulled {
            let Some((dep, _)) = base.by_id.get_key_value(dep) else {
                continue;
            };
            if keep.insert(dep) {
                fresh.push(dep);
                say_kept(dep, who, excluded, c);
            }
        }
    }
}

fn pull<'q>(
    when: Option<&'q Spanned<Condition>>,
    who: Referrer<'q>,
    pulled: &mut Vec<(&'q str, Referrer<'q>)>,
) {
    if let Some(when) = when {
        pulled.extend(when.questions().into_iter().map(|q| (q.as_str(), who)));
    }
}

fn say_kept(dep: &str, who: Referrer<'_>, excluded: &Excluded<'_>, c: &mut Collector) {
    let who = who.name();
    match excluded.get(dep) {
        Some(at) => {
            c.warning(
                at.span,
                Problem::KeptExcluded {
                    question: dep.to_owned(),
                    by: who.to_string(),
                },
            )
            .help = Some(format!("exclude {who} too, or keep `{dep}`"));
        }
        None => {
            c.note(Problem::Kept {
                question: dep.to_owned(),
                by: who.to_string(),
            });
        }
    }
}
