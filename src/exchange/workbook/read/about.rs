//! The `About` sheet read back: each field is found by its title in column A,
//! its value is in column B. The questionnaire's id, version and digest become
//! the tree's `questionnaire`, the respondent's details its `respondent`.

use crate::diagnostic::kinds::Workbook;
use std::collections::HashMap;
use std::sync::Arc;

use calamine::Dimensions;

use super::build::{self, Builder, Raw, Value};
use super::sheet::{self, Book, Stop};
use crate::exchange::workbook::layout::{ABOUT, Field};
use crate::yaml::{Entry, Span};

/// Field titles by row (column A), and the cells of column B by row.
type Scanned = (Vec<(u32, Field)>, HashMap<u32, Raw>);

fn scan(book: &mut Book<'_>) -> Result<Scanned, Stop> {
    let mut titles: HashMap<u32, Field> = HashMap::new();
    let mut values: HashMap<u32, Raw> = HashMap::new();
    sheet::scan(book, ABOUT, |c| match c.col {
        0 => {
            let raw = Raw::of(&c.value, c.formula);
            if let Some(f) = raw
                .text()
                .and_then(|t| Field::ALL.iter().find(|f| f.title() == t))
                && !titles.values().any(|seen| seen == f)
            {
                titles.insert(c.row, *f);
            }
        }
        1 => {
            values.insert(c.row, Raw::of(&c.value, c.formula));
        }
        _ => {}
    })?;
    let mut rows: Vec<(u32, Field)> = titles.into_iter().collect();
    rows.sort_by_key(|r| r.0);
    Ok((rows, values))
}

/// The `questionnaire` and `respondent` entries, from the About sheet.
pub fn read(book: &mut Book<'_>, b: &mut Builder, merges: bool) -> Vec<Entry> {
    let sheet: Arc<str> = Arc::from(ABOUT);
    let (rows, values) = match scan(book) {
        Ok(scanned) => scanned,
        Err(stop) => {
            stopped(b, &sheet, stop);
            return Vec::new();
        }
    };
    if merges {
        merged(book, b, &sheet, &rows);
    }
    let top = b.span(&sheet, 0, 0);
    let mut questionnaire = Vec::new();
    let mut respondent = Vec::new();
    for &(row, field) in &rows {
        let Some(e) = values
            .get(&row)
            .cloned()
            .and_then(|raw| field_entry(b, &sheet, row, field, raw))
        else {
            continue;
        };
        if field.key().0 == "questionnaire" {
            questionnaire.push(e);
        } else {
            respondent.push(e);
        }
    }
    missing_id(b, &sheet, &rows, &values, top);
    vec![
        build::entry("questionnaire", top, build::map(questionnaire, top)),
        build::entry("respondent", top, build::map(respondent, top)),
    ]
}

/// One field's entry, or `None` when it is empty or cannot be used.
fn field_entry(
    b: &mut Builder,
    sheet: &Arc<str>,
    row: u32,
    field: Field,
    raw: Raw,
) -> Option<Entry> {
    let span = b.span(sheet, row, 1);
    let value = b.take(raw, span)?;
    let (group, key) = field.key();
    if let (Value::Number(n), "questionnaire") = (&value, group) {
        b.problem(
            Workbook::NumberForText {
                n: crate::text::number::number(*n),
                what: format!("the questionnaire's {key}"),
            },
            span,
            Some("this cell should hold what `assure template` wrote; make a new template if it was changed"),
        );
        return None;
    }
    let key_span = b.span(sheet, row, 0);
    Some(build::entry(key, key_span, build::scalar(&value, span)))
}

/// A problem when the questionnaire's id is not there to be read.
fn missing_id(
    b: &mut Builder,
    sheet: &Arc<str>,
    rows: &[(u32, Field)],
    values: &HashMap<u32, Raw>,
    top: Span,
) {
    let id_row = rows
        .iter()
        .find(|r| r.1 == Field::QuestionnaireId)
        .map(|r| r.0);
    if let Some(row) = id_row
        && !values.get(&row).is_some_and(|v| *v != Raw::Empty)
    {
        let span = b.span(sheet, row, 1);
        b.problem(
            Workbook::EmptyId,
            span,
            Some("this cell should hold what `assure template` wrote; make a new template if it was changed"),
        );
    } else if id_row.is_none() {
        b.problem(
            Workbook::NoIdRow {
                sheet: ABOUT.to_owned(),
                row: Field::QuestionnaireId.title().to_owned(),
            },
            top,
            Some("answers workbooks are made by `assure template Q --format xlsx`; was this one?"),
        );
    }
}

pub fn stopped(b: &mut Builder, sheet: &Arc<str>, stop: Stop) {
    match stop {
        Stop::TooManyCells { row, col } => {
            let span = b.span(sheet, row, col);
            b.problem(
                Workbook::TooManyCells {
                    sheet: sheet.to_string(),
                    max: crate::exchange::xlsx::limits::MAX_CELLS,
                },
                span,
                None,
            );
        }
        Stop::TooManyRows { last } => {
            let span = b.span(sheet, last, 0);
            b.problem(
                Workbook::TooManyRows {
                    sheet: sheet.to_string(),
                    last: u64::from(last) + 1,
                    max: crate::exchange::xlsx::limits::MAX_ROWS,
                },
                span,
                None,
            );
        }
        Stop::Broken(e) => b.problem(
            Workbook::SheetUnreadable {
                sheet: sheet.to_string(),
                error: e.to_string(),
            },
            Span::default(),
            None,
        ),
    }
}

fn merged(book: &mut Book<'_>, b: &mut Builder, sheet: &Arc<str>, rows: &[(u32, Field)]) {
    let regions = match sheet::merged(book, ABOUT) {
        Ok(r) => r,
        Err(e) => {
            b.problem(
                Workbook::MergedUnreadable {
                    sheet: ABOUT.to_owned(),
                    error: e.to_string(),
                },
                Span::default(),
                None,
            );
            return;
        }
    };
    for d in regions {
        let hits = rows.iter().any(|&(r, _)| d.start.0 <= r && r <= d.end.0) && d.start.1 <= 1;
        if hits {
            merged_problem(b, sheet, d);
        }
    }
}

/// Merged cells where the reader expects one value per cell.
pub fn merged_problem(b: &mut Builder, sheet: &Arc<str>, d: Dimensions) {
    let span = b.span(sheet, d.start.0, d.start.1);
    let end = crate::source::Cell {
        sheet: Arc::clone(sheet),
        row: d.end.0,
        col: d.end.1,
    };
    b.problem(
        Workbook::Merged {
            end: end.address(),
        },
        span,
        Some("select the merged cells and choose Unmerge Cells (Format › Merge and Unmerge Cells in LibreOffice)"),
    );
}
