//! The short table printed on stderr after `report` writes its files.

use comfy_table::{Cell, CellAlignment, Table};

use super::{organisation, percent};
use crate::score::{Assessment, Group};
use crate::text::terminal::clean_line;

/// One row per report written.
pub struct Row {
    pub file: String,
    pub organisation: String,
    pub score: String,
    pub rating: String,
    pub completeness: String,
    pub do_now: usize,
    pub actions: usize,
}

impl Row {
    pub fn new(file: String, a: &Assessment<'_>) -> Row {
        Row {
            file,
            organisation: organisation(a).map(clean_line).unwrap_or_default(),
            score: percent(a.overall),
            rating: a
                .rating
                .as_deref()
                .map(clean_line)
                .unwrap_or_else(|| "n/a".into()),
            completeness: percent(a.completeness.map(|c| c * 100.0)),
            do_now: a.actions.iter().filter(|x| x.group == Group::DoNow).count(),
            actions: a.actions.len(),
        }
    }
}

pub fn table(rows: &[Row]) -> Table {
    let mut t = crate::text::table::new_for_stderr();
    t.set_header([
        "Report",
        "Organisation",
        "Score",
        "Rating",
        "Answered",
        "Do now",
        "Actions",
    ]);
    for r in rows {
        t.add_row(vec![
            Cell::new(clean_line(&r.file)),
            Cell::new(&r.organisation),
            Cell::new(&r.score).set_alignment(CellAlignment::Right),
            Cell::new(&r.rating),
            Cell::new(&r.completeness).set_alignment(CellAlignment::Right),
            Cell::new(r.do_now).set_alignment(CellAlignment::Right),
            Cell::new(r.actions).set_alignment(CellAlignment::Right),
        ]);
    }
    t
}
