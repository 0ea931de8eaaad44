//! Who the report tells the reader to ask. Where the questionnaire's
//! `recipients` let the answers say the business has nobody in a role (no IT
//! provider), the report never writes to them or tells the reader to ask them:
//! it names who to turn to instead, in the advice too.

use std::borrow::Cow;

use crate::delegate::who;
use crate::model::Question;
use crate::score::Assessment;

/// How the report names who can answer or act on `q`: "your IT provider", or
/// who to turn to instead when the business has none. Text from the
/// questionnaire: escape it for the format it goes into.
pub fn asked_of(a: &Assessment<'_>, q: &Question) -> String {
    match a.instead_of(q.recipient()) {
        Some(instead) => instead.to_owned(),
        None => who(q.recipient()).name,
    }
}

/// The topics whose actions are the business's own to take, whoever helps:
/// naming a security owner, a policy, training, an incident plan, checking a
/// supplier, insurance. A question tagged only with these is acted on by the
/// reader, even where its advice says what to ask the IT provider for (one
/// that names someone else to ask, such as the insurance broker, is theirs).
const OWN_TOPICS: [&str; 14] = [
    "governance",
    "contact",
    "suppliers",
    "insurance",
    "certification",
    "assurance",
    "legal",
    "privacy",
    "training",
    "people",
    "hr",
    "payments",
    "incident",
    "continuity",
];

/// Whether acting on `q` is the business's own job (see [`OWN_TOPICS`]).
pub fn is_own_job(q: &Question) -> bool {
    q.recipient() == crate::model::questionnaire::DEFAULT_RECIPIENT
        && !q.tags.is_empty()
        && q.tags.iter().all(|t| OWN_TOPICS.contains(&t.as_str()))
}

/// `text` (advice, help) with every way of naming a person the business does
/// not have replaced by who to turn to instead: "Ask your IT provider to..."
/// becomes "Ask whoever looks after your computers to...".
pub fn advice<'t>(a: &Assessment<'_>, text: &'t str) -> Cow<'t, str> {
    let mut out = Cow::Borrowed(text);
    for &(absent, instead) in &a.absent {
        for phrase in who(absent).phrases() {
            for (from, to) in [
                (phrase.clone(), instead.to_owned()),
                (capitalised(&phrase), capitalised(instead)),
            ] {
                if let Some(changed) = replaced(&out, &from, &to) {
                    out = Cow::Owned(changed);
                }
            }
        }
    }
    out
}

/// `text` with `from` replaced by `to`, except where `from` is possessive
/// ("your IT provider's time" would not read), or `None` when nothing changes.
fn replaced(text: &str, from: &str, to: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = rest.find(from) {
        let after = &rest[at + from.len()..];
        out.push_str(&rest[..at]);
        if after.starts_with("'s") || after.starts_with("\u{2019}s") {
            out.push_str(from);
        } else {
            out.push_str(to);
            changed = true;
        }
        rest = after;
    }
    out.push_str(rest);
    changed.then_some(out)
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
