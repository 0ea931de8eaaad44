//! From a file to checked, typed values, or to every diagnostic about it: the
//! one place that reads, parses and tells what kind of file it holds. Nothing
//! past this module deals with raw YAML.
//!
//! [`read`] reads a file with limits; [`parse`] makes its tree; [`detect`] tells
//! a questionnaire from a profile or an answers file; [`questionnaire`] and
//! [`profile`] turn a tree into checked values. [`catalog`] finds files by id
//! (the [`bundled`] ones first, then the configured folders) and loads a
//! questionnaire or a profile resolved against its base.

pub mod bundled;
pub mod catalog;
pub mod config;
pub mod logo;
pub mod read;

use std::sync::Arc;

use serde::Deserialize;

use crate::check;
use crate::diagnostic::kinds::File;
use crate::diagnostic::{Collector, Diagnostic};
use crate::model::{Profile, Questionnaire};
use crate::source::{Source, Span};
use crate::yaml::{self, Kind, Node};

pub use crate::diagnostic::Loaded;
pub use catalog::Catalog;

/// What kind of file a document is, judged by its top-level keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    Questionnaire,
    Profile,
    Answers,
}

impl DocKind {
    pub fn name(self) -> &'static str {
        match self {
            DocKind::Questionnaire => "questionnaire",
            DocKind::Profile => "profile",
            DocKind::Answers => "answers file",
        }
    }
}

/// A file read and parsed, with its kind.
pub struct Document {
    pub src: Arc<Source>,
    pub node: Node,
    pub kind: DocKind,
}

impl Document {
    /// Reads and parses `path`.
    pub fn open(path: &std::path::Path) -> Result<Document, Vec<Diagnostic>> {
        let src = read::read(path).map_err(|d| vec![d])?;
        Document::from_source(src)
    }

    pub fn from_source(src: Arc<Source>) -> Result<Document, Vec<Diagnostic>> {
        let node = parse(&src)?;
        let kind = detect(&node);
        Ok(Document { src, node, kind })
    }
}

/// Guesses the kind of a parsed document: a profile has `base`, an answers file
/// has `answers`; anything else is read as a questionnaire.
pub fn detect(node: &Node) -> DocKind {
    let Kind::Map(entries) = &node.kind else {
        return DocKind::Questionnaire;
    };
    let has = |k: &str| entries.iter().any(|e| e.key_text() == k);
    if has("base") {
        DocKind::Profile
    } else if has("answers") || (has("questionnaire") && !has("sections")) {
        DocKind::Answers
    } else {
        DocKind::Questionnaire
    }
}

/// Whether a parsed file has what every questionnaire or profile has at its top:
/// an `id`, and `sections` or a `base`. A file that does not is not read as one
/// (nor quoted) when a profile names it as its base.
pub fn looks_like_questionnaire(node: &Node) -> bool {
    let Kind::Map(entries) = &node.kind else {
        return false;
    };
    let has = |k: &str| entries.iter().any(|e| e.key_text() == k);
    has("id") && (has("sections") || has("base"))
}

/// Parses a source into its tree; the top level must be a mapping.
pub fn parse(src: &Arc<Source>) -> Result<Node, Vec<Diagnostic>> {
    let mut c = Collector::new(src);
    let node = match yaml::parse(&src.text) {
        Ok(node) => node,
        Err(e) => {
            let message = e.message;
            c.error(e.span, File::InvalidYaml { message }).help = e.help;
            return Err(c.into_vec());
        }
    };
    if !matches!(node.kind, Kind::Map(_)) {
        let found = match node.kind {
            Kind::Seq(_) => "a list",
            _ => "a single value",
        };
        c.error(node.span, File::NotAMapping { found }).help =
            Some("a questionnaire starts with `id:`, `title:`, `version:` and `sections:`".into());
        return Err(c.into_vec());
    }
    Ok(node)
}

/// Deserializes a node, collecting every structural problem.
pub fn deserialize<'a, T: Deserialize<'a>>(
    src: &Arc<Source>,
    node: &'a Node,
) -> (Option<T>, Collector) {
    let (value, errors) = yaml::from_node::<T>(node);
    let mut c = Collector::new(src);
    for e in errors {
        let (span, help) = (e.span.unwrap_or_default(), e.help.clone());
        c.error(span, e).help = help;
    }
    (value, c)
}

/// Loads and checks a questionnaire (not a profile).
pub fn questionnaire(
    src: &Arc<Source>,
    node: &Node,
) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
    let (value, mut c) = deserialize::<Questionnaire>(src, node);
    if let Some(q) = &value {
        let complete = c.is_empty();
        c.extend(check::questionnaire(q, src, complete));
    }
    c.finish(value)
}

/// Loads and checks a profile on its own (its id, version and scoring); the
/// catalog resolves it against its base. A profile that could not be read at
/// all stops here, with every diagnostic; one read with problems (an unknown
/// key, a value of the wrong type that was read past) goes on to be checked
/// and resolved, so that every problem is reported in one run: the
/// diagnostics travel in `Collector` for the resolution to add to.
pub fn profile(src: &Arc<Source>, node: &Node) -> Result<(Profile, Collector), Vec<Diagnostic>> {
    let (profile, mut c) = deserialize::<Profile>(src, node);
    let Some(profile) = profile else {
        return Err(c.into_vec());
    };
    check::identity(&mut c, &profile.id, &profile.title, &profile.version);
    if let Some(scoring) = &profile.scoring {
        check::scoring(&mut c, scoring);
    }
    Ok((profile, c))
}

/// A span for diagnostics about a whole file.
pub fn top(node: &Node) -> Span {
    match &node.kind {
        Kind::Map(entries) => entries.first().map_or(node.span, |e| e.key.span),
        _ => node.span,
    }
}
