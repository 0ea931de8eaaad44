//! One sheet of a workbook as a grid, read with the guards of every workbook
//! reader (the archive checked first, cells streamed within limits), with its
//! merged ranges and drop-downs. A formula is never evaluated: its text is
//! the value the program that saved the file computed, marked as such. When
//! no sheet is named, the sheet that holds the questions is the one with the
//! most cells that read like questions (an Instructions sheet has few).

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Reader, SheetVisible, Xlsx};

use super::{Area, Cell, Grid};
use crate::diagnostic::kinds::{Sheet, Workbook};
use crate::diagnostic::{Diagnostic, Kind};
use crate::exchange::xlsx::archive;
use crate::exchange::xlsx::cell::{Raw, Value};
use crate::exchange::xlsx::parts::{Zip, read_part, sheet_part};
use crate::exchange::xlsx::sheet::{self, Book, Stop};
use crate::text::number::number;

/// A sheet's filled cells, by row then column.
type Cells = BTreeMap<u32, BTreeMap<u32, Cell>>;

/// Why a workbook cannot be read: the problem, with a help line where there
/// is one.
#[derive(Debug)]
pub struct Refused {
    pub found: Diagnostic,
}

fn refused(kind: impl Kind, help: Option<&str>) -> Refused {
    let found = Diagnostic::error(kind).maybe_help(help.map(str::to_owned));
    Refused { found }
}

/// A workbook read: its sheets, and the one read as a grid.
pub struct Read {
    pub sheets: Vec<String>,
    pub grid: Grid,
}

fn cell(c: &sheet::RawCell<'_>) -> Option<Cell> {
    let raw = Raw::of(&c.value, false);
    let mut out = match raw {
        Raw::Empty => Cell {
            text: String::new(),
            formula: false,
            problem: None,
        },
        Raw::Value(Value::Text(t)) => Cell::text(t.trim()),
        Raw::Value(Value::Number(n)) => Cell::text(number(n)),
        Raw::Error(e) => Cell {
            text: String::new(),
            formula: false,
            problem: Some(format!("it holds a spreadsheet error ({e})")),
        },
        Raw::TooLong(n) => Cell {
            text: String::new(),
            formula: false,
            problem: Some(format!(
                "it holds {n} bytes of text; the limit is {}",
                crate::exchange::xlsx::limits::MAX_CELL_BYTES
            )),
        },
        Raw::Formula => return None,
    };
    out.formula = c.formula;
    (c.formula || !out.text.is_empty() || out.problem.is_some()).then_some(out)
}

fn stopped(name: &str, s: Stop) -> Refused {
    refused(s.of_sheet(name), None)
}

fn cells(book: &mut Book<'_>, name: &str) -> Result<Cells, Refused> {
    let mut out: BTreeMap<u32, BTreeMap<u32, Cell>> = BTreeMap::new();
    sheet::scan(book, name, |c| {
        if let Some(x) = cell(&c) {
            out.entry(c.row).or_default().insert(c.col, x);
        }
    })
    .map_err(|s| stopped(name, s))?;
    Ok(out)
}

/// How much a sheet reads like a list of questions.
fn questionish(cells: &Cells) -> usize {
    cells
        .values()
        .flat_map(|r| r.values())
        .filter_map(Cell::usable)
        .filter(|t| super::kinds::reads_like_question(t))
        .count()
}

/// Reads `bytes` and the sheet `wanted` (else the one that holds the
/// questions).
pub fn read(bytes: &[u8], wanted: Option<&str>) -> Result<Read, Refused> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(refused(
            Sheet::Protected,
            Some(
                "open it in Excel or LibreOffice, and save a copy without a password to open, as .xlsx",
            ),
        ));
    }
    let checked = archive::check(bytes).map_err(|r| refused(r.kind, r.help.as_deref()))?;
    let outcome = std::panic::catch_unwind(|| read_checked(bytes, wanted, checked.merges));
    outcome.unwrap_or_else(|_| {
        Err(refused(
            Workbook::ReaderFailed,
            Some("open it in Excel or LibreOffice and save it again as .xlsx"),
        ))
    })
}

