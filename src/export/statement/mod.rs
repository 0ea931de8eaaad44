//! The security statement (`assure statement`): what a supplier sends a
//! customer instead of answering the same questions again.
//!
//! It is read by the customer's security reviewer, for whom a wrong "yes" is
//! a misrepresentation, so it says only what the answers say:
//!
//! - who answered, when, and to which questionnaire (its version and full
//!   digest), and that it is not an audit;
//! - what is in place: each question whose answer fully meets it (status
//!   `met`, as scoring decides), as the question was asked and the answer
//!   given, grouped by topic (the questionnaire's sections, a CSF function's
//!   name explained in plain words), with who gave the answer and when, when
//!   it was not the respondent on that date;
//! - what does not apply, as answered;
//! - what is being worked on: how many points each topic leaves open (each
//!   has an action in the owner's plan), never which ones;
//! - the framework references the answers meet (a reference counts only when
//!   scoring's coverage says it is met), and the frameworks with none met.

mod parts;

use crate::export::report::{Outline, Part, ReportExporter, sheet_html, sheet_markdown};
use crate::export::{Choice, ExportError, Exporter};
use crate::format::Format;
use crate::report::{Report, organisation, plain_line};

/// The statement's title: the organisation's name, or the questionnaire's.
fn title(r: &Report<'_>) -> String {
    let a = r.assessment;
    let name = organisation(a).unwrap_or(&a.questionnaire.title);
    format!(
        "{}: security statement",
        crate::export::report::shorten(&plain_line(name), 80)
    )
}

pub fn outline(r: &Report<'_>) -> Outline {
    let mut parts: Vec<Part> = vec![parts::intro(r), parts::in_place(r), parts::worked_on(r)];
    parts.extend(parts::not_applicable(r));
    parts.push(parts::frameworks(r));
    Outline {
        title: title(r),
        about: parts::about(r),
        parts,
    }
}

/// The statement as Markdown.
pub struct Markdown;

impl Exporter<Report<'_>> for Markdown {
    fn export(&self, r: &Report<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(sheet_markdown(&outline(r)).into_bytes())
    }
}

/// The statement as a page of HTML, to print or send.
pub struct Html;

impl Exporter<Report<'_>> for Html {
    fn export(&self, r: &Report<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(sheet_html(&outline(r)).into_bytes())
    }
}

/// The formats of the statement, the default first.
pub static FORMATS: [Choice<ReportExporter>; 2] = [
    Choice {
        name: "markdown",
        format: Format::Markdown,
        help: "The statement as Markdown",
        exporter: &Markdown,
    },
    Choice {
        name: "html",
        format: Format::Html,
        help: "The statement as a web page, to print or send",
        exporter: &Html,
    },
];

#[cfg(test)]
mod tests;
