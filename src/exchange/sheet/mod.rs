//! A customer's questionnaire as it arrives, read for `import` and `answer`
//! alike: a CSV file or one sheet of a workbook as a grid of text cells
//! ([`csv`], [`xlsx`]), then the shape found in it ([`find`]): the sheet that
//! holds the questions, the header row under any title rows, which column
//! holds what, section columns and section rows, and every other row named
//! with its cell and why it was left out (instructions, closing remarks,
//! signature lines).

pub mod csv;
pub mod find;
pub mod kinds;
pub mod letters;
pub mod separated;
pub mod xlsx;

use std::collections::BTreeMap;

/// One filled cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// Its text, trimmed; numbers as a person would write them.
    pub text: String,
    /// It holds a formula: `text` is the value the program that saved the
    /// file computed (never evaluated here), empty when none was saved.
    pub formula: bool,
    /// Why its text cannot be used: a spreadsheet error, text over the limit.
    pub problem: Option<String>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            formula: false,
            problem: None,
        }
    }

    /// Its text, when it can be used and is not empty.
    pub fn usable(&self) -> Option<&str> {
        (self.problem.is_none() && !self.text.is_empty()).then_some(self.text.as_str())
    }
}

/// A range of cells (from 0, both ends included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Area {
    pub first: (u32, u32),
    pub last: (u32, u32),
}

impl Area {
    pub fn contains(&self, row: u32, col: u32) -> bool {
        (self.first.0..=self.last.0).contains(&row) && (self.first.1..=self.last.1).contains(&col)
    }
}

/// A sheet, or a CSV file, as read.
#[derive(Clone, Debug, Default)]
pub struct Grid {
    /// The sheet's name, for a workbook.
    pub sheet: Option<String>,
    /// Filled cells by row, then column (from 0).
    pub cells: BTreeMap<u32, BTreeMap<u32, Cell>>,
    /// Merged ranges.
    pub merged: Vec<Area>,
    /// Drop-downs: the cells each covers, and the values it offers.
    pub lists: Vec<(Vec<Area>, Vec<String>)>,
}

impl Grid {
    pub fn get(&self, row: u32, col: u32) -> Option<&Cell> {
        self.cells.get(&row)?.get(&col)
    }

    /// A cell's address as the spreadsheet shows it: `Sheet1!B12`, or `B12`.
    pub fn at(&self, row: u32, col: u32) -> String {
        crate::source::Cell {
            sheet: self.sheet.as_deref().unwrap_or_default().into(),
            row,
            col,
        }
        .to_string()
    }

    /// The values of the drop-down on a cell, if it has one.
    pub fn list(&self, row: u32, col: u32) -> Option<&[String]> {
        self.lists
            .iter()
            .find(|(areas, _)| areas.iter().any(|a| a.contains(row, col)))
            .map(|(_, values)| values.as_slice())
    }

    /// The merged range a cell is the top left of, if any.
    pub fn merge_at(&self, row: u32, col: u32) -> Option<&Area> {
        self.merged.iter().find(|a| a.first == (row, col))
    }
}

#[cfg(test)]
mod tests;
