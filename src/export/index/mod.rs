//! The index of a batch (`report` with several answers files and `-o DIR/`):
//! `index.md`, `index.html` and `index.csv`, one row per answers file in the
//! order given, with a link to its report, and a `FAILED` row with the first
//! error for each file that could not be reported.
//!
//! Every cell from an answers file or a questionnaire is untrusted: escaped for
//! Markdown and HTML, and in CSV made inert for spreadsheets (a cell starting
//! with `=`, `+`, `-`, `@`, a tab or a carriage return would be a formula there,
//! so it gets a leading `'`).

pub mod row;

use super::{Choice, ExportError, Exporter};
use crate::export::html::{BASE_CSS, escape_text};
use crate::format::Format;
use crate::text::markdown::Align::L;
use crate::text::markdown::table_head;
use crate::text::markdown::{cell, table_row};
pub use row::{HEADINGS, Row};

/// The file names of the index.
pub const FILES: [&str; 3] = ["index.md", "index.html", "index.csv"];

/// What writes the index.
pub type IndexExporter = dyn Exporter<[Row]>;

/// The index's files, each named `index` with its format's extension
/// ([`FILES`]).
pub static FORMATS: [Choice<IndexExporter>; 3] = [
    Choice {
        name: "markdown",
        format: Format::Markdown,
        help: "The index as Markdown",
        exporter: &Markdown,
    },
    Choice {
        name: "html",
        format: Format::Html,
        help: "The index as a web page",
        exporter: &Html,
    },
    Choice {
        name: "csv",
        format: Format::Csv,
        help: "The index for spreadsheets",
        exporter: &Csv,
    },
];

pub struct Markdown;

impl Exporter<[Row]> for Markdown {
    fn export(&self, rows: &[Row]) -> Result<Vec<u8>, ExportError> {
        Ok(markdown(rows).into_bytes())
    }
}

pub struct Html;

impl Exporter<[Row]> for Html {
    fn export(&self, rows: &[Row]) -> Result<Vec<u8>, ExportError> {
        Ok(html(rows).into_bytes())
    }
}

pub struct Csv;

impl Exporter<[Row]> for Csv {
    fn export(&self, rows: &[Row]) -> Result<Vec<u8>, ExportError> {
        Ok(csv(rows).into_bytes())
    }
}

/// A relative link to a report: every byte but the unreserved ones
/// percent-encoded, so that it is one safe path in Markdown and HTML alike.
fn href(name: &str) -> String {
    name.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The cells of a row, plain text, in the order of [`HEADINGS`].
fn cells(r: &Row) -> [String; 9] {
    [
        r.file.clone(),
        r.organisation.clone(),
        format!("{} {}", r.questionnaire, r.version)
            .trim()
            .to_owned(),
        r.date.clone(),
        r.score_text(),
        r.rating_text().to_owned(),
        r.completeness_text(),
        r.held_down_by(),
        r.failed.clone().unwrap_or_default(),
    ]
}

fn summary_line(rows: &[Row]) -> String {
    let failed = rows.iter().filter(|r| r.failed.is_some()).count();
    let n = rows.len();
    match failed {
        0 => format!("{n} answers files, each with its report."),
        f => format!(
            "{n} answers files; {f} could not be reported (marked FAILED, with the first problem found)."
        ),
    }
}

pub fn markdown(rows: &[Row]) -> String {
    let head: Vec<(&str, crate::text::markdown::Align)> =
        HEADINGS.iter().map(|h| (*h, L)).collect();
    let mut s = format!(
        "# Reports\n\n{}\n\n{}",
        summary_line(rows),
        table_head(&head)
    );
    for r in rows {
        let mut c: Vec<String> = cells(r).iter().map(|x| cell(x)).collect();
        if let Some(report) = &r.report {
            c[0] = format!("[{}]({})", c[0], href(report));
        }
        if r.failed.is_some() {
            c[5] = "**FAILED**".into();
        }
        s.push('\n');
        s.push_str(&table_row(&c));
    }
    s.push('\n');
    s
}

const INDEX_CSS: &str = "main { max-width: none; } td.failed { color: #b3261e; font-weight: 650; } td:nth-child(5), td:nth-child(7) { text-align: right; white-space: nowrap; } td:first-child { white-space: nowrap; }";

/// Text of ours that quotes with backticks (a problem: "cannot find the file
/// `a.yaml`"), escaped, with the quoted parts as code rather than backticks.
fn with_code(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len() < 3 || parts.len().is_multiple_of(2) {
        return escape_text(text);
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| match i % 2 {
            0 => escape_text(p),
            _ => format!("<code>{}</code>", escape_text(p)),
        })
        .collect()
}

pub fn html(rows: &[Row]) -> String {
    let mut table = String::from("<table>\n<thead><tr>");
    for h in HEADINGS {
        table.push_str(&format!("<th>{h}</th>"));
    }
    table.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        let c = cells(r);
        table.push_str("<tr>");
        for (i, text) in c.iter().enumerate() {
            let text = if i == 8 {
                with_code(text)
            } else {
                escape_text(text)
            };
            let td = match (i, &r.report) {
                (0, Some(report)) => format!("<td><a href=\"{}\">{text}</a></td>", href(report)),
                (5, _) if r.failed.is_some() => format!("<td class=\"failed\">{text}</td>"),
                _ => format!("<td>{text}</td>"),
            };
            table.push_str(&td);
        }
        table.push_str("</tr>\n");
    }
    table.push_str("</tbody>\n</table>\n");
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"assure {}\">\n<title>Reports</title>\n<style>{BASE_CSS}{INDEX_CSS}</style>\n</head>\n<body>\n<main>\n<h1>Reports</h1>\n<p>{}</p>\n{table}</main>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
        escape_text(&summary_line(rows)),
    )
}

/// A cell a spreadsheet will not read as a formula (`inert`, as the CSV report
/// does it).
fn inert(s: &str) -> String {
    crate::exchange::inert::csv_cell(s).into_owned()
}

/// The index as CSV: numbers as numbers (the overall score and completeness in
/// percent, one decimal), text made inert.
pub fn csv(rows: &[Row]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "file",
        "organisation",
        "questionnaire",
        "version",
        "date_answered",
        "overall",
        "rating",
        "completeness",
        "must_haves_not_met",
        "must_haves_not_known",
        "important_holding",
        "held_down_by",
        "report",
        "problem",
    ];
    let _ = w.write_record(header);
    for r in rows {
        let number = |v: Option<f64>| v.map_or_else(String::new, |v| format!("{v:.1}"));
        let failed = r.failed.is_some();
        let count = |n: usize| if failed { String::new() } else { n.to_string() };
        let record = [
            inert(&r.file),
            inert(&r.organisation),
            inert(&r.questionnaire),
            inert(&r.version),
            inert(&r.date),
            number(r.overall),
            inert(r.rating_text()),
            number(r.completeness.map(|c| c * 100.0)),
            count(r.must_haves_not_met),
            count(r.must_haves_not_known),
            count(r.important),
            inert(&r.held_down_by()),
            inert(r.report.as_deref().unwrap_or_default()),
            inert(r.failed.as_deref().unwrap_or_default()),
        ];
        let _ = w.write_record(&record);
    }
    // Writing to memory cannot fail.
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests;
