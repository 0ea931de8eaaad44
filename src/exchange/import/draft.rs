//! From rows of a customer's spreadsheet to the questions of a draft. Every
//! row is either used (a question, or a section title) or left out with its
//! cell and the reason.
//!
//! The draft must validate, yet a spreadsheet rarely says how much each answer
//! is worth. So a question counts (weight 1, or the weight column's) only when
//! it is a yes/no question with a recommendation; every other question is
//! information only (weight 0) until its author adds what is missing, and a
//! TODO comment says what that is.

use std::collections::{BTreeMap, HashSet};

use super::columns::{Columns, Key};
use super::table::{Table, Text};
use crate::model::QuestionType;

pub struct Question {
    pub id: String,
    pub text: String,
    pub help: Option<String>,
    pub kind: QuestionType,
    /// (value, label)
    pub options: Vec<(String, String)>,
    pub allow_na: bool,
    pub weight: u32,
    pub critical: bool,
    /// (title, text)
    pub recommendation: Option<(String, String)>,
    pub evidence: Option<String>,
    pub maps: Vec<(String, Vec<String>)>,
    /// Where it came from: the row's cells, and the customer's reference.
    pub origin: String,
    pub reference: Option<String>,
    pub todo: Vec<String>,
}

pub struct Section {
    pub id: String,
    pub title: String,
    pub origin: String,
    pub questions: Vec<Question>,
}

/// A row (or a run of empty rows) that is not in the draft: its cell and why.
pub struct LeftOut {
    pub row: u32,
    pub col: u32,
    /// The last row of a run of empty rows.
    pub to_row: Option<u32>,
    pub reason: String,
}

#[derive(Default)]
pub struct Draft {
    pub sections: Vec<Section>,
    pub left_out: Vec<LeftOut>,
    pub frameworks: Vec<String>,
}

use super::cell::{items, kind_of, option_values, recommendation, truthy};
use crate::text::slug::{of_words as slug, unique};

struct Row<'a> {
    cells: &'a BTreeMap<u32, Text>,
    columns: &'a Columns,
}

impl Row<'_> {
    fn get(&self, key: &Key) -> Option<&str> {
        match self.cells.get(&self.columns.get(key)?)? {
            Text::Text(t) if !t.is_empty() => Some(t),
            _ => None,
        }
    }

    /// The first mapped cell that cannot be used, and why.
    fn unusable(&self) -> Option<(u32, &str)> {
        self.columns
            .by_key
            .values()
            .find_map(|c| match self.cells.get(c) {
                Some(Text::Unusable(why)) => Some((*c, why.as_str())),
                _ => None,
            })
    }
}

struct Builder<'a> {
    t: &'a Table,
    columns: &'a Columns,
    d: Draft,
    ids: HashSet<String>,
    /// The ids the customer's own references make, kept from the ids made
    /// for a reference that repeats (5.1, 5.1, 5.1.2: the second 5.1 is not
    /// `5-1-2`, which is the customer's 5.1.2).
    refs: HashSet<String>,
    section_ids: HashSet<String>,
    texts: BTreeMap<String, String>,
    /// A section title row waiting for its first question: the title and its cell.
    pending: Option<(String, u32, u32)>,
}

/// Whether two section titles name the same section: `1. Governance` and
/// `Governance` do, as customer spreadsheets number their header rows but not
/// the section column of each question.
fn same_section(a: &str, b: &str) -> bool {
    let bare = |s: &str| {
        s.trim_start_matches(|c: char| {
            c.is_ascii_digit() || c == '.' || c == ')' || c.is_whitespace()
        })
        .trim()
        .to_lowercase()
    };
    bare(a) == bare(b)
}

/// The ids the references of `t` make (below its header rows).
fn references(t: &Table, columns: &Columns, header_rows: u32) -> HashSet<String> {
    let Some(col) = columns.get(&Key::Id) else {
        return HashSet::new();
    };
    t.rows
        .range(header_rows..)
        .filter_map(|(_, cells)| match cells.get(&col) {
            Some(Text::Text(x)) if !x.is_empty() => Some(slug(x, 12)),
            _ => None,
        })
        .collect()
}

/// The draft made from `t`; the first `header_rows` rows are titles.
pub fn build(t: &Table, columns: &Columns, header_rows: u32) -> Draft {
    let mut b = Builder {
        t,
        columns,
        d: Draft::default(),
        ids: HashSet::new(),
        refs: references(t, columns, header_rows),
        section_ids: HashSet::new(),
        texts: BTreeMap::new(),
        pending: None,
    };
    let text_col = columns.get(&Key::Text).unwrap_or(0);
    let last = t.rows.keys().max().copied();
    let mut empty: Option<(u32, u32)> = None;
    for row in 0..=last.unwrap_or(0) {
        let Some(cells) = t.rows.get(&row) else {
            empty = Some(empty.map_or((row, row), |(from, _)| (from, row)));
            continue;
        };
        if let Some((from, to)) = empty.take() {
            b.empty_rows(from, to, text_col);
        }
        b.row(row, cells, header_rows, text_col);
    }
    if let Some((title, r, c)) = b.pending.take() {
        b.leave(
            r,
            c,
            format!("the section title \"{title}\" has no question under it"),
        );
    }
    let mut fw: Vec<String> =
        b.d.sections
            .iter()
            .flat_map(|s| {
                s.questions
                    .iter()
                    .flat_map(|q| q.maps.iter().map(|m| m.0.clone()))
            })
            .collect();
    fw.sort();
    fw.dedup();
    b.d.frameworks = fw;
    b.d
}

