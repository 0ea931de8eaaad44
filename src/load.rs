//! From a source file to checked, typed values, or to every diagnostic about it.
//! Nothing past this module deals with raw YAML.

use std::sync::Arc;

use serde::Deserialize;

use crate::diagnostic::{self, Diagnostic};
use crate::model::Questionnaire;
use crate::source::Source;
use crate::validate;
use crate::yaml::{self, DeError, Kind, Node, Span};

/// A value that loaded, with the warnings found on the way.
#[derive(Debug)]
pub struct Loaded<T> {
    pub value: T,
    pub warnings: Vec<Diagnostic>,
}

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

/// Parses a source into its tree; the top level must be a mapping.
pub fn parse(src: &Arc<Source>) -> Result<Node, Vec<Diagnostic>> {
    let node = yaml::parse(&src.text).map_err(|e| {
        vec![
            Diagnostic::error("invalid-yaml", e.message)
                .at(src, e.span)
                .maybe_help(e.help),
        ]
    })?;
    if !matches!(node.kind, Kind::Map(_)) {
        let found = match node.kind {
            Kind::Seq(_) => "a list",
            _ => "a single value",
        };
        return Err(vec![
            Diagnostic::error(
                "not-a-mapping",
                format!("the file holds {found}; it should hold `key: value` lines"),
            )
            .at(src, node.span)
            .help("a questionnaire starts with `id:`, `title:`, `version:` and `sections:`"),
        ]);
    }
    Ok(node)
}

fn de_diagnostic(src: &Arc<Source>, e: DeError) -> Diagnostic {
    Diagnostic::error(e.code, e.message)
        .at(src, e.span.unwrap_or_default())
        .maybe_help(e.help)
}

/// Deserializes a node, turning every structural problem into a diagnostic.
pub fn deserialize<'a, T: Deserialize<'a>>(
    src: &Arc<Source>,
    node: &'a Node,
) -> (Option<T>, Vec<Diagnostic>) {
    let (value, errors) = yaml::from_node::<T>(node);
    let diags = errors.into_iter().map(|e| de_diagnostic(src, e)).collect();
    (value, diags)
}

/// Splits diagnostics into warnings (returned with the value) and errors (which
/// make the whole load fail, carrying the warnings along).
pub fn finish<T>(
    value: Option<T>,
    mut diags: Vec<Diagnostic>,
) -> Result<Loaded<T>, Vec<Diagnostic>> {
    diagnostic::sort(&mut diags);
    match value {
        Some(value) if !diags.iter().any(Diagnostic::is_error) => Ok(Loaded {
            value,
            warnings: diags,
        }),
        _ => Err(diags),
    }
}

/// Loads and checks a questionnaire (not a profile).
#[cfg(test)]
pub fn questionnaire(src: &Arc<Source>) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
    let node = parse(src)?;
    questionnaire_from_node(src, &node)
}

pub fn questionnaire_from_node(
    src: &Arc<Source>,
    node: &Node,
) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
    let (value, mut diags) = deserialize::<Questionnaire>(src, node);
    if let Some(q) = &value {
        let complete = diags.is_empty();
        diags.extend(validate::questionnaire(q, src, complete));
    }
    finish(value, diags)
}

/// A span for diagnostics about a whole file.
pub fn top(node: &Node) -> Span {
    match &node.kind {
        Kind::Map(entries) => entries.first().map_or(node.span, |e| e.key.span),
        _ => node.span,
    }
}
