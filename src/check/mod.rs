//! The rules of a questionnaire that serde cannot express: how fields relate to
//! one another and to the rest of the questionnaire (docs/formats.md, "Rules").
//! Each rule has a stable code and points at the key that is wrong. The rules of
//! conditions are in [`crate::condition::check`].

pub mod links;
mod options;
mod question;
mod scoring;

use std::collections::HashMap;
use std::sync::Arc;

use crate::condition;
use crate::diagnostic::kinds::Questionnaire as Problem;
use crate::diagnostic::{Collector, Diagnostic};
use crate::model::{DerivedFrom, Questionnaire};
use crate::source::{Source, Span};
use crate::text::slug;
use crate::yaml::Spanned;

pub use scoring::scoring;

/// Checks a questionnaire that deserialized. With `complete` false, some of its
/// questions failed to deserialize, and checks across questions are skipped so as
/// not to report references to them as unknown.
pub fn questionnaire(q: &Questionnaire, src: &Arc<Source>, complete: bool) -> Vec<Diagnostic> {
    let mut c = Collector::new(src);
    identity(&mut c, &q.id, &q.title, &q.version);
    if let Some(d) = &q.derived_from {
        derived_from(&mut c, d);
    }
    frameworks(&mut c, q);
    if let Some(s) = &q.scoring {
        scoring(&mut c, s);
    }
    if q.sections.is_empty() && complete {
        c.error(q.id.key_span, Problem::NoSections).help =
            Some("add `sections:`, each with `id`, `title` and `questions`".into());
    }
    let index = sections(&mut c, q, complete);
    condition::check::conditions(&mut c, q, &index, complete);
    links::recipients(&mut c, q);
    c.into_vec()
}

/// `derived_from`, as `assure trim` writes it: an id, a version and a digest.
fn derived_from(c: &mut Collector, d: &Spanned<DerivedFrom>) {
    let digest_ok = d
        .digest
        .strip_prefix("sha256:")
        .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    if !slug::is_slug(&d.id) || semver::Version::parse(&d.version).is_err() || !digest_ok {
        c.error(d.span, Problem::DerivedFrom)
        .help = Some(
            "write it as `assure trim` does: `{ id: sme-baseline, version: 1.0.0, digest: sha256:… }`, or remove it"
                .into(),
        );
    }
}

/// The framework ids and names declared at the top.
fn frameworks(c: &mut Collector, q: &Questionnaire) {
    for (id, name) in &q.frameworks {
        shaped(c, "framework id", id, slug::is_framework_id);
        text(c, "the framework's name", name, id.span);
    }
}

/// Section and question ids (valid, unique) and each question's own rules; the
/// index of questions by id, for the checks of conditions.
fn sections<'q>(
    c: &mut Collector,
    q: &'q Questionnaire,
    complete: bool,
) -> condition::check::Index<'q> {
    let mut sections: HashMap<&str, Span> = HashMap::new();
    let mut index = condition::check::Index::new();
    let mut position = 0;
    for section in &q.sections {
        slug(c, "section id", &section.id);
        text(c, "the section title", &section.title, section.title.span);
        if let Some(first) = sections.get(section.id.as_str()) {
            c.error(
                section.id.span,
                Problem::DuplicateSection {
                    id: section.id.value.clone(),
                    line: first.start.line,
                },
            );
        } else {
            sections.insert(&section.id, section.id.span);
        }
        if section.questions.is_empty() && complete {
            c.error(
                section.id.key_span,
                Problem::EmptySection {
                    id: section.id.value.clone(),
                },
            );
        }
        for question in &section.questions {
            slug(c, "question id", &question.id);
            match index.get(question.id.as_str()) {
                Some((_, first)) => {
                    c.error(question.id.span, Problem::DuplicateQuestion {
                            id: question.id.value.clone(),
                            line: first.id.span.start.line,
                        })
                    .help = Some("question ids must be unique across the whole questionnaire, since answers files are one flat list".into());
                }
                None => {
                    index.insert(&question.id, (position, question));
                }
            }
            position += 1;
            question::check(c, q, question);
        }
    }
    index
}

/// The id, title and version of a questionnaire or profile.
pub fn identity(
    c: &mut Collector,
    id: &Spanned<String>,
    title: &Spanned<String>,
    version: &Spanned<String>,
) {
    slug(c, "questionnaire id", id);
    text(c, "the title", title, title.span);
    if semver::Version::parse(version).is_err() {
        c.error(
            version.span,
            Problem::InvalidVersion {
                version: version.value.clone(),
            },
        )
        .help = Some("write three numbers, such as `1.0.0` (semantic versioning)".into());
    }
}

/// An id that must be a slug.
fn slug(c: &mut Collector, what: &str, id: &Spanned<String>) {
    shaped(c, what, id, slug::is_slug);
}

/// An id that must have the shape `valid` checks.
fn shaped(c: &mut Collector, what: &str, id: &Spanned<String>, valid: fn(&str) -> bool) {
    if !valid(id) {
        c.error(
            id.span,
            Problem::InvalidId {
                id: id.value.clone(),
                what: what.to_owned(),
            },
        )
        .help = Some(slug::help(id));
    }
}

/// A text that must not be empty.
fn text(c: &mut Collector, what: &str, value: &str, span: Span) {
    if value.trim().is_empty() {
        c.error(
            span,
            Problem::EmptyText {
                what: what.to_owned(),
            },
        );
    }
}