impl Builder<'_> {
    fn leave(&mut self, row: u32, col: u32, reason: impl Into<String>) {
        self.d.left_out.push(LeftOut {
            row,
            col,
            to_row: None,
            reason: reason.into(),
        });
    }

    fn empty_rows(&mut self, from: u32, to: u32, col: u32) {
        let (to_row, reason) = if from == to {
            (None, "an empty row".to_owned())
        } else {
            (Some(to), format!("empty rows, {} to {}", from + 1, to + 1))
        };
        self.d.left_out.push(LeftOut {
            row: from,
            col,
            to_row,
            reason,
        });
    }

    fn row(&mut self, row: u32, cells: &BTreeMap<u32, Text>, header_rows: u32, text_col: u32) {
        let first = cells.keys().next().copied().unwrap_or(0);
        if row + 1 == header_rows {
            self.leave(row, first, "the header row (see --header-rows)");
            return;
        }
        if row < header_rows {
            self.leave(
                row,
                first,
                "a title row above the header (see --header-rows)",
            );
            return;
        }
        let r = Row {
            cells,
            columns: self.columns,
        };
        if let Some((col, why)) = r.unusable() {
            let why = why.to_owned();
            self.leave(row, col, format!("the row is left out: {why}"));
            return;
        }
        match (r.get(&Key::Text), r.get(&Key::Section)) {
            (None, Some(title)) => self.title_row(title, row, first),
            (None, None) => self.no_question(row, cells, first, text_col),
            (Some(text), section) => {
                if let Some(seen) = self.texts.get(&text.to_lowercase()) {
                    let seen = seen.clone();
                    self.leave(row, text_col, format!("the same question as {seen}"));
                    return;
                }
                self.texts
                    .insert(text.to_lowercase(), self.t.at(row, text_col));
                let q = self.question(&r, text, row, text_col);
                let section_col = self.columns.get(&Key::Section).unwrap_or(first);
                let at = self.t.at(row, section_col);
                let (title, origin) = match (self.pending.take(), section) {
                    (Some((p, r, c)), None) => (p, self.t.at(r, c)),
                    (Some((p, r, c)), Some(s)) if same_section(&p, s) => (p, self.t.at(r, c)),
                    (Some((p, r, c)), Some(s)) => {
                        self.leave(
                            r,
                            c,
                            format!("the section title \"{p}\" has no question under it"),
                        );
                        (s.to_owned(), at)
                    }
                    (None, Some(s)) => (s.to_owned(), at),
                    (None, None) => self.d.sections.last().map_or_else(
                        || ("Questions".to_owned(), at),
                        |s| (s.title.clone(), s.origin.clone()),
                    ),
                };
                let i = match self
                    .d
                    .sections
                    .iter()
                    .position(|s| same_section(&s.title, &title))
                {
                    Some(i) => i,
                    None => {
                        self.section(&title, origin);
                        self.d.sections.len() - 1
                    }
                };
                self.d.sections[i].questions.push(q);
            }
        }
    }

    /// A section title row: it waits for its first question.
    fn title_row(&mut self, title: &str, row: u32, col: u32) {
        if let Some((old, r, c)) = self.pending.replace((title.to_owned(), row, col)) {
            self.leave(
                r,
                c,
                format!("the section title \"{old}\" has no question under it"),
            );
        }
    }

    /// A row with no question and no section column: a section row when its
    /// one cell of text is a title (not a question, closing remark, signature
    /// line or instructions), as `answer` reads it; else left out.
    fn no_question(&mut self, row: u32, cells: &BTreeMap<u32, Text>, first: u32, text_col: u32) {
        use crate::exchange::sheet::kinds;
        let mut texts = cells.iter().filter_map(|(&c, t)| match t {
            Text::Text(t) if !t.is_empty() => Some((c, t.as_str())),
            _ => None,
        });
        let lone = match (texts.next(), texts.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        };
        let reason = match lone {
            Some((col, t)) if kinds::closing(t) => (col, "a closing remark, not a question".into()),
            Some((col, t)) if kinds::signature(t) => {
                (col, "a signature line, not a question".into())
            }
            Some((col, t)) if kinds::instruction(t) => (col, "instructions, not a question".into()),
            Some((col, t)) if !kinds::reads_like_question(t) => return self.title_row(t, row, col),
            _ => (
                first,
                format!(
                    "no question in column {} and no section title",
                    crate::source::cell::column_name(text_col)
                ),
            ),
        };
        self.leave(row, reason.0, reason.1);
    }

    fn section(&mut self, title: &str, origin: String) {
        let bare = title.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
        let id = unique(&slug(bare, 6), &mut self.section_ids);
        self.d.sections.push(Section {
            id,
            title: title.to_owned(),
            origin,
            questions: Vec::new(),
        });
    }

    fn question(&mut self, r: &Row<'_>, text: &str, row: u32, text_col: u32) -> Question {
        let reference = r.get(&Key::Id).map(str::to_owned);
        let base = reference
            .as_deref()
            .map_or_else(|| slug(text, 6), |x| slug(x, 12));
        let id = if self.ids.contains(&base) {
            let mut taken: HashSet<String> = self.ids.union(&self.refs).cloned().collect();
            let id = unique(&base, &mut taken);
            self.ids.insert(id.clone());
            id
        } else {
            unique(&base, &mut self.ids)
        };
        let mut todo = Vec::new();
        let (kind, options, allow_na) = answer_type(r, &mut todo);
        let recommendation = r.get(&Key::Recommendation).map(recommendation);
        let weight_cell = r.get(&Key::Weight).and_then(|w| w.parse::<f64>().ok());
        let scored = kind == QuestionType::YesNo && recommendation.is_some();
        let weight = if scored {
            weight_cell.map_or(1, |w| w.clamp(0.0, 100.0).round() as u32)
        } else {
            0
        };
        let marked = r.get(&Key::Critical).is_some_and(truthy);
        todos(
            &mut todo,
            kind,
            recommendation.is_some(),
            weight,
            marked,
            allow_na,
        );
        Question {
            id,
            text: text.to_owned(),
            help: r.get(&Key::Help).map(str::to_owned),
            kind,
            options,
            allow_na: allow_na && weight > 0,
            weight,
            critical: marked && weight > 0,
            recommendation,
            evidence: r.get(&Key::Evidence).map(str::to_owned),
            maps: maps(self.columns, r),
            origin: self.t.at(row, text_col),
            reference,
            todo,
        }
    }
}

