//! What the supplier has said, as `answer` uses it: the known questions for
//! the matcher, and where each answer came from for the review and the
//! comment cell. Read from the answers files by [`crate::answers::supplier`].

use crate::diagnostic::Diagnostic;
use crate::exchange::matcher::{Given, Known};

/// Where a known answer came from, for the review and the comment cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Origin {
    /// The answers file, as named on the command line.
    pub file: String,
    pub questionnaire: String,
    pub question: String,
    pub text: String,
    /// The answer as the file gives it: a label, "Yes", a number.
    pub answer: String,
    pub date: Option<String>,
    pub by: Option<String>,
    pub note: Option<String>,
    pub evidence: Vec<String>,
}

/// Everything the supplier has said.
#[derive(Default)]
pub struct Supplier {
    pub known: Vec<Known>,
    pub origins: Vec<Origin>,
    pub warnings: Vec<Diagnostic>,
    /// The organisation, from the newest file that says.
    pub organisation: Option<String>,
}

/// Whether a known answer is a real one (not "I don't know").
pub fn is_real(k: &Known) -> bool {
    !matches!(k.given, Given::Unknown)
}
