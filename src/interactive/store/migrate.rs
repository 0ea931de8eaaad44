//! Carrying on from answers given to another version of the questionnaire.
//!
//! Nothing is carried silently: an answer counts for the new version only if
//! its question is unchanged. An answers file keeps the fingerprint of each
//! question as it was answered (`questionnaire.fingerprints`); a file from
//! before fingerprints has the question's text as a comment above each
//! answer, which tells as well. An answer whose value no longer fits (or whose
//! question is gone) is set aside when the file is read
//! (`AnswersFile::check_earlier`), its text kept to show. All of these, and
//! answers with nothing to check against, are asked again. The version and
//! digest in the file are brought up to date only once all of them are
//! answered again.

use std::path::Path;

pub use crate::answers::kept::keep_old_answers;
use crate::answers::kept::written;
use crate::answers::{AnswersFile, Leftover};
use crate::diagnostic::{Diagnostic, Loaded};
use crate::digest;
use crate::model::Questionnaire;
use crate::model::answers::{Answers, QuestionnaireRef};
use crate::source::Source;
use crate::text::clean;
use crate::yaml::{Entry, Kind, Node};

/// Why a saved answer is asked again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The question is not what it was (its fingerprint or its text).
    Changed,
    /// Nothing tells whether its question changed (no fingerprint, no comment).
    Unchecked,
    /// The answer (as written) no longer fits the question.
    NoLongerFits(String),
    /// The question is no longer in the questionnaire; the answer as written.
    Gone(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stale {
    pub id: String,
    pub why: Why,
    /// The comment above the answer, as the file had it.
    pub comment: Option<String>,
    /// An answer set aside (no longer fits, or its question is gone): its
    /// lines as the file had them, indented as an entry of `answers:`, to keep
    /// in the file while it keeps its old version.
    pub lines: Option<String>,
}

/// Saved answers to carry on from, and those to ask again.
pub struct Resumed {
    pub answers: Answers,
    pub stale: Vec<Stale>,
    /// Whether the file has comments of its own that writing it again would
    /// drop (see [`comments_lost`]).
    pub own_comments: bool,
}

/// Whether answers given to `given` were given to `q` as it is now.
pub fn is_current(given: &QuestionnaireRef, q: &Questionnaire, digest: &str) -> bool {
    let version = given
        .version
        .as_ref()
        .is_none_or(|v| v.as_str() == q.version.as_str());
    let same = given.digest.as_ref().is_none_or(|d| d.as_str() == digest);
    version && same
}

/// Loads the answers file at `path` to carry on with `q`: answers given to
/// another version or form are read as `report` reads them (what no longer
/// fits is set aside, to ask again), and those whose question changed are
/// found.
pub fn load(path: &Path, q: &Questionnaire) -> Result<Loaded<Resumed>, Vec<Diagnostic>> {
    let file = AnswersFile::open(path)?;
    let digest = digest::digest(q);
    let loaded = file.check(q, &digest)?;
    let mut stale = set_aside(&file.src, &file.node, &loaded.value.set_aside);
    if !is_current(&loaded.value.questionnaire, q, &digest) {
        stale.extend(changed(&file.src, &file.node, q, &loaded.value));
    }
    let own_comments = comments_lost(&file.src.text, &crate::answers::write(q, &loaded.value));
    Ok(Loaded {
        value: Resumed {
            answers: loaded.value,
            stale,
            own_comments,
        },
        warnings: loaded.warnings,
    })
}

/// Whether `old` has a comment that `new` (the file as `assure` would write
/// it) does not: comments a person wrote among the answers, which a save
/// would drop. A comment line is compared by its words; a line with a comment
/// at its end (or a `#` in a quoted text) must be in `new` as it is.
pub fn comments_lost(old: &str, new: &str) -> bool {
    let words = |l: &str| {
        clean::to_spaces(l)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let kept: std::collections::HashSet<String> = new.lines().map(words).collect();
    old.lines().map(words).any(|l| {
        let comment = l.starts_with('#') && l != "#";
        let at_end = l.contains(" #");
        (comment || at_end) && !kept.contains(&l)
    })
}

/// The comment on the line above an entry, if there is one.
fn comment_above<'s>(src: &'s Source, e: &Entry) -> Option<&'s str> {
    let line = usize::try_from(e.key.span.start.line).ok()?;
    src.text
        .lines()
        .nth(line.checked_sub(2)?)?
        .trim()
        .strip_prefix('#')
        .map(str::trim)
}