/// The type of answer, its options and whether "not applicable" is allowed,
/// from the type and options columns.
fn answer_type(r: &Row<'_>, todo: &mut Vec<String>) -> (QuestionType, Vec<(String, String)>, bool) {
    let type_cell = r.get(&Key::Type);
    let mut labels = items(r.get(&Key::Options).unwrap_or_default());
    if labels.is_empty() && type_cell.is_some_and(|t| t.contains([';', '\n', '|'])) {
        labels = items(type_cell.unwrap_or_default());
    }
    let (kind, allow_na) = kind_of(type_cell, &labels);
    let mut kind = kind.unwrap_or_else(|| {
        todo.push(format!(
            "the type column says \"{}\": check the type of answer",
            type_cell.unwrap_or_default()
        ));
        QuestionType::YesNo
    });
    let (mut options, na_option) = option_values(&labels);
    if !kind.has_options() {
        options.clear();
    }
    if kind.has_options() && options.len() < 2 {
        options.clear();
        todo.push("the customer asks for a choice but gives fewer than two options: add `options`, or keep it a text question".into());
        kind = QuestionType::Text;
    }
    (kind, options, allow_na || na_option)
}

/// What the author must add before the question counts.
fn todos(
    todo: &mut Vec<String>,
    kind: QuestionType,
    advice: bool,
    weight: u32,
    marked: bool,
    allow_na: bool,
) {
    match kind {
        QuestionType::YesNo if !advice => todo.push(
            "no recommendation in the spreadsheet: write one, then remove `weight: 0` so that the question counts".into(),
        ),
        QuestionType::Choice | QuestionType::Multi => todo.push(
            "give each option a `score` from 0 to 1 (and a recommendation if there is none), then remove `weight: 0` so that the question counts".into(),
        ),
        _ => {}
    }
    if advice {
        todo.push("check the recommendation's title and `effort` (low, medium or high)".into());
    }
    if marked && weight == 0 {
        todo.push(
            "the customer marks this question as critical: add `critical: true` once it counts"
                .into(),
        );
    }
    if allow_na && weight == 0 {
        todo.push(
            "the customer allows \"not applicable\": add `allow_na: true` once it counts".into(),
        );
    }
}

/// Framework references from the `maps.FRAMEWORK` columns.
fn maps(columns: &Columns, r: &Row<'_>) -> Vec<(String, Vec<String>)> {
    columns
        .maps()
        .filter_map(|(f, c)| {
            let refs: Vec<String> = match r.cells.get(&c) {
                Some(Text::Text(t)) => t
                    .split(|ch: char| ch == ',' || ch == ';' || ch.is_whitespace())
                    .filter(|x| !x.is_empty())
                    .map(str::to_owned)
                    .collect(),
                _ => Vec::new(),
            };
            (!refs.is_empty()).then(|| (f.to_owned(), refs))
        })
        .collect()
}
