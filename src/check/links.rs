//! What a question says about other people and other questionnaires, as far as
//! one file can tell: `same_as` entries written `questionnaire-id/question-id`
//! (not this question itself), `same_as_values` only on questions with options
//! and naming options of this question, and `ask_whom` a short line of text.
//! Whether a `same_as` fits the other question is checked where that
//! questionnaire can be found (`reuse::links`).

use super::text;
use crate::diagnostic::Collector;
use crate::diagnostic::kinds::Link;
use crate::diagnostic::kinds::Questionnaire as Problem;
use crate::model::{Question, Questionnaire};
use crate::text::slug::is_slug;
use crate::text::suggest::{did_you_mean, quoted_list};

/// The longest `ask_whom`: a role or a company, not a paragraph.
pub const MAX_RECIPIENT_CHARS: usize = 60;

/// `questionnaire-id/question-id`, split, when both halves are ids.
pub fn split_same_as(s: &str) -> Option<(&str, &str)> {
    let (q, id) = s.split_once('/')?;
    (is_slug(q) && is_slug(id)).then_some((q, id))
}

pub(super) fn check(c: &mut Collector, q: &Questionnaire, question: &Question) {
    for target in &question.same_as {
        match split_same_as(target) {
            None => {
                c.error(
                    target.span,
                    Link::NotWritten {
                        link: target.value.clone(),
                    },
                )
                .help = Some("for example `same_as: [sme-baseline/mfa-email]`".into());
            }
            Some((other, id)) if other == q.id.as_str() => {
                c.error(
                    target.span,
                    Link::ToItself {
                        link: target.value.clone(),
                    },
                )
                .help = (id == question.id.as_str())
                    .then(|| "a question is always the same as itself: remove this entry".into());
            }
            Some(_) => {}
        }
    }
    same_as_values(c, question);
    if let Some(who) = &question.ask_whom {
        text(c, "`ask_whom`", who, who.span);
        if who.contains('\n') || who.chars().count() > MAX_RECIPIENT_CHARS {
            c.error(
                who.span,
                Problem::AskWhomTooLong {
                    max: MAX_RECIPIENT_CHARS,
                },
            )
            .help = Some(
                "for example `it-provider`, `insurance-broker`, `accountant` or `our bank`".into(),
            );
        }
    }
}

/// `recipients`: each named as `ask_whom` names people, with who to turn to
/// instead in one line. (Their conditions are checked with the others.)
pub(super) fn recipients(c: &mut Collector, q: &Questionnaire) {
    for (who, r) in &q.recipients {
        for (key, value) in [("the recipient's name", who), ("`instead`", &r.instead)] {
            text(c, key, value, value.span);
            if value.contains('\n') || value.chars().count() > MAX_RECIPIENT_CHARS {
                c.error(
                    value.span,
                    Problem::RecipientTooLong {
                        what: key.to_owned(),
                        max: MAX_RECIPIENT_CHARS,
                    },
                )
                .help = Some(
                    "for example `it-provider: { when: ..., instead: whoever looks after your computers }`"
                        .into(),
                );
            }
        }
    }
}

/// `same_as_values: { theirs: ours }` maps to options of this question.
fn same_as_values(c: &mut Collector, question: &Question) {
    let Some(key) = question.same_as_values.keys().next().map(|k| k.span) else {
        return;
    };
    if !question.kind().has_options() {
        c.error(key, Link::ValuesNotChoice);
        return;
    }
    if question.same_as.is_empty() {
        c.warning(key, Link::ValuesWithoutLink);
    }
    let ours: Vec<&str> = question
        .options()
        .iter()
        .map(|o| o.value.as_str())
        .collect();
    for ours_value in question.same_as_values.values() {
        if !ours.contains(&ours_value.as_str()) {
            c.error(
                ours_value.span,
                Link::NotOurOption {
                    value: ours_value.value.clone(),
                },
            )
            .help = did_you_mean(ours_value, ours.iter().copied())
                .or_else(|| Some(format!("its options are {}", quoted_list(&ours))));
        }
    }
}
