//! Streaming the filled cells of one sheet, in file order, with the cell limit
//! applied as they come: a sheet of a million rows is refused at the limit, not
//! after it has been read. Formulas are reported, never evaluated.

use std::io::Cursor;

use calamine::{DataRef, Dimensions, Reader, Xlsx};

use super::limits::{MAX_CELLS, MAX_ROWS};
use crate::diagnostic::kinds::{Sheet, Workbook};

pub type Book<'a> = Xlsx<Cursor<&'a [u8]>>;

/// One filled cell, positions from 0.
pub struct RawCell<'a> {
    pub row: u32,
    pub col: u32,
    pub value: DataRef<'a>,
    /// The cell holds a formula; `value` is what the program that saved the
    /// file computed, and is not used.
    pub formula: bool,
}

/// Why a sheet could not be read to the end.
pub enum Stop {
    /// More filled cells than the limit; the position of the first one over it.
    TooManyCells { row: u32, col: u32 },
    /// The sheet says it reaches this row (from 0), beyond the limit.
    TooManyRows { last: u32 },
    /// The sheet's XML is broken.
    Broken(String),
}

impl Stop {
    /// Why a customer's sheet `sheet` could not be read, as `import` and
    /// `answer` both say it.
    pub fn of_sheet(self, sheet: &str) -> Sheet {
        let sheet = sheet.to_owned();
        match self {
            Stop::TooManyRows { last } => Sheet::SheetTooManyRows {
                sheet,
                last: u64::from(last) + 1,
                max: MAX_ROWS,
            },
            Stop::TooManyCells { .. } => Sheet::SheetTooManyCells {
                sheet,
                max: MAX_CELLS,
            },
            Stop::Broken(error) => Sheet::SheetUnreadable { sheet, error },
        }
    }
}

/// Calls `f` for every filled cell of `sheet` (empty cells are skipped).
pub fn scan(book: &mut Book<'_>, sheet: &str, mut f: impl FnMut(RawCell<'_>)) -> Result<(), Stop> {
    let mut reader = book
        .worksheet_cells_reader(sheet)
        .map_err(|e| Stop::Broken(e.to_string()))?;
    // The used range the sheet declares: a sheet that says it runs to row
    // 1,048,576 is refused before a row of it is read.
    let last = reader.dimensions().end.0;
    if last >= MAX_ROWS {
        return Err(Stop::TooManyRows { last });
    }
    let mut count = 0usize;
    loop {
        let next = reader
            .next_cell_with_formula_metadata()
            .map_err(|e| Stop::Broken(e.to_string()))?;
        let Some(cell) = next else { return Ok(()) };
        let formula = cell.formula.is_some();
        if cell.value == DataRef::Empty && !formula {
            continue;
        }
        count += 1;
        let (row, col) = cell.pos;
        if count > MAX_CELLS {
            return Err(Stop::TooManyCells { row, col });
        }
        f(RawCell {
            row,
            col,
            value: cell.value,
            formula,
        });
    }
}

/// The merged ranges of `sheet`.
pub fn merged(book: &mut Book<'_>, sheet: &str) -> Result<Vec<Dimensions>, calamine::XlsxError> {
    book.merge_cells_by_sheet_name(sheet)
}

/// The names of the sheets, in order.
pub fn names(book: &Book<'_>) -> Vec<String> {
    book.sheet_names()
}

/// What to do when `--sheet` names no sheet.
pub const NAME_HELP: &str = "give the sheet with `--sheet NAME`";

/// The sheet `wanted` among `names`, or the problem, with the names there are.
pub fn named(names: &[String], wanted: &str) -> Result<String, Workbook> {
    if let Some(n) = names.iter().find(|n| n.as_str() == wanted) {
        return Ok(n.clone());
    }
    let has = names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Err(Workbook::NoSheet {
        wanted: wanted.to_owned(),
        has,
    })
}
