//! The report of an assessment ([`crate::report::Report`]) in each format:
//! Markdown and HTML made from one [`outline`] of parts and blocks, JSON, and
//! the CSV, XLSX and OSCAL files written by [`crate::exchange::report`].
//!
//! The outline's parts, in order: the summary that leads ([`lead`]), the
//! action plan ([`actions`]), the questions to ask other people with their
//! letters ([`letters`]), every answer ([`answer_list`]), and the appendices
//! ([`appendix`]); [`chart`] draws scores as bars. Most blocks are Markdown;
//! the rating, the charts and the letters are data, which Markdown shows as
//! text and tables with bars and HTML ([`html`]) as a badge, inline SVG and
//! paragraphs to copy.
//!
//! Every format is a [`Choice`] in [`FORMATS`].

mod actions;
mod answer_list;
mod appendix;
mod block;
mod chart;
mod csv;
mod holds;
mod html;
pub(crate) mod json;
mod lead;
mod letters;
mod markdown;
mod oscal;
mod outline;
mod set_aside;
mod summary;
mod xlsx;

use super::{Choice, Exporter};
use crate::format::Format;
use crate::report::Report;

pub use block::{Block, Outline, Part};
pub use chart::{Bar, Chart};
pub use holds::shorten;
pub use html::single as sheet_html;
pub use summary::sheet_markdown;

/// The names of the report's formats, each once.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&str> = FORMATS.iter().map(|c| c.name).collect();
    names.dedup();
    names
}

/// The first format named `name`, if any.
pub fn named(name: &str) -> Option<Chosen> {
    FORMATS.iter().find(|c| c.name == name)
}

/// A report's format, as chosen.
pub type Chosen = &'static Choice<ReportExporter>;

/// What writes a report, whatever its lifetime.
pub type ReportExporter = dyn for<'a> Exporter<Report<'a>>;

/// The formats of the report, the default first. To add one: a file beside
/// `markdown.rs` with a unit struct implementing [`Exporter`], and a line
/// here; `--format`, the `-o` extension, `--help` and the config follow.
pub static FORMATS: [Choice<ReportExporter>; 8] = [
    Choice {
        name: "markdown",
        format: Format::Markdown,
        help: "The report as Markdown",
        exporter: &markdown::Markdown,
    },
    Choice {
        name: "html",
        format: Format::Html,
        help: "The report as a web page, ready to print",
        exporter: &html::Html,
    },
    Choice {
        name: "json",
        format: Format::Json,
        help: "The results for tools",
        exporter: &json::Json,
    },
    Choice {
        name: "csv",
        format: Format::Csv,
        help: "One row per question, for spreadsheets",
        exporter: &csv::Csv,
    },
    Choice {
        name: "xlsx",
        format: Format::Xlsx,
        help: "A workbook to track the work in",
        exporter: &xlsx::Xlsx,
    },
    Choice {
        name: "oscal",
        format: Format::Oscal,
        help: "OSCAL assessment results, for GRC tools",
        exporter: &oscal::Oscal,
    },
    Choice {
        name: "summary",
        format: Format::Markdown,
        help: "One printed page for the owner: Markdown, or HTML for -o NAME.html",
        exporter: &summary::SummaryMarkdown,
    },
    Choice {
        name: "summary",
        format: Format::Html,
        help: "One printed page for the owner, as a web page",
        exporter: &summary::SummaryHtml,
    },
];

/// The name of a report in a folder of reports, for the answers file `stem`:
/// `acme.html`, and `acme.summary.md` for a summary, which may sit beside the
/// full report.
pub fn file_name(stem: &str, chosen: Chosen) -> String {
    let extension = chosen.format.extension();
    if chosen.name == "summary" {
        format!("{stem}.summary.{extension}")
    } else {
        format!("{stem}.{extension}")
    }
}

#[cfg(test)]
mod tests;
