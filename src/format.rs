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
        }
    }

    /// Formats that are not text, and so are not written to a terminal.
    pub fn is_binary(self) -> bool {
        self == ReportFormat::Xlsx
    }

    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &Path) -> Option<ReportFormat> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".oscal.json") {
            return Some(ReportFormat::Oscal);
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
