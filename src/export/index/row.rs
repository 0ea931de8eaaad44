//! One row per answers file of a `report` run, for the table printed on stderr
//! and for the index of a batch (`index.md`, `index.html`, `index.csv`): the
//! file, the organisation, the questionnaire and its version, the date answered,
//! the overall score, the rating, the completeness and what holds the rating
//! down (the must-haves not met and not known, counted apart, the important
//! questions, or the score itself), so that two rows rated alike say why; or
//! `FAILED` and the first error, for a file that could not be reported.

use comfy_table::{Cell, CellAlignment, Table};

use crate::diagnostic::{Diagnostic, Severity};
use crate::report::{organisation, percent, plain_line};
use crate::score::Assessment;
use crate::text::count::count;
use crate::text::terminal::clean_line;

/// What a row says of one answers file. Text is plain and untrusted: each
/// output escapes it for itself.
pub struct Row {
    /// The answers file's name, without its folder.
    pub file: String,
    /// The report's file name, when it was written to a file.
    pub report: Option<String>,
    pub organisation: String,
    pub questionnaire: String,
    pub version: String,
    pub date: String,
    /// 0 to 100.
    pub overall: Option<f64>,
    pub rating: String,
    /// 0 to 1.
    pub completeness: Option<f64>,
    /// Must-haves answered and not met, and those not known.
    pub must_haves_not_met: usize,
    pub must_haves_not_known: usize,
    /// Important questions that hold the rating.
    pub important: usize,
    /// Whether the rating is the best band: nothing holds it down.
    pub top: bool,
    /// For a file that could not be reported: its first error.
    pub failed: Option<String>,
}

pub use crate::source::file_name;

impl Row {
    pub fn new(file: String, report: Option<String>, a: &Assessment<'_>) -> Row {
        let q = a.questionnaire;
        let m = crate::report::holds::must_haves(a);
        Row {
            file,
            report,
            organisation: organisation(a).map(plain_line).unwrap_or_default(),
            questionnaire: plain_line(&q.id),
            version: plain_line(&q.version),
            date: a
                .answers
                .respondent
                .date
                .as_deref()
                .map(plain_line)
                .unwrap_or_default(),
            overall: a.overall,
            rating: a.rating.as_deref().map(plain_line).unwrap_or_default(),
            completeness: a.completeness,
            must_haves_not_met: m.not_met.len(),
            must_haves_not_known: m.not_known.len(),
            important: a.held_by.len(),
            top: a.rating.is_some()
                && a.rating.as_deref() == q.scoring().bands.first().map(|b| b.label.as_str()),
            failed: None,
        }
    }

    /// A file that could not be reported, with the questionnaire it names (when
    /// known) and the first problem.
    pub fn failed(file: String, questionnaire: Option<&str>, problem: String) -> Row {
        Row {
            file,
            report: None,
            organisation: String::new(),
            questionnaire: questionnaire.map(plain_line).unwrap_or_default(),
            version: String::new(),
            date: String::new(),
            overall: None,
            rating: String::new(),
            completeness: None,
            must_haves_not_met: 0,
            must_haves_not_known: 0,
            important: 0,
            top: false,
            failed: Some(plain_line(&problem)),
        }
    }

    pub fn score_text(&self) -> String {
        if self.failed.is_some() {
            String::new()
        } else {
            percent(self.overall)
        }
    }

    pub fn completeness_text(&self) -> String {
        if self.failed.is_some() {
            String::new()
        } else {
            percent(self.completeness.map(|c| c * 100.0))
        }
    }

