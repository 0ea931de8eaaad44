//! `answer --confirm REF` and `--reject REF`: a person says which match was
//! right or wrong, by the reference the review shows, and the links file
//! keeps it for every later run.

use super::links::{Link, Links};
use super::plan::{Fate, Fill, Plan, Why};
use crate::exchange::matcher::Matcher;

/// A `--confirm` or `--reject` that cannot be applied.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Unsettled {
    /// No question has the reference.
    #[error("no question has the reference `{reference}`; use the references the review shows")]
    NoSuchReference { reference: String },
    /// `--confirm` of a question that has no match.
    #[error(
        "`{reference}` has no match to confirm: none of your answers was matched to it; answer it yourself, in the sheet or in the draft"
    )]
    NothingToConfirm { reference: String },
}

/// The supplier's question a fill was matched to, answered or not.
fn matched(f: &Fill, m: &Matcher<'_>) -> Option<String> {
    let x = match &f.fate {
        Fate::Answered { m: x, .. } | Fate::Left(Why::Uncertain(x)) => x,
        _ => return None,
    };
    x.sources.first().map(|&s| m.known()[s].key.clone())
}

/// Applies `confirm` and `reject` to `links`: a confirmed match is kept, a
/// rejected one never made again (a question with no match, rejected, is
/// never answered). Whether anything was asked.
pub fn settle(
    links: &mut Links,
    p: &Plan,
    m: &Matcher<'_>,
    confirm: &[String],
    reject: &[String],
) -> Result<bool, Unsettled> {
    let find = |r: &str| {
        p.fills.iter().find(|f| {
            f.reference().eq_ignore_ascii_case(r) || f.question.reference.as_deref() == Some(r)
        })
    };
    for (refs, keep) in [(confirm, true), (reject, false)] {
        for r in refs {
            let f = find(r).ok_or_else(|| Unsettled::NoSuchReference {
                reference: r.clone(),
            })?;
            match (matched(f, m), keep) {
                (Some(k), true) => links.set(&f.question.text, Link::To(k)),
                (Some(k), false) => links.reject(&f.question.text, &k),
                (None, true) => {
                    return Err(Unsettled::NothingToConfirm {
                        reference: r.clone(),
                    });
                }
                (None, false) => links.set(&f.question.text, Link::Never),
            }
        }
    }
    Ok(!confirm.is_empty() || !reject.is_empty())
}
