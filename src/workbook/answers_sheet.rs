//! The `Answers` sheet read back. The header row is found by its titles (so a
//! moved column is still found), then each row with a question id becomes an
//! entry of `answers` in long form (`answer`, `note`, `evidence`). The option
//! rows of a `multi` question (`question-id/option`) become its list of chosen
//! options. Labels stay as written: they are turned into values against the
//! questionnaire later (`translate`).

use crate::diagnostic::Code;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::about::{merged_problem, stopped};
use super::build::{self, Builder, Raw, Value, quote};
use super::sheet::{self, Book};
use crate::workbook::labels;
use crate::workbook::layout::{ANSWERS, Column, split_option_row_id};
use crate::yaml::{Entry, Kind, Node, Span};

/// Rows searched for the header.
const HEADER_ROWS: u32 = 20;
const READ: [Column; 4] = [Column::Id, Column::Answer, Column::Note, Column::Evidence];

/// The cells of one row that are read, by column (a row has a handful).
#[derive(Default)]
struct Row {
    cells: Vec<(u32, Raw)>,
}

impl Row {
    fn insert(&mut self, col: u32, raw: Raw) {
        match self.cells.iter_mut().find(|c| c.0 == col) {
            Some(c) => c.1 = raw,
            None => self.cells.push((col, raw)),
        }
    }

    fn remove(&mut self, col: u32) -> Option<Raw> {
        let i = self.cells.iter().position(|c| c.0 == col)?;
        Some(self.cells.swap_remove(i).1)
    }
}

/// One question's cells, gathered from its row and its option rows.
struct Question {
    key_span: Span,
    answer: Option<(Value, Span)>,
    note: Option<(Value, Span)>,
    evidence: Option<(Value, Span)>,
    /// Option rows: the option value, its id cell, whether it is chosen, and
    /// the span of its answer cell.
    options: Vec<(String, Span, bool, Span)>,
}

struct Layout {
    header: u32,
    columns: HashMap<u32, Column>,
}

fn find_header(cells: &[(u32, u32, Raw)]) -> Option<Layout> {
    let mut by_row: BTreeMap<u32, HashMap<u32, Column>> = BTreeMap::new();
    for (row, col, raw) in cells {
        if let Some(c) = raw
            .text()
            .and_then(|t| Column::ALL.iter().find(|c| c.title() == t))
            .filter(|c| READ.contains(c))
        {
            by_row.entry(*row).or_default().insert(*col, *c);
        }
    }
    by_row.into_iter().find_map(|(header, columns)| {
        let has = |c: Column| columns.values().any(|x| *x == c);
        (has(Column::Id) && has(Column::Answer)).then_some(Layout { header, columns })
    })
}

/// The `answers` entry of the tree.
pub fn read(book: &mut Book<'_>, b: &mut Builder, merges: bool) -> Option<Entry> {
    let sheet: Arc<str> = Arc::from(ANSWERS);
    let mut early: Vec<(u32, u32, Raw)> = Vec::new();
    let mut layout: Option<Layout> = None;
    let mut rows: BTreeMap<u32, Row> = BTreeMap::new();
    let scanned = sheet::scan(book, ANSWERS, |c| match &layout {
        None if c.row < HEADER_ROWS => {
            early.push((c.row, c.col, Raw::of(&c.value, c.formula)));
            if c.row > 0 && early.iter().any(|e| e.0 < c.row) {
                layout = find_header(&early);
            }
        }
        Some(l) if c.row > l.header && l.columns.contains_key(&c.col) => {
            let raw = Raw::of(&c.value, c.formula);
            rows.entry(c.row).or_default().insert(c.col, raw);
        }
        _ => {}
    });
    if let Err(stop) = scanned {
        stopped(b, &sheet, stop);
        return None;
    }
    let layout = layout.or_else(|| find_header(&early));
    let Some(layout) = layout else {
        let span = b.span(&sheet, 0, 0);
        b.problem(
            Code::NoHeader,
            span,
            format!(
                "the {ANSWERS} sheet has no header row with `{}` and `{}` in its first {HEADER_ROWS} rows",
                Column::Id.title(),
                Column::Answer.title()
            ),
            Some("answers workbooks are made by `assure template Q --format xlsx`; do not rename or remove its column titles"),
        );
        return None;
    };
    for (row, col, raw) in early {
        if row > layout.header && layout.columns.contains_key(&col) {
            rows.entry(row).or_default().insert(col, raw);
        }
    }
    if merges {
        merged(book, b, &sheet, &layout);
    }
    let top = b.span(&sheet, layout.header, 0);
    let questions = gather(b, &sheet, &layout, rows);
    let entries = questions
        .into_iter()
        .filter_map(|(id, q)| entry(b, &id, q))
        .collect();
    Some(build::entry("answers", top, build::map(entries, top)))
}

