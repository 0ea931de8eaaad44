//! The formats of the files `assure` writes, each named once with its file
//! extensions.

use std::path::Path;

use serde::Deserialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    Markdown,
    Html,
    Json,
    Csv,
    Xlsx,
    Oscal,
    /// One printed page for the owner: Markdown, or HTML by the file's
    /// extension
    Summary,
    /// The summary as HTML: chosen by `-o NAME.html` with `--format summary`.
    #[value(skip)]
    #[serde(skip)]
    SummaryHtml,
}

impl ReportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Markdown => "md",
            ReportFormat::Html => "html",
            ReportFormat::Json => "json",
            ReportFormat::Csv => "csv",
            ReportFormat::Xlsx => "xlsx",
            ReportFormat::Oscal => "oscal.json",
            ReportFormat::Summary => "summary.md",
            ReportFormat::SummaryHtml => "summary.html",
        }
    }

    /// Formats that are not text, and so are not written to a terminal.
    pub fn is_binary(self) -> bool {
        self == ReportFormat::Xlsx
    }

    /// The summary in the form a file name asks for: HTML for `.html` and
    /// `.htm`, else Markdown. Other formats are what they are.
    pub fn for_path(self, path: Option<&Path>) -> ReportFormat {
        let html = path
            .and_then(ReportFormat::from_path)
            .is_some_and(|f| matches!(f, ReportFormat::Html | ReportFormat::SummaryHtml));
        match self {
            ReportFormat::Summary if html => ReportFormat::SummaryHtml,
            other => other,
        }
    }

    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &Path) -> Option<ReportFormat> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".oscal.json") {
            return Some(ReportFormat::Oscal);
        }
        if name.ends_with(".summary.md") {
            return Some(ReportFormat::Summary);
        }
        if name.ends_with(".summary.html") {
            return Some(ReportFormat::SummaryHtml);
        }
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(ReportFormat::Markdown),
            "html" | "htm" => Some(ReportFormat::Html),
            "json" => Some(ReportFormat::Json),
            "csv" => Some(ReportFormat::Csv),
            "xlsx" => Some(ReportFormat::Xlsx),
            _ => None,
        }
    }
}
