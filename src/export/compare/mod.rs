//! The report of `compare`: two assessments of one business, then and now, for
//! people (Markdown, and HTML made from the same Markdown, as the report is)
//! and for tools (JSON).

mod json;
mod markdown;

use crate::compare::Comparison;
use crate::export::html;

/// The formats `compare` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Markdown,
    Html,
    Json,
}

impl Format {
    /// The format a file name asks for by its extension.
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

pub fn render(format: Format, c: &Comparison<'_>) -> String {
    match format {
        Format::Markdown => markdown::render(c),
        Format::Html => html::page(&markdown::title(c), &markdown::render(c)),
        Format::Json => json::render(c),
    }
}

#[cfg(test)]
mod tests;
