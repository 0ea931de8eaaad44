//! The questionnaires `assure list` shows: one row each, as a terminal table or
//! JSON.

use comfy_table::Table;
use serde::Serialize;

use crate::model::Questionnaire;
use crate::text::table;
use crate::text::terminal::clean_line;

#[derive(Serialize)]
pub struct Row {
    id: String,
    title: String,
    version: String,
    sections: usize,
    questions: usize,
    /// The questionnaire a profile trims, if this is one.
    based_on: Option<String>,
    /// `bundled`, or the file it was found in.
    source: String,
}

impl Row {
    /// The row of `q`, known by `id`, found in `source`.
    pub fn new(id: &str, q: &Questionnaire, source: String) -> Row {
        Row {
            id: id.to_owned(),
            title: q.title.value.clone(),
            version: q.version.value.clone(),
            sections: q.sections.len(),
            questions: q.questions().count(),
            based_on: q.derived_from.as_ref().map(|d| d.id.clone()),
            source,
        }
    }
}

/// The rows as a terminal table; text from files is cleaned.
pub fn table(rows: &[Row]) -> String {
    let mut t: Table = table::new();
    t.set_header([
        "Id",
        "Title",
        "Version",
        "Sections",
        "Questions",
        "Based on",
        "Source",
    ]);
    let w = table::width(&t);
    for r in rows {
        let cells = [
            clean_line(&r.id),
            table::line(w, &r.title),
            table::line(w, &r.version),
            r.sections.to_string(),
            r.questions.to_string(),
            table::line(w, r.based_on.as_deref().unwrap_or_default()),
            table::line(w, &r.source),
        ];
        t.add_row(cells);
    }
    table::no_wrap(&mut t, 0);
    format!("{t}\n")
}
