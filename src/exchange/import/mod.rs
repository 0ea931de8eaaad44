//! `assure import`: a questionnaire draft from a customer's spreadsheet
//! questionnaire (CSV or XLSX) and a column mapping. Reading ([`table`]), the
//! mapping ([`columns`]), rows to questions ([`draft`]) and writing the
//! questionnaire with its comments ([`yaml`]) are separate steps; this module
//! strings them together and checks that the draft validates.

mod cell;
pub mod columns;
pub mod draft;
pub use crate::exchange::sheet::separated;
pub mod table;
pub mod yaml;

use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::diagnostic::kinds::Sheet as Import;
use crate::source::{Cell, Cells, Source};

/// What `import` needs besides the file.
pub struct Options<'a> {
    pub columns: &'a columns::Columns,
    /// The sheet to read; else the one that holds the questions.
    pub sheet: Option<&'a str>,
    /// Rows above the table; else those down to the header row found under
    /// any title rows, as `answer` finds it; else 1.
    pub header_rows: Option<u32>,
    pub id: Option<&'a str>,
    pub title: Option<&'a str>,
}

/// The result: the questionnaire's text, and the rows left out (as warnings
/// naming their cells).
pub struct Imported {
    pub text: String,
    pub left_out: Vec<Diagnostic>,
    pub questions: usize,
    pub sections: usize,
}

fn error(name: &str, d: Diagnostic, help: Option<String>) -> Vec<Diagnostic> {
    vec![d.file_name(name).maybe_help(help)]
}

/// The table, and the rows above it: read through the customer-sheet reader
/// `answer` uses ([`crate::exchange::sheet`]) wherever the person did not say
/// which sheet (the one that holds the questions, not an Instructions sheet)
/// or how many rows stand above the table (down to the header row found under
/// any title rows; 1 when no header row is recognised).
fn read(
    name: &str,
    bytes: Vec<u8>,
    o: &Options<'_>,
) -> Result<(table::Table, u32), Vec<Diagnostic>> {
    use crate::exchange::sheet;
    let is_xlsx = crate::exchange::workbook::read::is_workbook(name, &bytes);
    let (t, grid) = if is_xlsx {
        let grid = if o.sheet.is_none() || o.header_rows.is_none() {
            let read =
                sheet::xlsx::read(&bytes, o.sheet).map_err(|r| error(name, r.found, None))?;
            Some(read.grid)
        } else {
            None
        };
        let wanted = o
            .sheet
            .or_else(|| grid.as_ref().and_then(|g| g.sheet.as_deref()));
        let t = table::xlsx(&bytes, wanted).map_err(|(d, h)| error(name, d, h))?;
        (t, grid)
    } else {
        if o.sheet.is_some() {
            let d = Diagnostic::error(Import::SheetForCsv);
            return Err(error(name, d, None));
        }
        let src = crate::load::read::from_bytes(name.to_owned(), bytes).map_err(|d| vec![d])?;
        let t = table::csv(&src.text).map_err(|k| error(name, Diagnostic::error(k), None))?;
        let grid = o
            .header_rows
            .is_none()
            .then(|| sheet::csv::read(&src.text).ok())
            .flatten()
            .map(|(g, _)| g);
        (t, grid)
    };
    let header_rows = o.header_rows.unwrap_or_else(|| {
        grid.as_ref()
            .and_then(sheet::find::header_row)
            .map_or(1, |h| h + 1)
    });
    Ok((t, header_rows))
}

/// Reads the spreadsheet at `path` and makes the draft.
pub fn run(path: &Path, o: &Options<'_>) -> Result<Imported, Vec<Diagnostic>> {
    let (name, bytes) = crate::load::read::read_bytes(path).map_err(|d| vec![d])?;
    let (t, header_rows) = read(&name, bytes, o)?;
    let d = draft::build(&t, o.columns, header_rows);
    let questions: usize = d.sections.iter().map(|s| s.questions.len()).sum();
    if questions == 0 {
        return Err(error(
            &name,
            Diagnostic::error(Import::NoQuestion {
                why: "no row has text in the question column".into(),
            }),
            Some("check `--columns text=…` (and `--sheet` for a workbook)".into()),
        ));
    }
    let file = crate::source::file_name(Path::new(&name));
    let stem = Path::new(&file)
        .file_stem()
        .map_or_else(|| "imported".into(), |s| s.to_string_lossy().into_owned());
    let id =
        o.id.map_or_else(|| crate::text::slug::of_words(&stem, 12), str::to_owned);
    let title = o
        .title
        .map_or_else(|| stem.replace(['-', '_'], " "), str::to_owned);
    let source = match &t.sheet {
        Some(s) => format!("{file}, sheet {s}"),
        None => file,
    };
    let text = yaml::write(
        &d,
        &yaml::Head {
            id: &id,
            title: &title,
            source: &source,
        },
        &|r, c| t.at(r, c),
    );
    // The rows left out, as warnings that name their cells.
    let mut cells = Cells::default();
    let spans: Vec<_> = d
        .left_out
        .iter()
        .map(|l| {
            cells.span(Cell {
                sheet: t.sheet.as_deref().unwrap_or_default().into(),
                row: l.row,
                col: l.col,
            })
        })
        .collect();
    let src = Source::workbook(name, cells);
    let left_out = d
        .left_out
        .iter()
        .zip(spans)
        .map(|(l, span)| {
            let reason = l.reason.clone();
            Diagnostic::warning(Import::RowLeftOut { reason }).at(&src, span)
        })
        .collect();
    Ok(Imported {
        text,
        left_out,
        questions,
        sections: d.sections.len(),
    })
}

/// The draft, checked as `validate` checks a questionnaire.
pub fn check(text: &str, name: &str) -> Result<(), Vec<Diagnostic>> {
    check_loaded(text, name).map(|_| ())
}

/// The draft, checked and loaded.
pub fn check_loaded(
    text: &str,
    name: &str,
) -> Result<crate::model::Questionnaire, Vec<Diagnostic>> {
    let src: Arc<Source> = Source::new(name, text);
    let node = crate::load::parse(&src)?;
    crate::load::questionnaire(&src, &node).map(|l| l.value)
}

#[cfg(test)]
mod tests;