fn merged(book: &mut Book<'_>, b: &mut Builder, sheet: &Arc<str>, layout: &Layout) {
    match sheet::merged(book, ANSWERS) {
        Ok(regions) => {
            for d in regions {
                let cols = d.start.1..=d.end.1;
                if d.end.0 > layout.header && layout.columns.keys().any(|c| cols.contains(c)) {
                    merged_problem(b, sheet, d);
                }
            }
        }
        Err(e) => b.problem(
            Code::InvalidWorkbook,
            Span::default(),
            format!("the merged cells of the {ANSWERS} sheet cannot be read: {e}"),
            None,
        ),
    }
}

/// A cell's value and where it is.
type Taken = Option<(Value, Span)>;

/// The cells of one row that are read: id, answer, note, evidence.
struct RowCells {
    id: Taken,
    answer: Taken,
    note: Taken,
    evidence: Taken,
}

fn take_row(
    b: &mut Builder,
    sheet: &Arc<str>,
    layout: &Layout,
    row: u32,
    mut cells: Row,
) -> RowCells {
    let mut take = |c: Column| {
        let col = layout
            .columns
            .iter()
            .find(|(_, x)| **x == c)
            .map(|(k, _)| *k)?;
        let raw = cells.remove(col)?;
        let span = b.span(sheet, row, col);
        b.take(raw, span).map(|v| (v, span))
    };
    RowCells {
        id: take(Column::Id),
        answer: take(Column::Answer),
        note: take(Column::Note),
        evidence: take(Column::Evidence),
    }
}

/// The question id of a row, or `None` after reporting why there is none.
fn row_id(b: &mut Builder, r: &RowCells) -> Option<(String, Span)> {
    let Some((id, id_span)) = &r.id else {
        if let Some((_, span)) = r
            .answer
            .as_ref()
            .or(r.note.as_ref())
            .or(r.evidence.as_ref())
        {
            b.problem(
                Code::NoQuestionId,
                *span,
                "this row has an answer but no question id".into(),
                Some("answers belong on a question's row; move it there"),
            );
        }
        return None;
    };
    match id {
        Value::Text(t) => Some((t.trim().to_owned(), *id_span)),
        Value::Number(n) => {
            b.problem(
                Code::WrongType,
                *id_span,
                format!(
                    "this cell holds the number {}, but a question id is text",
                    crate::text::number::number(*n)
                ),
                Some("this cell should hold what `assure template` wrote; make a new template if it was changed"),
            );
            None
        }
    }
}

/// Questions by id, in the order of first appearance.
#[derive(Default)]
struct Gathered {
    order: Vec<(String, Question)>,
    index: HashMap<String, usize>,
    /// The id cell of each question's own row.
    rows_of: HashMap<String, Span>,
}

impl Gathered {
    fn question(&mut self, qid: &str, id_span: Span) -> &mut Question {
        let i = match self.index.get(qid) {
            Some(i) => *i,
            None => {
                self.order.push((
                    qid.to_owned(),
                    Question {
                        key_span: id_span,
                        answer: None,
                        note: None,
                        evidence: None,
                        options: Vec::new(),
                    },
                ));
                self.index.insert(qid.to_owned(), self.order.len() - 1);
                self.order.len() - 1
            }
        };
        &mut self.order[i].1
    }

