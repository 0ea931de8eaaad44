//! A CSV file as a grid: RFC 4180, separated by commas, semicolons or tabs
//! (the most frequent in the first line), UTF-8. A quote that opens a field
//! and is never closed would make the rest of the file one cell: it is an
//! error naming its line and column instead.

use std::collections::BTreeMap;

use super::separated::{separator, unclosed_quote};
use super::{Cell, Grid};
use crate::diagnostic::kinds::Sheet;
use crate::exchange::xlsx::limits::{MAX_CELL_BYTES, MAX_CELLS};

/// Why a CSV file cannot be read, and where.
#[derive(Debug, PartialEq)]
pub struct Problem {
    pub kind: Sheet,
    /// Line and column (from 1), where there is one.
    pub at: Option<(usize, usize)>,
}

/// Reads a CSV file's text.
pub fn read(text: &str) -> Result<(Grid, u8), Problem> {
    let sep = separator(text);
    if let Some((line, col)) = unclosed_quote(text, sep) {
        return Err(Problem {
            kind: Sheet::UnclosedQuote { line, col },
            at: Some((line, col)),
        });
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .from_reader(text.as_bytes());
    let mut cells = BTreeMap::new();
    let mut count = 0usize;
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| Problem {
            kind: Sheet::CsvUnreadable {
                error: e.to_string(),
            },
            at: e
                .position()
                .map(|p| (usize::try_from(p.line()).unwrap_or(0), 1)),
        })?;
        let row = u32::try_from(i).map_err(|_| Problem {
            kind: Sheet::CsvTooManyRows,
            at: None,
        })?;
        let mut line = BTreeMap::new();
        for (c, field) in record.iter().enumerate() {
            let field = field.trim();
            if field.is_empty() {
                continue;
            }
            count += 1;
            if count > MAX_CELLS {
                return Err(Problem {
                    kind: Sheet::TooManyCells { max: MAX_CELLS },
                    at: None,
                });
            }
            let cell = if field.len() > MAX_CELL_BYTES {
                Cell {
                    text: String::new(),
                    formula: false,
                    problem: Some(format!(
                        "it holds {} bytes of text; the limit is {MAX_CELL_BYTES}",
                        field.len()
                    )),
                }
            } else {
                Cell::text(field)
            };
            line.insert(u32::try_from(c).unwrap_or(u32::MAX), cell);
        }
        if !line.is_empty() {
            cells.insert(row, line);
        }
    }
    Ok((
        Grid {
            sheet: None,
            cells,
            ..Grid::default()
        },
        sep,
    ))
}