/// The answers set aside when the file was read, with their text.
fn set_aside(src: &Source, node: &Node, leftovers: &[Leftover]) -> Vec<Stale> {
    let entries = answer_entries(node);
    leftovers
        .iter()
        .map(|l| {
            let entry = entries.iter().find(|e| e.key_text() == l.question);
            let text = entry.map_or_else(String::new, |e| written(&e.value));
            let why = if l.is_removed() {
                Why::Gone(text)
            } else {
                Why::NoLongerFits(text)
            };
            Stale {
                id: l.question.clone(),
                why,
                comment: entry.and_then(|e| comment_above(src, e)).map(str::to_owned),
                lines: Some(l.lines.clone()),
            }
        })
        .collect()
}

/// The value at `path` (keys) in a mapping, if it is one.
fn field<'a>(node: &'a Node, path: &[&str]) -> Option<&'a Node> {
    path.iter().try_fold(node, |n, key| match &n.kind {
        Kind::Map(entries) => entries
            .iter()
            .find(|e| e.key_text() == *key)
            .map(|e| &e.value),
        _ => None,
    })
}

fn answer_entries(node: &Node) -> &[Entry] {
    match field(node, &["answers"]).map(|n| &n.kind) {
        Some(Kind::Map(entries)) => entries,
        _ => &[],
    }
}

/// The answers whose question changed since they were given: by the
/// fingerprint kept for each answer, else by the comment written above it;
/// with neither, they cannot be checked.
fn changed(src: &Source, node: &Node, q: &Questionnaire, answers: &Answers) -> Vec<Stale> {
    let mut stale = Vec::new();
    for e in answer_entries(node) {
        let id = e.key_text();
        let (Some(question), Some(answer)) = (q.question(id), answers.get(id)) else {
            continue;
        };
        if !answer.value.is_answered() {
            continue;
        }
        let comment = comment_above(src, e);
        let why = match answers.questionnaire.fingerprints.get(id) {
            Some(f) if *f == digest::fingerprint(question) => continue,
            Some(_) => Why::Changed,
            None => match comment {
                Some(c) if c == clean::to_spaces(&question.text).trim() => continue,
                Some(_) => Why::Changed,
                None => Why::Unchecked,
            },
        };
        stale.push(Stale {
            id: id.to_owned(),
            why,
            comment: comment.map(str::to_owned),
            lines: None,
        });
    }
    stale
}

/// The answers file `text` (as `answers::write` makes it) with the old
/// comments put back above the answers still to be asked again, so that the
/// next `--resume` still finds them changed: the comment is what tells.
pub fn keep_old_comments(text: &str, old: &[(&str, Option<&str>)]) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).copied().unwrap_or_default();
        let replaced = line.starts_with("  # ").then(|| {
            old.iter().find(|(id, _)| {
                next.strip_prefix("  ")
                    .and_then(|n| n.strip_prefix(id))
                    .is_some_and(|rest| rest.starts_with(':'))
            })
        });
        match replaced.flatten() {
            Some((_, Some(comment))) => {
                out.push_str("  # ");
                out.push_str(&clean::to_spaces(comment));
                out.push('\n');
            }
            Some((_, None)) => {}
            None => out.push_str(line),
        }
    }
    out
}

#[cfg(test)]
mod tests;
