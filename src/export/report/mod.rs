//! The report of an assessment ([`crate::report::Report`]) in each format:
//! Markdown and HTML made from one [`outline`] of parts and blocks, JSON, and
//! the CSV, XLSX and OSCAL files written by [`crate::exchange::report`].
//!
//! The outline's parts, in order: the summary that leads ([`lead`]), the
//! action plan ([`actions`]), the questions to ask other people with their
//! letters ([`letters`]), every answer ([`answer_list`]), and the appendices
//! ([`appendix`]); [`chart`] draws scores as bars. Most blocks are Markdown;
//! the rating, the charts and the letters are data, which Markdown shows as
//! text and tables with bars and HTML ([`page`]) as a badge, inline SVG and
//! paragraphs to copy.

mod actions;
mod answer_list;
mod appendix;
mod block;
mod chart;
mod holds;
pub mod json;
mod lead;
mod letters;
mod markdown;
mod outline;
mod page;
mod summary;

use crate::exchange::report::{csv, oscal, xlsx};
use crate::format::ReportFormat;
use crate::report::Report;

pub use block::{Block, Outline, Part};
pub use chart::{Bar, Chart};
pub use holds::shorten;
pub use page::single as sheet_html;
pub use summary::sheet_markdown;

/// The report as the bytes of its file: text in UTF-8, or a workbook.
pub fn render(format: ReportFormat, report: &Report<'_>) -> anyhow::Result<Vec<u8>> {
    Ok(match format {
        ReportFormat::Markdown => markdown::render(report).into_bytes(),
        ReportFormat::Html => page::render(report).into_bytes(),
        ReportFormat::Json => json::render(report).into_bytes(),
        ReportFormat::Csv => csv::render(report)?.into_bytes(),
        ReportFormat::Xlsx => xlsx::render(report)?,
        ReportFormat::Oscal => oscal::render(report).into_bytes(),
        ReportFormat::Summary => summary::render_markdown(report).into_bytes(),
        ReportFormat::SummaryHtml => summary::render_html(report).into_bytes(),
    })
}

#[cfg(test)]
mod tests;
