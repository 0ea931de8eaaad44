//! Problems found in input files, shown the way a compiler shows them: the file,
//! line and column, the offending line with a caret, and a help line.

use std::fmt::Write as _;
use std::io::IsTerminal;
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use crate::escape;
use crate::source::Source;
use crate::yaml::Span;

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
    pub code: &'static str,
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
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            file: None,
            source: None,
            span: None,
            label: None,
            help: None,
            notes: Vec::new(),
        }
    }

    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Warning, code, message)
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

    /// `file:line:column`, as far as known.
    pub fn location(&self) -> String {
        let mut s = self.file.clone().unwrap_or_default();
        if let Some(span) = self.span {
            let _ = write!(s, ":{}:{}", span.start.line, span.start.col);
        }
        s
    }

    /// The text shown on a terminal or in a log; `color` adds ANSI styles.
    pub fn render(&self, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Note => Level::NOTE,
        };
        let message = escape::terminal(&self.message);
        let title = level.primary_title(message.as_ref()).id(self.code);
        let excerpt = self.excerpt();
        let mut group = match (&excerpt, &self.file) {
            (Some(ex), _) => title.element(
                Snippet::source(ex.text.as_str())
                    .line_start(ex.line as usize)
                    .path(self.file.as_deref().map(escape::terminal))
                    .annotation(
                        AnnotationKind::Primary
                            .span(ex.range.clone())
                            .label(self.label.as_deref().map(escape::terminal)),
                    ),
            ),
            (None, Some(file)) => title.element(Origin::path(escape::terminal(file))),
            (None, None) => Group::with_title(title),
        };
        for note in &self.notes {
            group = group.element(Level::NOTE.message(escape::terminal(note)));
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(escape::terminal(help)));
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
            text.push_str(&escape::terminal(c.encode_utf8(&mut [0; 4])));
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
    pub code: &'a str,
    pub message: &'a str,
    pub file: Option<&'a str>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub end_line: Option<u32>,
    pub end_column: Option<u32>,
    pub help: Option<&'a str>,
    pub notes: &'a [String],
}

impl<'a> From<&'a Diagnostic> for JsonDiagnostic<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        JsonDiagnostic {
            severity: d.severity,
            code: d.code,
            message: &d.message,
            file: d.file.as_deref(),
            line: d.span.map(|s| s.start.line),
            column: d.span.map(|s| s.start.col),
            end_line: d.span.map(|s| s.end.line),
            end_column: d.span.map(|s| s.end.col),
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

/// Sorts diagnostics by file position, errors before warnings at the same place.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.span.map(|s| (s.start.line, s.start.col)), d.severity));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::Pos;

    fn span(line: u32, col: u32, end_col: u32) -> Span {
        Span {
            start: Pos { line, col },
            end: Pos { line, col: end_col },
        }
    }

    #[test]
    fn renders_like_a_compiler() {
        let src = Source::new("q.yaml", "id: x\nsections:\n  - wieght: 3\n");
        let d = Diagnostic::error("unknown-key", "unknown key `wieght`")
            .at(&src, span(3, 5, 11))
            .help("did you mean `weight`?");
        let text = d.render(false);
        assert_eq!(
            text,
            "error[unknown-key]: unknown key `wieght`\n --> q.yaml:3:5\n  |\n3 |   - wieght: 3\n  |     ^^^^^^\n  |\n  = help: did you mean `weight`?"
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_problem() {
        let line = format!("title: {}BAD{}", "a".repeat(5000), "b".repeat(5000));
        let src = Source::new("q.yaml", line);
        let d = Diagnostic::error("x", "bad").at(&src, span(1, 5008, 5011));
        let text = d.render(false);
        assert!(text.lines().all(|l| l.chars().count() < 200), "{text}");
        assert!(text.contains("BAD"));
    }

    #[test]
    fn a_problem_without_a_position_still_names_the_file() {
        let d = Diagnostic::error("file-not-found", "cannot find the file `x.yaml`")
            .file_name("x.yaml");
        assert!(
            d.render(false)
                .starts_with("error[file-not-found]: cannot find the file `x.yaml`")
        );
    }
}