fn read_checked(bytes: &[u8], wanted: Option<&str>, merges: bool) -> Result<Read, Refused> {
    let mut book: Book<'_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        refused(
            Workbook::Unreadable {
                error: e.to_string(),
            },
            Some("open it in Excel or LibreOffice and save it again as .xlsx"),
        )
    })?;
    let sheets = sheet::names(&book);
    let visible: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible == SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    let (name, cells) = match wanted {
        Some(w) => {
            let name = sheet::named(&sheets, w).map_err(|k| refused(k, Some(sheet::NAME_HELP)))?;
            let c = cells(&mut book, &name)?;
            (name, c)
        }
        None => {
            let mut best: Option<(usize, String, Cells)> = None;
            for n in &visible {
                let c = cells(&mut book, n)?;
                let score = questionish(&c);
                if best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, n.clone(), c));
                }
            }
            let (_, n, c) = best.ok_or_else(|| refused(Sheet::NoSheets, None))?;
            (n, c)
        }
    };
    let merged = if merges {
        sheet::merged(&mut book, &name)
            .unwrap_or_default()
            .iter()
            .map(|d| Area {
                first: d.start,
                last: d.end,
            })
            .collect()
    } else {
        Vec::new()
    };
    let names: Vec<(String, String)> = book.defined_names().to_vec();
    let lists = lists(bytes, &name, &names, &mut book);
    Ok(Read {
        sheets,
        grid: Grid {
            sheet: Some(name),
            cells,
            merged,
            lists,
        },
    })
}

/// `A1:B3` or `A1` as an area.
fn area(r: &str) -> Option<Area> {
    let r = r.replace('$', "");
    let (a, b) = r.split_once(':').unwrap_or((&r, &r));
    let (c0, r0) = crate::exchange::patch::sheet::parse_ref(a)?;
    let (c1, r1) = crate::exchange::patch::sheet::parse_ref(b)?;
    Some(Area {
        first: (r0.min(r1), c0.min(c1)),
        last: (r0.max(r1), c0.max(c1)),
    })
}

/// The most values a drop-down's list is read for.
const MAX_LIST: usize = 200;

/// The drop-downs of the sheet `name`, with their values.
fn lists(
    bytes: &[u8],
    name: &str,
    names: &[(String, String)],
    book: &mut Book<'_>,
) -> Vec<(Vec<Area>, Vec<String>)> {
    let Ok(mut zip) = Zip::new(Cursor::new(bytes)) else {
        return Vec::new();
    };
    let Ok(part) = sheet_part(&mut zip, name) else {
        return Vec::new();
    };
    let Ok(xml) = read_part(&mut zip, &part) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (sqref, formula) in super::kinds::validations(&xml) {
        let areas: Vec<Area> = sqref.split_whitespace().filter_map(area).collect();
        if areas.is_empty() {
            continue;
        }
        if let Some(values) = list_values(&formula, name, names, book) {
            out.push((areas, values));
        }
    }
    out
}

/// The values a list formula names: `"Yes,No,N/A"`, `Lists!$A$1:$A$4`, or a
/// defined name that stands for a range.
fn list_values(
    formula: &str,
    own: &str,
    names: &[(String, String)],
    book: &mut Book<'_>,
) -> Option<Vec<String>> {
    let f = formula.trim().trim_start_matches('=');
    if let Some(inline) = f.strip_prefix('"') {
        let inline = inline.strip_suffix('"').unwrap_or(inline);
        return Some(
            inline
                .split(',')
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
                .take(MAX_LIST)
                .collect(),
        );
    }
    let target = names
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(f))
        .map_or(f.to_owned(), |(_, v)| v.trim_start_matches('=').to_owned());
    let (sheet, range) = match target.rsplit_once('!') {
        Some((s, r)) => (s.trim_matches('\'').to_owned(), r.to_owned()),
        None => (own.to_owned(), target.clone()),
    };
    let a = area(&range)?;
    let mut values = Vec::new();
    sheet::scan(book, &sheet, |c| {
        if values.len() < MAX_LIST
            && a.contains(c.row, c.col)
            && let Some(x) = cell(&c)
            && let Some(t) = x.usable()
        {
            values.push(t.to_owned());
        }
    })
    .ok()?;
    Some(values)
}
