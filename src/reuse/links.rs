//! `same_as` checked against the questionnaires it names, wherever they can be
//! found, and how many questions of a questionnaire can take their answers from
//! each other one.

use std::collections::HashMap;
use std::sync::Arc;

use super::{family, same_family};
use crate::check::links::split_same_as;
use crate::diagnostic::kinds::Link;
use crate::diagnostic::{Collector, Diagnostic};
use crate::model::{Question, Questionnaire};
use crate::source::Source;
use crate::text::count::plural;
use crate::text::suggest::{did_you_mean, quoted_list};
use crate::yaml::Spanned;

/// Checks every `same_as` of `q` (read from `src`) against `others`, the
/// questionnaires that could be found, by id.
pub fn check(
    q: &Questionnaire,
    src: &Arc<Source>,
    others: &HashMap<String, Questionnaire>,
) -> Vec<Diagnostic> {
    let mut c = Collector::new(src);
    for question in q.questions() {
        let mut found: Vec<&Question> = Vec::new();
        for link in &question.same_as {
            let Some((qid, id)) = split_same_as(link) else {
                continue;
            };
            let Some(other) = others.get(qid) else {
                not_found(&mut c, link, qid, others);
                continue;
            };
            match other.question(id) {
                Some(theirs) => {
                    fits(&mut c, question, link, theirs);
                    found.push(theirs);
                }
                None => {
                    c.error(
                        link.span,
                        Link::NoQuestion {
                            questionnaire: qid.to_owned(),
                            id: id.to_owned(),
                        },
                    )
                    .help = did_you_mean(id, other.questions().map(|x| x.id.as_str()));
                }
            }
        }
        table_keys(&mut c, question, &found);
    }
    c.into_vec()
}

fn not_found(
    c: &mut Collector,
    link: &Spanned<String>,
    qid: &str,
    others: &HashMap<String, Questionnaire>,
) {
    c.warning(
        link.span,
        Link::NotFound {
            link: link.value.clone(),
            questionnaire: qid.to_owned(),
        },
    )
    .help = did_you_mean(qid, others.keys().map(String::as_str)).or_else(|| {
        Some("it is checked when that questionnaire is bundled or in a configured folder".into())
    });
}

/// The other question takes answers of the same type, each of which is an
/// answer to this one (directly or through `same_as_values`).
fn fits(c: &mut Collector, ours: &Question, link: &Spanned<String>, theirs: &Question) {
    if ours.kind() != theirs.kind() {
        c.error(
            link.span,
            Link::OtherType {
                link: link.value.clone(),
                theirs: theirs.kind().name().to_owned(),
                ours: ours.kind().name().to_owned(),
            },
        )
        .help = Some("link questions that take the same type of answer".into());
        return;
    }
    let missing: Vec<&str> = theirs
        .options()
        .iter()
        .map(|o| o.value.as_str())
        .filter(|v| {
            let mapped = ours.same_as_values.get(*v).map_or(*v, |m| m.value.as_str());
            ours.option(mapped).is_none()
        })
        .collect();
    if !missing.is_empty() {
        let n = missing.len();
        let problem = Link::NotOptions {
            answers: plural(n, "the answer", "the answers").to_owned(),
            values: quoted_list(&missing),
            link: link.value.clone(),
            are: plural(n, "is not an option", "are not options").to_owned(),
        };
        c.error(link.span, problem).help = Some(format!(
            "say what each means here: `same_as_values: {{ {}: one-of-ours }}`",
            missing[0]
        ));
    }
}

/// Each key of `same_as_values` is an option of a linked question.
fn table_keys(c: &mut Collector, ours: &Question, theirs: &[&Question]) {
    if theirs.is_empty() {
        return;
    }
    let values: Vec<&str> = theirs
        .iter()
        .flat_map(|t| t.options().iter().map(|o| o.value.as_str()))
        .collect();
    for key in ours.same_as_values.keys() {
        if !values.contains(&key.as_str()) {
            c.error(
                key.span,
                Link::NotTheirOption {
                    value: key.value.clone(),
                },
            )
            .help = did_you_mean(key, values.iter().copied());
        }
    }
}

/// For each of `others` (but `q`'s own family), how many questions of `q` can
/// take an answer given to it; the ones with none are left out, the most first.
pub fn carry_counts(
    q: &Questionnaire,
    others: &HashMap<String, Questionnaire>,
) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = others
        .values()
        .filter(|o| o.id.as_str() != q.id.as_str())
        .map(|o| {
            let n = q.questions().filter(|t| carries_from(t, q, o)).count();
            (o.id.value.clone(), n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

/// Whether an answer to some question of `o` can answer `t`, a question of `q`.
fn carries_from(t: &Question, q: &Questionnaire, o: &Questionnaire) -> bool {
    let same_kind = |x: &Question| x.kind() == t.kind();
    if same_family(q, o) && o.question(&t.id).is_some_and(same_kind) {
        return true;
    }
    let theirs = family(o);
    t.same_as
        .iter()
        .filter_map(|l| split_same_as(l))
        .any(|(qid, id)| theirs.contains(&qid) && o.question(id).is_some_and(same_kind))
}
