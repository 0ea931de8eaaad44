//! The report of `compare`: two assessments of one business, then and now, for
//! people (Markdown, and HTML made from the same Markdown, as the report is)
//! and for tools (JSON). Every format is a [`Choice`] in [`FORMATS`].

mod html;
mod json;
mod markdown;

use super::{Choice, Exporter};
use crate::compare::Comparison;
use crate::format::Format;

/// What writes a comparison, whatever its lifetime.
pub type CompareExporter = dyn for<'a> Exporter<Comparison<'a>>;

/// The formats of the comparison, the default first.
pub static FORMATS: [Choice<CompareExporter>; 3] = [
    Choice {
        name: "markdown",
        format: Format::Markdown,
        help: "The comparison as Markdown",
        exporter: &markdown::Markdown,
    },
    Choice {
        name: "html",
        format: Format::Html,
        help: "The comparison as a web page",
        exporter: &html::Html,
    },
    Choice {
        name: "json",
        format: Format::Json,
        help: "The comparison for tools",
        exporter: &json::Json,
    },
];

#[cfg(test)]
mod tests;
