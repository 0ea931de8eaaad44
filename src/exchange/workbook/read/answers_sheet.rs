//! The `Answers` sheet read back. The header row is found by its titles (so a
//! moved column is still found), then each row with a question id becomes an
//! entry of `answers` in long form (`answer`, `note`, `evidence`). The option
//! rows of a `multi` question (`question-id/option`) become its list of chosen
//! options. Labels stay as written: they are turned into values against the
//! questionnaire later (`translate`).

use crate::diagnostic::kinds::{Answering, Workbook};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::about::{merged_problem, stopped};
use super::build::{self, Builder, Raw, Value, quote};
use super::sheet::{self, Book};
use crate::exchange::workbook::labels;
use crate::exchange::workbook::layout::{ANSWERS, Column, split_option_row_id};
use crate::yaml::{Entry, Kind, Node, Span};

/// Rows searched for the header.
const HEADER_ROWS: u32 = 20;
const READ: [Column; 4] = [Column::Id, Column::Answer, Column::Note, Column::Evidence];

/// A cell of a read column, as streamed: row, column, value.
type Streamed = (u32, u32, Raw);

/// One question's cells, gathered from its row and its option rows.
struct Question {
    key_span: Span,
    /// The id cell of the question's own row, once that has been read.
    own_row: Option<Span>,
    answer: Option<(Value, Span)>,
    note: Option<(Value, Span)>,
    evidence: Option<(Value, Span)>,
    /// Option rows: the option value, its id cell, whether it is chosen, and
    /// the span of its answer cell.
    options: Vec<(String, Span, bool, Span)>,
}

/// Columns a spreadsheet has (A to XFD); a title beyond them is not looked at.
const COLUMNS: u32 = 16_384;

struct Layout {
    header: u32,
    /// Whether the cells at each position (from 0) are read, up to the last
    /// position the header names: asked of every cell, so a list, not a map.
    reads: Vec<bool>,
    /// The positions of the read columns, in order (a title may be there twice).
    positions: Vec<(u32, Column)>,
}

impl Layout {
    fn new(header: u32, columns: BTreeMap<u32, Column>) -> Layout {
        let len = columns.keys().last().map_or(0, |c| *c as usize + 1);
        let mut reads = vec![false; len];
        for col in columns.keys() {
            reads[*col as usize] = true;
        }
        let positions = columns.into_iter().collect();
        Layout {
            header,
            reads,
            positions,
        }
    }

    /// Whether cells at `col` are read.
    fn reads(&self, col: u32) -> bool {
        self.reads.get(col as usize).copied().unwrap_or(false)
    }

    /// The first position of `c`.
    fn position(&self, c: Column) -> Option<u32> {
        self.positions.iter().find(|p| p.1 == c).map(|p| p.0)
    }
}

fn find_header(cells: &[Streamed]) -> Option<Layout> {
    let mut by_row: BTreeMap<u32, BTreeMap<u32, Column>> = BTreeMap::new();
    for (row, col, raw) in cells {
        if let Some(c) = raw
            .text()
            .and_then(|t| Column::ALL.iter().find(|c| c.title() == t))
            .filter(|c| READ.contains(c) && *col < COLUMNS)
        {
            by_row.entry(*row).or_default().insert(*col, *c);
        }
    }
    by_row.into_iter().find_map(|(header, columns)| {
        let has = |c: Column| columns.values().any(|x| *x == c);
        (has(Column::Id) && has(Column::Answer)).then(|| Layout::new(header, columns))
    })
}

