//! Carrying on from answers given to another version of the questionnaire.
//!
//! Nothing is carried silently: an answer counts for the new version only if
//! its question is unchanged. `assess` writes each question's text as a
//! comment above its answer, so a changed question shows as a comment that no
//! longer matches; an answer whose value is no longer one of the choices fails
//! to load, and is taken out (its text kept to show). Both kinds, and answers
//! with no comment to check against, are asked again, first. The version and
//! digest in the file are brought up to date only once all of them are
//! answered again.

use std::path::Path;
use std::sync::Arc;

use crate::answers::AnswersFile;
use crate::diagnostic::{Diagnostic, Loaded, Severity};
use crate::digest;
use crate::model::Questionnaire;
use crate::model::answers::{Answers, QuestionnaireRef};
use crate::source::{Pos, Source};
use crate::text::clean;
use crate::yaml::{Entry, Kind, Node};

/// Why a saved answer is asked again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The question's text is not what it was.
    Changed,
    /// The answer has no comment to tell whether its question changed.
    Unchecked,
    /// The answer (as written) no longer fits the question.
    NoLongerFits(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stale {
    pub id: String,
    pub why: Why,
    /// The comment above the answer, as the file had it.
    pub comment: Option<String>,
}

/// Saved answers to carry on from, and those to ask again.
pub struct Resumed {
    pub answers: Answers,
    pub stale: Vec<Stale>,
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

/// Loads the answers file at `path` to carry on with `q`.
pub fn load(path: &Path, q: &Questionnaire) -> Result<Loaded<Resumed>, Vec<Diagnostic>> {
    let file = AnswersFile::open(path)?;
    let digest = digest::digest(q);
    let (loaded, mut stale) = match file.check(q, &digest) {
        Ok(l) => (l, Vec::new()),
        Err(diags) if file.questionnaire.as_str() == q.id.as_str() && !same_version(&file, q) => {
            prune(&file, q, &digest, diags)?
        }
        Err(diags) => return Err(diags),
    };
    if !is_current(&loaded.value.questionnaire, q, &digest) {
        stale.extend(unchanged_or_not(&file.src, &file.node, q, &loaded.value));
    }
    Ok(Loaded {
        value: Resumed {
            answers: loaded.value,
            stale,
        },
        warnings: loaded.warnings,
    })
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

fn same_version(file: &AnswersFile, q: &Questionnaire) -> bool {
    match field(&file.node, &["questionnaire", "version"]).map(|n| &n.kind) {
        Some(Kind::Scalar(s)) => s.text == q.version.as_str(),
        _ => true,
    }
}

fn inside(pos: Pos, e: &Entry) -> bool {
    e.key.span.start <= pos && pos < e.value.span.end.max(e.key.span.end)
}

/// Takes out the answers that no longer load and loads the rest; gives up
/// (with the first problems) when a problem is not inside one answer.
fn prune(
    file: &AnswersFile,
    q: &Questionnaire,
    digest: &str,
    diags: Vec<Diagnostic>,
) -> Result<(Loaded<Answers>, Vec<Stale>), Vec<Diagnostic>> {
    let entries = answer_entries(&file.node);
    let mut out = Vec::new();
    for d in diags.iter().filter(|d| d.severity == Severity::Error) {
        match d
            .span
            .and_then(|s| entries.iter().position(|e| inside(s.start, e)))
        {
            Some(i) if !out.contains(&i) => out.push(i),
            Some(_) => {}
            None => return Err(diags),
        }
    }
    let mut node = file.node.clone();
    let mut stale = Vec::new();
    if let Kind::Map(top) = &mut node.kind
        && let Some(Entry { value, .. }) = top.iter_mut().find(|e| e.key_text() == "answers")
        && let Kind::Map(list) = &mut value.kind
    {
        for (i, e) in entries.iter().enumerate().filter(|(i, _)| out.contains(i)) {
            stale.push(Stale {
                id: e.key_text().to_owned(),
                why: Why::NoLongerFits(written(&e.value)),
                comment: None,
            });
            list.retain(|x| x.key.span != entries[i].key.span);
        }
    }
    let pruned = AnswersFile {
        src: Arc::clone(&file.src),
        node,
        questionnaire: file.questionnaire.clone(),
    };
    pruned
        .check(q, digest)
        .map(|l| (l, stale))
        .map_err(|_| diags)
}

/// An answer as it is written, on one line.
fn written(value: &Node) -> String {
    let text = match &value.kind {
        Kind::Scalar(s) => s.text.clone(),
        Kind::Map(m) => m
            .iter()
            .find(|e| e.key_text() == "answer")
            .map_or_else(String::new, |e| written(&e.value)),
        Kind::Seq(items) => items.iter().map(written).collect::<Vec<_>>().join(", "),
    };
    clean::to_spaces(&text).trim().to_owned()
}

/// The answers whose question changed since (or cannot be checked): by the
/// comment written above each answer.
fn unchanged_or_not(src: &Source, node: &Node, q: &Questionnaire, answers: &Answers) -> Vec<Stale> {
    let lines: Vec<&str> = src.text.lines().collect();
    let mut stale = Vec::new();
    for e in answer_entries(node) {
        let id = e.key_text();
        let (Some(question), Some(_)) = (q.question(id), answers.get(id)) else {
            continue;
        };
        let line = usize::try_from(e.key.span.start.line).unwrap_or(0);
        let comment = line
            .checked_sub(2)
            .and_then(|i| lines.get(i))
            .and_then(|l| l.trim().strip_prefix('#'))
            .map(str::trim);
        let now = clean::to_spaces(&question.text);
        let why = match comment {
            Some(c) if c == now.trim() => continue,
            Some(_) => Why::Changed,
            None => Why::Unchecked,
        };
        stale.push(Stale {
            id: id.to_owned(),
            why,
            comment: comment.map(str::to_owned),
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
