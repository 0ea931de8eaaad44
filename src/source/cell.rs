//! Positions in a spreadsheet. An answers workbook is read into the same spanned
//! tree as a YAML answers file; each value's span then names a cell of this table
//! instead of a line and column, so that every diagnostic says `Answers!D12`.

use std::fmt;
use std::sync::Arc;

use super::{Pos, Span};

/// One cell: its sheet, and its row and column counted from 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub sheet: Arc<str>,
    pub row: u32,
    pub col: u32,
}

/// The letters of a column counted from 0: A, B, …, Z, AA, AB, …
pub fn column_name(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + u8::try_from(rem).unwrap_or(0));
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

impl Cell {
    /// The address without the sheet, such as `D12`.
    pub fn address(&self) -> String {
        format!("{}{}", column_name(self.col), u64::from(self.row) + 1)
    }
}

impl fmt::Display for Cell {
    /// `Answers!D12`; a sheet name with spaces or punctuation is quoted as
    /// spreadsheets quote it (`'Action plan'!B3`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plain = self.sheet.chars().all(|c| c.is_alphanumeric() || c == '_');
        if self.sheet.is_empty() {
            // A CSV file has no sheets.
            write!(f, "{}", self.address())
        } else if plain {
            write!(f, "{}!{}", self.sheet, self.address())
        } else {
            write!(f, "'{}'!{}", self.sheet.replace('\'', "''"), self.address())
        }
    }
}

/// The cells a workbook's tree refers to, in the order they were added; a span's
/// line is an index into it (from 1).
#[derive(Debug, Default)]
pub struct Cells {
    cells: Vec<Cell>,
}

impl Cells {
    /// Records `cell` and returns the span that stands for it.
    pub fn span(&mut self, cell: Cell) -> Span {
        self.cells.push(cell);
        let line = u32::try_from(self.cells.len()).unwrap_or(u32::MAX);
        Span {
            start: Pos { line, col: 1 },
            end: Pos { line, col: 2 },
        }
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// The cell a span stands for.
    pub fn get(&self, span: Span) -> Option<&Cell> {
        let i = usize::try_from(span.start.line).ok()?.checked_sub(1)?;
        self.cells.get(i)
    }
}