    /// A question's own row; a second one is reported and left out.
    fn own_row(&mut self, b: &mut Builder, qid: &str, id_span: Span, r: RowCells) {
        if let Some(first) = self.rows_of.get(qid) {
            let first = b
                .cells
                .get(*first)
                .map_or_else(String::new, |c| format!(" (its first is {})", c.address()));
            b.problem(
                Code::DuplicateRow,
                id_span,
                format!("the question `{qid}` has a second row here{first}"),
                Some("keep one row per question; delete the copy"),
            );
            return;
        }
        self.rows_of.insert(qid.to_owned(), id_span);
        let q = self.question(qid, id_span);
        q.key_span = id_span;
        q.answer = r.answer;
        q.note = r.note;
        q.evidence = r.evidence;
    }
}

/// Each row's cells, gathered by question id, in the order of first appearance.
fn gather(
    b: &mut Builder,
    sheet: &Arc<str>,
    layout: &Layout,
    rows: BTreeMap<u32, Row>,
) -> Vec<(String, Question)> {
    let mut g = Gathered::default();
    for (row, cells) in rows {
        let r = take_row(b, sheet, layout, row, cells);
        let Some((id, id_span)) = row_id(b, &r) else {
            continue;
        };
        match split_option_row_id(&id) {
            Some((qid, value)) => {
                if let Some((v, span)) = &r.answer
                    && let Some(chosen) = option_row(b, v, *span)
                {
                    let option = (value.to_owned(), id_span, chosen, *span);
                    g.question(qid, id_span).options.push(option);
                }
            }
            None => g.own_row(b, &id, id_span, r),
        }
    }
    g.order
}

/// Whether an option row's answer chooses the option; `None` after reporting
/// an answer that is neither Yes nor No.
fn option_row(b: &mut Builder, v: &Value, span: Span) -> Option<bool> {
    let chosen = match v {
        Value::Text(t) => labels::option_chosen(t),
        Value::Number(_) => None,
    };
    if chosen.is_none() {
        let shown = match v {
            Value::Text(t) => quote(t),
            Value::Number(n) => crate::text::number::number(*n),
        };
        b.problem(
            Code::InvalidAnswer,
            span,
            format!(
                "{shown} is not an answer here; use {}",
                labels::OPTION_ROW.join(", ")
            ),
            Some("on the lines under a question, Yes chooses that answer and No leaves it out"),
        );
    }
    chosen
}

/// The long-form entry of one question, or `None` if nothing was filled in.
fn entry(b: &mut Builder, id: &str, q: Question) -> Option<Entry> {
    let mut fields = Vec::new();
    let answered_options = !q.options.is_empty();
    match (&q.answer, answered_options) {
        (Some((v, span)), true) => {
            b.problem(
                Code::InvalidAnswer,
                *span,
                format!(
                    "{} is given here and on the lines below; give one or the other",
                    match v {
                        Value::Text(t) => quote(t),
                        Value::Number(n) => crate::text::number::number(*n),
                    }
                ),
                None,
            );
            return None;
        }
        (Some((v, span)), false) => {
            fields.push(build::entry("answer", *span, build::scalar(v, *span)));
        }
        (None, true) => {
            let span = q.options[0].3;
            let items = q
                .options
                .iter()
                .filter(|o| o.2)
                .map(|(value, id_span, _, _)| build::text(value, *id_span))
                .collect();
            let list = Node {
                span,
                kind: Kind::Seq(items),
            };
            fields.push(build::entry("answer", span, list));
        }
        (None, false) => {}
    }
    if let Some((v, span)) = &q.note {
        fields.push(build::entry("note", *span, build::scalar(v, *span)));
    }
    if let Some((v, span)) = &q.evidence {
        let text = match v {
            Value::Text(t) => t.clone(),
            Value::Number(n) => crate::text::number::number(*n),
        };
        let items = text
            .split(['\n', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| build::text(s, *span))
            .collect();
        let list = Node {
            span: *span,
            kind: Kind::Seq(items),
        };
        fields.push(build::entry("evidence", *span, list));
    }
    if fields.is_empty() {
        return None;
    }
    let span = fields[0].value.span;
    Some(build::entry(id, q.key_span, build::map(fields, span)))
}
