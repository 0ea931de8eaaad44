//! Problems found in input files: what they are ([`Diagnostic`], with a stable
//! [`Code`]), how checks collect them ([`Collector`]), and how they are shown
//! ([`render`]): the way a compiler shows them, with the file, line and column,
//! the offending line with a caret, and a help line.

mod code;
mod collect;
mod kind;
pub mod kinds;
mod render;
pub mod tally;

use std::fmt::Write as _;
use std::sync::Arc;

use serde::Serialize;

use crate::source::{Source, Span};

pub use code::Code;
pub use collect::{Collector, Loaded, Mark, Taken};
pub(crate) use kind::kinds;
pub use kind::{Counted, Kind};
pub use render::{JsonDiagnostic, emit, emit_warnings, stderr_color};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable name for the rule, such as `unknown-key`; shown in brackets.
    pub code: Code,
    pub message: String,
    /// The file's name, also when there is no source text (a file that is missing).
    pub file: Option<String>,
    pub source: Option<Arc<Source>>,
    pub span: Option<Span>,
    pub label: Option<String>,
    pub help: Option<String>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// A problem of `kind`: its code and its message come from the kind.
    pub fn new(severity: Severity, kind: impl Kind) -> Self {
        Diagnostic {
            severity,
            code: kind.code(),
            message: kind.to_string(),
            file: None,
            source: None,
            span: None,
            label: None,
            help: None,
            notes: Vec::new(),
        }
    }

    pub fn error(kind: impl Kind) -> Self {
        Diagnostic::new(Severity::Error, kind)
    }

    pub fn warning(kind: impl Kind) -> Self {
        Diagnostic::new(Severity::Warning, kind)
    }

    pub fn note_about(kind: impl Kind) -> Self {
        Diagnostic::new(Severity::Note, kind)
    }

    pub fn file_name(mut self, name: &str) -> Self {
        self.file = Some(name.to_owned());
        self
    }

    /// Places the problem in `source`. A default (0:0) span means "no position".
    pub fn at(mut self, source: &Arc<Source>, span: Span) -> Self {
        self.file = Some(source.name.clone());
        self.source = Some(Arc::clone(source));
        self.span = (span.start.line > 0).then_some(span);
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn maybe_help(mut self, help: Option<String>) -> Self {
        if help.is_some() {
            self.help = help;
        }
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The spreadsheet cell the problem is in, for a workbook.
    pub fn cell(&self) -> Option<&crate::source::Cell> {
        self.source.as_ref()?.cell(self.span?)
    }

    /// `file:line:column`, as far as known; `file: Sheet!A1` in a workbook.
    pub fn location(&self) -> String {
        let mut s = self.file.clone().unwrap_or_default();
        if let Some(cell) = self.cell() {
            let _ = write!(s, ": {cell}");
        } else if let Some(span) = self.span {
            let _ = write!(s, ":{}:{}", span.start.line, span.start.col);
        }
        s
    }
}

/// Sorts diagnostics by file position, errors before warnings at the same place.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.span.map(|s| (s.start.line, s.start.col)), d.severity));
}

#[cfg(test)]
mod tests;