/// The `answers` entry of the tree.
pub fn read(book: &mut Book<'_>, b: &mut Builder, merges: bool) -> Option<Entry> {
    let sheet: Arc<str> = Arc::from(ANSWERS);
    let mut early: Vec<Streamed> = Vec::new();
    let mut layout: Option<Layout> = None;
    // The cells of read columns below the header, in file order; rows are
    // nearly always in order, and are sorted only when they are not.
    let mut cells: Vec<Streamed> = Vec::new();
    let mut in_order = true;
    let scanned = sheet::scan(book, ANSWERS, |c| match &layout {
        None if c.row < HEADER_ROWS => {
            early.push((c.row, c.col, Raw::of(&c.value, c.formula)));
            if c.row > 0 && early.iter().any(|e| e.0 < c.row) {
                layout = find_header(&early);
            }
        }
        Some(l) if c.row > l.header && l.reads(c.col) => {
            in_order &= cells.last().is_none_or(|last| last.0 <= c.row);
            cells.push((c.row, c.col, Raw::of(&c.value, c.formula)));
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
            Workbook::NoHeader {
                sheet: ANSWERS.to_owned(),
                id: Column::Id.title().to_owned(),
                answer: Column::Answer.title().to_owned(),
                rows: HEADER_ROWS,
            },
            span,
            Some("answers workbooks are made by `assure template Q --format xlsx`; do not rename or remove its column titles"),
        );
        return None;
    };
    let mut rows: Vec<Streamed> = early
        .into_iter()
        .filter(|(row, col, _)| *row > layout.header && layout.reads(*col))
        .collect();
    in_order &= match (rows.last(), cells.first()) {
        (Some(last), Some(first)) => last.0 <= first.0,
        _ => true,
    };
    rows.append(&mut cells);
    if !in_order {
        // Stable: of two cells at one place, the later in the file counts.
        rows.sort_by_key(|c| c.0);
    }
    if merges {
        merged(book, b, &sheet, &layout);
    }
    let top = b.span(&sheet, layout.header, 0);
    let questions = gather(b, &sheet, &layout, rows);
    let entries = questions
        .into_iter()
        .filter_map(|(id, q)| entry(b, id, q))
        .collect();
    Some(build::entry("answers", top, build::map(entries, top)))
}

fn merged(book: &mut Book<'_>, b: &mut Builder, sheet: &Arc<str>, layout: &Layout) {
    match sheet::merged(book, ANSWERS) {
        Ok(regions) => {
            for d in regions {
                let cols = d.start.1..=d.end.1;
                if d.end.0 > layout.header && layout.positions.iter().any(|p| cols.contains(&p.0)) {
                    merged_problem(b, sheet, d);
                }
            }
        }
        Err(e) => b.problem(
            Workbook::MergedUnreadable {
                sheet: ANSWERS.to_owned(),
                error: e.to_string(),
            },
            Span::default(),
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

/// The cells of one row (all of them in `row`); of two cells at one place,
/// the later in the file counts.
fn take_row(
    b: &mut Builder,
    sheet: &Arc<str>,
    layout: &Layout,
    row: u32,
    cells: &mut [Streamed],
) -> RowCells {
    let mut take = |c: Column| {
        let col = layout.position(c)?;
        let cell = cells.iter_mut().rev().find(|x| x.1 == col)?;
        let raw = std::mem::replace(&mut cell.2, Raw::Empty);
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
fn row_id(b: &mut Builder, r: &mut RowCells) -> Option<(String, Span)> {
    let Some((id, id_span)) = r.id.take() else {
        if let Some((_, span)) = r
            .answer
            .as_ref()
            .or(r.note.as_ref())
            .or(r.evidence.as_ref())
        {
            b.problem(
                Workbook::NoQuestionId,
                *span,
                Some("answers belong on a question's row; move it there"),
            );
        }
        return None;
    };
    match id {
        Value::Text(t) if t.trim().len() == t.len() => Some((t, id_span)),
        Value::Text(t) => Some((t.trim().to_owned(), id_span)),
        Value::Number(n) => {
            b.problem(
                Workbook::NumberForText {
                    n: crate::text::number::number(n),
                    what: "a question id".into(),
                },
                id_span,
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
    /// Where each question is in `order`.
    index: HashMap<String, usize>,
}

impl Gathered {
    /// Where the question `qid` is in `order`, added if it is new.
    fn question(&mut self, qid: String, id_span: Span) -> usize {
        let order = &mut self.order;
        *self.index.entry(qid).or_insert_with_key(|qid| {
            order.push((
                qid.clone(),
                Question {
                    key_span: id_span,
                    own_row: None,
                    answer: None,
                    note: None,
                    evidence: None,
                    options: Vec::new(),
                },
            ));
            order.len() - 1
        })
    }

    /// An option row of `qid`: option rows follow their question's row, so the
    /// last question is nearly always the one.
    fn option(&mut self, qid: &str, id_span: Span, option: (String, Span, bool, Span)) {
        let i = match self.order.last() {
            Some((last, _)) if last == qid => self.order.len() - 1,
            _ => self.question(qid.to_owned(), id_span),
        };
        self.order[i].1.options.push(option);
    }

    /// A question's own row; a second one is reported and left out.
    fn own_row(&mut self, b: &mut Builder, qid: String, id_span: Span, r: RowCells) {
        let i = self.question(qid, id_span);
        let (qid, q) = &mut self.order[i];
        if let Some(first) = q.own_row {
            let first = b
                .cells
                .get(first)
                .map_or_else(String::new, |c| format!(" (its first is {})", c.address()));
            b.problem(
                Workbook::DuplicateRow {
                    question: qid.to_owned(),
                    first,
                },
                id_span,
                Some("keep one row per question; delete the copy"),
            );
            return;
        }
        q.own_row = Some(id_span);
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
    mut cells: Vec<Streamed>,
) -> Vec<(String, Question)> {
    let mut g = Gathered::default();
    for same_row in cells.chunk_by_mut(|a, z| a.0 == z.0) {
        let row = same_row[0].0;
        let mut r = take_row(b, sheet, layout, row, same_row);
        let Some((id, id_span)) = row_id(b, &mut r) else {
            continue;
        };
        match split_option_row_id(&id) {
            Some((qid, value)) => {
                if let Some((v, span)) = &r.answer
                    && let Some(chosen) = option_row(b, v, *span)
                {
                    let option = (value.to_owned(), id_span, chosen, *span);
                    g.option(qid, id_span, option);
                }
            }
            None => g.own_row(b, id, id_span, r),
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
            Answering::NotYesOrNo {
                given: shown,
                takes: labels::OPTION_ROW.join(", "),
            },
            span,
            Some("on the lines under a question, Yes chooses that answer and No leaves it out"),
        );
    }
    chosen
}

/// The entry of one question, or `None` if nothing was filled in: in short
/// form (`id: Yes`) when it has only an answer, as most have, else in long
/// form (`answer`, `note`, `evidence`).
fn entry(b: &mut Builder, id: String, q: Question) -> Option<Entry> {
    let mut fields = Vec::new();
    let answered_options = !q.options.is_empty();
    match (q.answer, answered_options) {
        (Some((v, span)), true) => {
            b.problem(
                Answering::TwoWays {
                    given: match v {
                        Value::Text(t) => quote(&t),
                        Value::Number(n) => crate::text::number::number(n),
                    },
                },
                span,
                None,
            );
            return None;
        }
        (Some((v, span)), false) => {
            fields.push(build::entry("answer", span, build::scalar_owned(v, span)));
        }
        (None, true) => {
            let span = q.options[0].3;
            let items = q
                .options
                .iter()
                .filter(|o| o.2)
                // Each chosen option where it was chosen: its row's answer cell.
                .map(|(value, _, _, answer_span)| build::text(value, *answer_span))
                .collect();
            let list = Node {
                span,
                kind: Kind::Seq(items),
            };
            fields.push(build::entry("answer", span, list));
        }
        (None, false) => {}
    }
    if let Some((v, span)) = q.note {
        fields.push(build::entry("note", span, build::scalar_owned(v, span)));
    }
    if let Some((v, span)) = q.evidence {
        let text = match v {
            Value::Text(t) => t,
            Value::Number(n) => crate::text::number::number(n),
        };
        let items = text
            .split(['\n', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| build::text(s, span))
            .collect();
        let list = Node {
            span,
            kind: Kind::Seq(items),
        };
        fields.push(build::entry("evidence", span, list));
    }
    if fields.len() == 1 && fields[0].key_text() == "answer" {
        let only = fields.pop()?;
        return Some(build::entry_owned(id, q.key_span, only.value));
    }
    let span = fields.first()?.value.span;
    Some(build::entry_owned(id, q.key_span, build::map(fields, span)))
}
