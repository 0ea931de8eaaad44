//! What reading a workbook builds: the spanned tree of an answers file, the
//! table of cells its spans stand for, and the problems found on the way.

use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::diagnostic::Kind as DiagnosticKind;
use crate::diagnostic::kinds::Workbook;
pub use crate::exchange::xlsx::cell::{Raw, Value};
use crate::exchange::xlsx::limits::MAX_CELL_BYTES;
use crate::source::{Cell, Cells, Source};
use crate::text::number::number;
use crate::yaml::{Entry, Kind, Node, Scalar, Span};

/// A problem in a cell (or with the whole file, when `span` is the default).
pub struct Problem {
    pub found: Diagnostic,
    pub span: Span,
}

#[derive(Default)]
pub struct Builder {
    pub cells: Cells,
    pub problems: Vec<Problem>,
}

/// How much of a cell's text to quote in a message.
pub fn quote(s: &str) -> String {
    let short = crate::text::plain::cut(s, 41);
    format!("\"{}\"", short.replace(['\n', '\r'], " "))
}

impl Builder {
    pub fn span(&mut self, sheet: &Arc<str>, row: u32, col: u32) -> Span {
        self.cells.span(Cell {
            sheet: Arc::clone(sheet),
            row,
            col,
        })
    }

    pub fn problem(&mut self, kind: impl DiagnosticKind, span: Span, help: Option<&str>) {
        let found = Diagnostic::error(kind).maybe_help(help.map(str::to_owned));
        self.problems.push(Problem { found, span });
    }

    /// The value of a cell, or `None` when it is empty or cannot be used (a
    /// formula, a spreadsheet error, text over the limit: each reported).
    pub fn take(&mut self, raw: Raw, span: Span) -> Option<Value> {
        let (kind, help) = match raw {
            Raw::Empty => return None,
            Raw::Value(v) => return Some(v),
            Raw::Formula => (
                Workbook::Formula,
                "type the answer itself into the cell (copy it, then Paste Special › Values)",
            ),
            Raw::Error(error) => (
                Workbook::CellError { error },
                "type the answer itself into the cell",
            ),
            Raw::TooLong(bytes) => (
                Workbook::CellTooLong {
                    bytes,
                    kib: MAX_CELL_BYTES / 1024,
                },
                "shorten it, or put the details in a document and name it under Evidence",
            ),
        };
        self.problem(kind, span, Some(help));
        None
    }

    /// The diagnostics, placed in a source that names the cells.
    pub fn finish(self, name: String) -> (Arc<Source>, Vec<Diagnostic>) {
        let src = Source::workbook(name, self.cells);
        let diags = self
            .problems
            .into_iter()
            .map(|p| {
                let d = p.found;
                if p.span == Span::default() {
                    d.file_name(&src.name)
                } else {
                    d.at(&src, p.span)
                }
            })
            .collect();
        (src, diags)
    }
}

/// A scalar node: text is always text (as if quoted); a number is plain, so
/// that it reads as a number where one is expected.
pub fn scalar(value: &Value, span: Span) -> Node {
    let (text, plain) = match value {
        Value::Text(t) => (t.trim().to_owned(), false),
        Value::Number(n) => (number(*n), true),
    };
    Node {
        span,
        kind: Kind::Scalar(Scalar { text, plain }),
    }
}

/// `s` without surrounding spaces, keeping its allocation when it has none.
fn trimmed(s: String) -> String {
    if s.trim().len() == s.len() {
        s
    } else {
        s.trim().to_owned()
    }
}

/// [`scalar`], taking the value: a reader builds thousands of these.
pub fn scalar_owned(value: Value, span: Span) -> Node {
    let (text, plain) = match value {
        Value::Text(t) => (trimmed(t), false),
        Value::Number(n) => (number(n), true),
    };
    Node {
        span,
        kind: Kind::Scalar(Scalar { text, plain }),
    }
}

pub fn text(s: &str, span: Span) -> Node {
    Node {
        span,
        kind: Kind::Scalar(Scalar {
            text: s.trim().to_owned(),
            plain: false,
        }),
    }
}

pub fn map(entries: Vec<Entry>, span: Span) -> Node {
    Node {
        span,
        kind: Kind::Map(entries),
    }
}

/// An entry whose key is `key` (taken, not copied).
pub fn entry_owned(key: String, key_span: Span, value: Node) -> Entry {
    Entry {
        key: scalar_owned(Value::Text(key), key_span),
        value,
    }
}

pub fn entry(key: &str, key_span: Span, value: Node) -> Entry {
    Entry {
        key: text(key, key_span),
        value,
    }
}
