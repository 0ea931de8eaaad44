//! Showing diagnostics: on a terminal (annotate-snippets, the crate rustc and
//! cargo use) and as JSON for editors and CI. Text from files is cleaned of
//! control characters before it reaches a terminal.

use std::io::IsTerminal;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use super::{Code, Diagnostic, Severity};
use crate::text::terminal;

impl Diagnostic {
    /// The text shown on a terminal or in a log; `color` adds ANSI styles.
    pub fn render(&self, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Note => Level::NOTE,
        };
        let message = terminal::clean(&self.message);
        let title = level.primary_title(message.as_ref()).id(self.code.as_str());
        let excerpt = self.excerpt();
        let cell_origin = self
            .cell()
            .map(|_| terminal::clean(&self.location()).into_owned());
        let mut group = match (&excerpt, &self.file) {
            (_, Some(_)) if cell_origin.is_some() => {
                title.element(Origin::path(cell_origin.as_deref().unwrap_or_default()))
            }
            (Some(ex), _) => title.element(
                Snippet::source(ex.text.as_str())
                    .line_start(ex.line as usize)
                    .path(self.file.as_deref().map(terminal::clean))
                    .annotation(
                        AnnotationKind::Primary
                            .span(ex.range.clone())
                            .label(self.label.as_deref().map(terminal::clean)),
                    ),
            ),
            (None, Some(file)) => title.element(Origin::path(terminal::clean(file))),
            (None, None) => Group::with_title(title),
        };
        for note in &self.notes {
            group = group.element(Level::NOTE.message(terminal::clean(note)));
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(terminal::clean(help)));
        }
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer.render(&[group])
    }

    fn excerpt(&self) -> Option<Excerpt> {
        let source = self.source.as_ref()?;
        let span = self.span?;
        let line = source.line(span.start.line)?;
        let byte = |col: u32| {
            line.char_indices()
                .nth((col as usize).saturating_sub(1))
                .map_or(line.len(), |c| c.0)
        };
        let start = byte(span.start.col);
        let mut end = if span.end.line == span.start.line {
            byte(span.end.col)
        } else {
            // A multi-line value: underline the rest of its first line.
            line.len()
        };
        if end <= start {
            end = line[start..]
                .chars()
                .next()
                .map_or(start, |c| start + c.len_utf8());
        }
        // Clean the line for the terminal, moving the range with it.
        let mut text = String::with_capacity(line.len());
        let (mut new_start, mut new_end) = (None, None);
        for (i, c) in line.char_indices() {
            if i == start {
                new_start = Some(text.len());
            }
            if i == end {
                new_end = Some(text.len());
            }
            text.push_str(&terminal::clean(c.encode_utf8(&mut [0; 4])));
        }
        let new_start = new_start.unwrap_or(text.len());
        let new_end = new_end.unwrap_or(text.len()).max(new_start);
        Some(Excerpt {
            text,
            line: span.start.line,
            range: new_start..new_end,
        })
    }
}

struct Excerpt {
    text: String,
    line: u32,
    range: std::ops::Range<usize>,
}

/// The JSON form of a diagnostic, for `--format json`.
#[derive(Serialize)]
pub struct JsonDiagnostic<'a> {
    pub severity: Severity,
    pub code: Code,
    pub message: &'a str,
    pub file: Option<&'a str>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub end_line: Option<u32>,
    pub end_column: Option<u32>,
    /// In a workbook, the cell (such as `Answers!D12`) instead of a line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    pub help: Option<&'a str>,
    pub notes: &'a [String],
}

impl<'a> From<&'a Diagnostic> for JsonDiagnostic<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        let cell = d.cell().map(ToString::to_string);
        let span = d.span.filter(|_| cell.is_none());
        JsonDiagnostic {
            severity: d.severity,
            code: d.code,
            message: &d.message,
            file: d.file.as_deref(),
            line: span.map(|s| s.start.line),
            column: span.map(|s| s.start.col),
            end_line: span.map(|s| s.end.line),
            end_column: span.map(|s| s.end.col),
            cell,
            help: d.help.as_deref(),
            notes: &d.notes,
        }
    }
}

/// Whether stderr gets colour: a terminal, and `NO_COLOR` not set.
pub fn stderr_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Prints diagnostics to stderr, in file order.
pub fn emit(diagnostics: &[Diagnostic]) {
    let color = stderr_color();
    for d in diagnostics {
        eprintln!("{}", d.render(color));
    }
}

/// Prints warnings and errors but not notes: for commands that use a questionnaire
/// rather than work on it (notes such as "kept because a condition refers to it"
/// are for its authors, who see them with `validate` and `trim`).
pub fn emit_warnings(diagnostics: &[Diagnostic]) {
    let shown: Vec<Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Note)
        .cloned()
        .collect();
    emit(&shown);
}
