//! The customer's spreadsheet as a table of text cells: a CSV file (RFC 4180,
//! comma, semicolon or tab separated, UTF-8) or one sheet of an `.xlsx`
//! workbook, read with the same guards as an answers workbook (the archive
//! checked before decompressing, cells and text capped, formulas not read).

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Reader, Xlsx};

use crate::diagnostic::Diagnostic;
use crate::diagnostic::kinds::{Sheet as Import, Workbook};
use crate::exchange::xlsx::archive;
use crate::exchange::xlsx::cell::{Raw, Value};
use crate::exchange::xlsx::limits::MAX_CELLS;
use crate::exchange::xlsx::sheet::{self, Book};
use crate::text::number::number;

/// A cell as the import sees it: its text, or why it cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Text(String),
    /// Why not: a formula, a spreadsheet error, text over the limit.
    Unusable(String),
}

pub struct Table {
    /// The sheet read, for an `.xlsx` file.
    pub sheet: Option<String>,
    /// Filled cells by row, then column (both from 0).
    pub rows: BTreeMap<u32, BTreeMap<u32, Text>>,
}

impl Table {
    /// A cell's address as the spreadsheet shows it: `Sheet1!B12`, or `B12`.
    pub fn at(&self, row: u32, col: u32) -> String {
        let sheet = self.sheet.as_deref().unwrap_or_default();
        crate::source::Cell {
            sheet: sheet.into(),
            row,
            col,
        }
        .to_string()
    }
}

fn text_of(raw: Raw) -> Option<Text> {
    match raw {
        Raw::Empty => None,
        Raw::Value(Value::Text(t)) => Some(Text::Text(t.trim().to_owned())),
        Raw::Value(Value::Number(n)) => Some(Text::Text(number(n))),
        Raw::Formula => Some(Text::Unusable(
            "it holds a formula, which is not read".into(),
        )),
        Raw::Error(e) => Some(Text::Unusable(format!(
            "it holds a spreadsheet error ({e})"
        ))),
        Raw::TooLong(n) => Some(Text::Unusable(format!(
            "it holds {n} bytes of text, over the limit"
        ))),
    }
}

/// Reads a CSV file's text; a quote that opens a cell and is never closed is
/// an error naming its line and column, as for `answer`, not the rest of the
/// file swallowed into one cell.
pub fn csv(text: &str) -> Result<Table, Import> {
    let sep = super::separated::separator(text);
    if let Some((line, col)) = super::separated::unclosed_quote(text, sep) {
        return Err(Import::UnclosedQuote { line, col });
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .from_reader(text.as_bytes());
    let mut rows = BTreeMap::new();
    let mut count = 0usize;
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| Import::CsvUnreadable {
            error: e.to_string(),
        })?;
        let row = u32::try_from(i).map_err(|_| Import::CsvTooManyRows)?;
        let mut cells = BTreeMap::new();
        for (c, field) in record.iter().enumerate() {
            let raw = Raw::of(&calamine::DataRef::SharedString(field), false);
            if let Some(t) = text_of(raw) {
                count += 1;
                if count > MAX_CELLS {
                    return Err(Import::TooManyCells { max: MAX_CELLS });
                }
                cells.insert(u32::try_from(c).unwrap_or(u32::MAX), t);
            }
        }
        if !cells.is_empty() {
            rows.insert(row, cells);
        }
    }
    Ok(Table { sheet: None, rows })
}

/// Why a workbook cannot be imported: what, and a help line.
pub type Refused = (Diagnostic, Option<String>);

pub fn xlsx(bytes: &[u8], wanted: Option<&str>) -> Result<Table, Refused> {
    let refused = |kind: Import| (Diagnostic::error(kind), None);
    let refused_as = |kind: Workbook| (Diagnostic::error(kind), None);
    archive::check(bytes).map_err(|r| (Diagnostic::error(r.kind), r.help))?;
    let mut book: Book<'_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        refused_as(Workbook::Unreadable {
            error: e.to_string(),
        })
    })?;
    let names = sheet::names(&book);
    let name = match wanted {
        Some(w) => sheet::named(&names, w)
            .map_err(|k| (Diagnostic::error(k), Some(sheet::NAME_HELP.to_owned())))?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| refused(Import::NoSheets))?,
    };
    let mut rows: BTreeMap<u32, BTreeMap<u32, Text>> = BTreeMap::new();
    let scanned = sheet::scan(&mut book, &name, |c| {
        if let Some(t) = text_of(Raw::of(&c.value, c.formula)) {
            rows.entry(c.row).or_default().insert(c.col, t);
        }
    });
    match scanned {
        Ok(()) => Ok(Table {
            sheet: Some(name),
            rows,
        }),
        Err(stop) => Err(refused(stop.of_sheet(&name))),
    }
}
