//! The text of an input file, kept for diagnostics, and positions in it.
//!
//! A leaf module: every stage that points at a place in a file (the YAML tree,
//! the diagnostics, the checks) uses these types. A workbook has no text: its
//! positions are cells ([`cell`]).

use std::sync::{Arc, OnceLock};

pub mod cell;
pub use cell::{Cell, Cells};

/// A position in a source file: line and column, both counted from 1; the column
/// counts characters, not bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// A range of source text, `end` exclusive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: Pos,
    pub end: Pos,
}

impl Span {
    pub fn point(pos: Pos) -> Span {
        Span {
            start: pos,
            end: pos,
        }
    }
}

/// The text of one input, and the name to show for it.
#[derive(Debug)]
pub struct Source {
    pub name: String,
    pub text: String,
    line_starts: OnceLock<Vec<usize>>,
    /// For a workbook: the cells that spans stand for (empty for text files).
    cells: Cells,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<Source> {
        let mut text = text.into();
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        // Old Mac line endings (a carriage return alone) as line feeds, so that
        // every line has its number; Windows' CR LF stays as it is.
        if text.contains('\r') && text.replace("\r\n", "").contains('\r') {
            text = text.replace("\r\n", "\n").replace('\r', "\n");
        }
        Arc::new(Source {
            name: name.into(),
            text,
            line_starts: OnceLock::new(),
            cells: Cells::default(),
        })
    }

    /// A workbook: no text, and spans that stand for `cells`.
    pub fn workbook(name: impl Into<String>, cells: Cells) -> Arc<Source> {
        Arc::new(Source {
            name: name.into(),
            text: String::new(),
            line_starts: OnceLock::new(),
            cells,
        })
    }

    /// The cell a span stands for, in a workbook.
    pub fn cell(&self, span: Span) -> Option<&Cell> {
        self.cells.get(span)
    }

    pub fn is_workbook(&self) -> bool {
        !self.cells.is_empty()
    }

    fn starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// Line `n` (from 1) without its line ending.
    pub fn line(&self, n: u32) -> Option<&str> {
        let starts = self.starts();
        let i = usize::try_from(n).ok()?.checked_sub(1)?;
        let start = *starts.get(i)?;
        let end = starts.get(i + 1).copied().unwrap_or(self.text.len());
        let line = self.text.get(start..end)?;
        Some(line.trim_end_matches(['\n', '\r']))
    }
}

/// A path's last part, the file's name without its folder (the whole path
/// when it has none, such as `..`): how files are named in messages, rows of
/// an index and `from:`.
pub fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Where a byte offset of `text` falls, as a line and a character column.
pub fn pos_of_byte(text: &str, offset: usize) -> Pos {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Pos {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        col: u32::try_from(col).unwrap_or(u32::MAX),
    }
}

#[cfg(test)]
mod tests;
