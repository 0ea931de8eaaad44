//! Laying text out for the terminal: paragraphs wrapped to the width with
//! hanging indents, a progress bar, and the few styles the walk uses.
//!
//! Everything here is a pure function of the text and a [`Look`] (width and
//! whether colour is on), so the terminal can lay a screen out again after a
//! resize, and tests can lay it out at any width. Words and paths are never
//! cut: a word longer than the line stands on a line of its own.

use anstyle::{AnsiColor, Style};

use crate::text::plain;

/// The widest a line of the walk gets, however wide the terminal: longer
/// lines are hard to read (typography puts the comfortable measure at 45 to
/// 90 characters; the lists and tables need a little more).
pub const MAX_WIDTH: usize = 88;

/// How text is laid out: its width in columns, and whether colour is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    pub width: usize,
    pub colour: bool,
}

impl Look {
    pub fn plain(width: usize) -> Self {
        Look {
            width,
            colour: false,
        }
    }

    fn paint(self, style: Style, s: &str) -> String {
        if self.colour {
            format!("{}{s}{}", style.render(), style.render_reset())
        } else {
            s.to_owned()
        }
    }

    /// The question, headings.
    pub fn strong(self, s: &str) -> String {
        self.paint(Style::new().bold(), s)
    }

    /// Hints and the keys line.
    pub fn dim(self, s: &str) -> String {
        self.paint(Style::new().dimmed(), s)
    }

    /// The line the pointer is on.
    pub fn accent(self, s: &str) -> String {
        self.paint(AnsiColor::Cyan.on_default().bold(), s)
    }

    /// "✔ Saved".
    pub fn good(self, s: &str) -> String {
        self.paint(AnsiColor::Green.on_default(), s)
    }

    /// A refused entry.
    pub fn bad(self, s: &str) -> String {
        self.paint(AnsiColor::Red.on_default(), s)
    }
}

/// The display width of `s`, escape sequences left out.
pub fn width_of(s: &str) -> usize {
    textwrap::core::display_width(s)
}

/// The indent a line hangs on: its leading spaces, plus a bullet ("• ", "- ")
/// or a number ("12. ") after them.
fn hang(line: &str) -> usize {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[spaces..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let marker = if rest.starts_with("• ") || rest.starts_with("- ") || rest.starts_with("✔ ") {
        2
    } else if digits > 0 && rest[digits..].starts_with(". ") {
        digits + 2
    } else {
        0
    };
    spaces + marker
}

/// One paragraph wrapped to `width`; the lines after the first hang under the
/// text after its bullet or indent. A line indented by four spaces (a path,
/// a command) is kept whole, as in Markdown.
pub fn paragraph(line: &str, width: usize) -> Vec<String> {
    if line.trim().is_empty() {
        return vec![String::new()];
    }
    if line.starts_with("    ") {
        return vec![line.trim_end().to_owned()];
    }
    let at = hang(line);
    let (head, text) = line.split_at(line.char_indices().nth(at).map_or(line.len(), |(i, _)| i));
    let rest = " ".repeat(width_of(head));
    plain::wrap(text, width, head, &rest)
}

/// Lines of text, each a paragraph, wrapped to `width`.
pub fn paragraphs(text: &str, width: usize) -> String {
    text.lines()
        .flat_map(|l| paragraph(l, width))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Pieces that must stay whole ("e explain"), joined by `sep` and packed
/// into lines of at most `width` columns.
pub fn pack(pieces: &[String], sep: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces {
        if line.is_empty() {
            line.clone_from(piece);
        } else if width_of(&line) + width_of(sep) + width_of(piece) <= width {
            line.push_str(sep);
            line.push_str(piece);
        } else {
            lines.push(std::mem::take(&mut line));
            line.clone_from(piece);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A bar `len` columns long, filled in proportion to `done` of `all`.
pub fn bar(done: usize, all: usize, len: usize) -> String {
    // Rounded down, so that the bar is only full when everything is done.
    let filled = ((done.min(all) * len).checked_div(all)).unwrap_or(len);
    format!("{}{}", "█".repeat(filled), "░".repeat(len - filled))
}

#[cfg(test)]
mod tests;
