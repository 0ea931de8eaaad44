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

use crate::export::report::{Outline, Part, sheet_html, sheet_markdown};
use crate::report::{Report, organisation, plain_line};

/// The form of the statement: the file's extension decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Markdown,
    Html,
}

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

pub fn render(r: &Report<'_>, form: Form) -> String {
    let o = outline(r);
    match form {
        Form::Markdown => sheet_markdown(&o),
        Form::Html => sheet_html(&o),
    }
}

#[cfg(test)]
mod tests;