    /// What holds the rating down, in a few words: "5 must-haves not met,
    /// 3 not known", "2 important questions", "the score"; nothing for the
    /// best rating or a failed file.
    pub fn held_down_by(&self) -> String {
        if self.failed.is_some() || self.top || self.rating.is_empty() {
            return String::new();
        }
        let mut parts = Vec::new();
        if self.must_haves_not_met > 0 {
            let n = self.must_haves_not_met;
            parts.push(count(n, "must-have not met", "must-haves not met"));
        }
        if self.must_haves_not_known > 0 {
            let n = self.must_haves_not_known;
            parts.push(match parts.is_empty() {
                true => count(n, "must-have not known", "must-haves not known"),
                false => format!("{n} not known"),
            });
        }
        if self.important > 0 {
            let n = self.important;
            parts.push(count(n, "important question", "important questions"));
        }
        if parts.is_empty() {
            "the score".to_owned()
        } else {
            parts.join(", ")
        }
    }

    /// One file reported into a file, in a line rather than a table:
    /// "Wrote acme.html: Acme Ltd: At risk (21.4%); held down by 1 must-have
    /// not met."
    pub fn written_line(&self) -> Option<String> {
        let report = self.report.as_ref().filter(|_| self.failed.is_none())?;
        let who = match self.organisation.as_str() {
            "" => String::new(),
            o => format!("{}: ", clean_line(o)),
        };
        let held = match self.held_down_by() {
            h if h.is_empty() => h,
            h => format!("; held down by {h}"),
        };
        Some(format!(
            "Wrote {}: {who}{} ({}){held}.",
            clean_line(report),
            clean_line(self.rating_text()),
            self.score_text()
        ))
    }

    pub fn rating_text(&self) -> &str {
        match (&self.failed, self.rating.as_str()) {
            (Some(_), _) => "FAILED",
            (None, "") => "n/a",
            (None, r) => r,
        }
    }
}

/// The first error among `diags` in one line: where, what, and its code.
pub fn first_error(diags: &[Diagnostic]) -> String {
    let Some(d) = diags
        .iter()
        .find(|d| d.severity == Severity::Error)
        .or(diags.first())
    else {
        return "it could not be read".into();
    };
    let at = d
        .span
        .map(|s| format!("line {}, column {}: ", s.start.line, s.start.col))
        .unwrap_or_default();
    plain_line(&format!("{at}{} [{}]", d.message, d.code))
}

/// The column headings, the same on stderr and in the index.
pub const HEADINGS: [&str; 9] = [
    "File",
    "Organisation",
    "Questionnaire",
    "Date answered",
    "Overall",
    "Rating",
    "Answered",
    "Held down by",
    "Problem",
];

/// The longest first error shown on stderr; the diagnostics above it have it whole.
const PROBLEM_CHARS: usize = 60;

pub fn table(rows: &[Row]) -> Table {
    let mut t = crate::text::table::new_for_stderr();
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        // In a log or a file, rows stay whole: nothing is wrapped.
        t.set_content_arrangement(comfy_table::ContentArrangement::Disabled);
    }
    let failures = rows.iter().any(|r| r.failed.is_some());
    let columns = if failures { 9 } else { 8 };
    t.set_header(&HEADINGS[..columns]);
    let width = crate::text::table::width(&t);
    let fit = |s: &str| crate::text::table::line(width, s);
    for r in rows {
        let right = |s: String| Cell::new(s).set_alignment(CellAlignment::Right);
        let mut cells = vec![
            Cell::new(clean_line(&r.file)),
            Cell::new(fit(&r.organisation)),
            Cell::new(fit(format!("{} {}", r.questionnaire, r.version).trim())),
            Cell::new(fit(&r.date)),
            right(r.score_text()),
            Cell::new(fit(r.rating_text())),
            right(r.completeness_text()),
            Cell::new(fit(&r.held_down_by())),
        ];
        if failures {
            let problem = r.failed.as_deref().unwrap_or_default();
            cells.push(Cell::new(crate::text::plain::line(problem, PROBLEM_CHARS)));
        }
        t.add_row(cells);
    }
    // File names are shown whole, never wrapped.
    crate::text::table::no_wrap(&mut t, 0);
    t
}

#[cfg(test)]
mod tests;
