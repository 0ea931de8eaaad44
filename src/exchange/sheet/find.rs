//! The shape of a customer's questionnaire, found in its grid: the header
//! row under any title rows, the columns of questions, answers, comments,
//! references and sections (from the header's words, else from what the
//! columns hold), section rows (a merged or lone title above its questions),
//! and every other row with why it was left out.

use std::collections::BTreeMap;

use super::kinds::{self, Role};
use super::letters::{ColumnsError, column_of};
use super::{Cell, Grid};
use crate::source::cell::column_name;

/// Which column holds what (from 0).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Columns {
    pub question: u32,
    pub answer: Option<u32>,
    pub comment: Option<u32>,
    pub id: Option<u32>,
    pub section: Option<u32>,
}

/// A question row.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub row: u32,
    pub text: String,
    pub reference: Option<String>,
    pub section: Option<String>,
    /// The question cell holds a formula: its text is the value saved with it.
    pub formula: bool,
}

/// A row (or cell) left out, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct LeftOut {
    pub row: u32,
    pub col: u32,
    pub reason: String,
}

#[derive(Clone, Debug, Default)]
pub struct Shape {
    /// The header row, if one was found.
    pub header: Option<u32>,
    pub columns: Columns,
    pub questions: Vec<Question>,
    pub left_out: Vec<LeftOut>,
    /// The text of the title rows (the customer's name is there).
    pub titles: Vec<String>,
}

/// What the person gave on the command line.
#[derive(Clone, Debug, Default)]
pub struct Given {
    pub columns: BTreeMap<Role, u32>,
    /// The header row (from 0).
    pub header: Option<u32>,
}

fn texts(row: &BTreeMap<u32, Cell>) -> impl Iterator<Item = (u32, &str)> {
    row.iter().filter_map(|(&c, x)| x.usable().map(|t| (c, t)))
}

/// The roles a row's cells name as headers.
fn roles(row: &BTreeMap<u32, Cell>) -> BTreeMap<u32, Role> {
    texts(row)
        .filter_map(|(c, t)| kinds::header(t).map(|r| (c, r)))
        .collect()
}

/// The first row, among the first 40, whose cells name a question column and
/// one other, or an answer column and one other.
pub fn header_row(g: &Grid) -> Option<u32> {
    g.cells.iter().take(40).find_map(|(&r, row)| {
        let found = roles(row);
        let has = |x: Role| found.values().any(|&y| y == x);
        let distinct = [
            Role::Question,
            Role::Answer,
            Role::Comment,
            Role::Id,
            Role::Section,
        ]
        .iter()
        .filter(|&&x| has(x))
        .count();
        ((has(Role::Question) || has(Role::Answer)) && distinct >= 2).then_some(r)
    })
}

/// The column below `header` with the most cells that read like questions.
fn most_questions(g: &Grid, header: Option<u32>, exclude: &[u32]) -> Option<u32> {
    let mut count: BTreeMap<u32, usize> = BTreeMap::new();
    for (_, row) in g.cells.range(header.map_or(0, |h| h + 1)..) {
        for (c, t) in texts(row) {
            if kinds::reads_like_question(t) && !exclude.contains(&c) {
                *count.entry(c).or_default() += 1;
            }
        }
    }
    count
        .into_iter()
        .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))
        .map(|(c, _)| c)
}

/// Whether no row below `header` has text in column `c`.
fn empty_column(g: &Grid, header: Option<u32>, c: u32) -> bool {
    g.cells
        .range(header.map_or(0, |h| h + 1)..)
        .all(|(_, row)| {
            row.get(&c).and_then(Cell::usable).is_none() || row.get(&c).is_some_and(|x| x.formula)
        })
}

/// The columns, from the header's words, what the person gave, and what the
/// columns hold.
/// No column of the sheet holds questions.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("no column of questions was found")]
pub struct NoQuestionColumn;

fn columns(g: &Grid, header: Option<u32>, given: &Given) -> Result<Columns, NoQuestionColumn> {
    let named = header
        .and_then(|h| g.cells.get(&h))
        .map(roles)
        .unwrap_or_default();
    let pick = |role: Role| -> Option<u32> {
        given
            .columns
            .get(&role)
            .copied()
            .or_else(|| named.iter().find(|(_, r)| **r == role).map(|(c, _)| *c))
    };
    let others: Vec<u32> = named
        .iter()
        .filter(|(_, r)| **r != Role::Question)
        .map(|(c, _)| *c)
        .collect();
    let question = pick(Role::Question)
        .or_else(|| most_questions(g, header, &others))
        .ok_or(NoQuestionColumn)?;
    let first_question_row = g
        .cells
        .range(header.map_or(0, |h| h + 1)..)
        .find(|(_, row)| {
            row.get(&question)
                .and_then(Cell::usable)
                .is_some_and(kinds::reads_like_question)
        })
        .map(|(&r, _)| r);
    let answers: Vec<u32> = named
        .iter()
        .filter(|(_, r)| **r == Role::Answer)
        .map(|(c, _)| *c)
        .collect();
    let answer = given.columns.get(&Role::Answer).copied().or_else(|| {
        // Of the answer columns, the one with a drop-down on the first
        // question; else the first; else the first empty column after the
        // questions that no header keeps for someone else.
        answers
            .iter()
            .copied()
            .find(|&c| first_question_row.is_some_and(|r| g.list(r, c).is_some()))
            .or_else(|| answers.first().copied())
            .or_else(|| {
                (question + 1..question + 6)
                    .find(|&c| !named.contains_key(&c) && empty_column(g, header, c))
            })
    });
    Ok(Columns {
        question,
        answer,
        comment: pick(Role::Comment).filter(|&c| Some(c) != answer && c != question),
        id: pick(Role::Id).filter(|&c| c != question),
        section: pick(Role::Section).filter(|&c| c != question),
    })
}

/// Reads the shape of `g`.
pub fn find(g: &Grid, given: &Given) -> Result<Shape, NoQuestionColumn> {
    let header = given.header.or_else(|| header_row(g));
    let columns = columns(g, header, given)?;
    let mut shape = Shape {
        header,
        columns,
        ..Shape::default()
    };
    let mut section: Option<(String, u32, u32)> = None;
    let mut used_section = false;
    for (&r, row) in &g.cells {
        if header.is_some_and(|h| r < h) {
            titles(&mut shape, r, row);
            continue;
        }
        if Some(r) == header {
            continue;
        }
        row_shape(g, &mut shape, r, row, &mut section, &mut used_section);
    }
    if let Some((title, r, c)) = section.filter(|_| !used_section) {
        shape.left_out.push(LeftOut {
            row: r,
            col: c,
            reason: format!("the section title \"{title}\" has no question under it"),
        });
    }
    Ok(shape)
}

fn titles(shape: &mut Shape, r: u32, row: &BTreeMap<u32, Cell>) {
    let first = row.keys().next().copied().unwrap_or(0);
    let all: Vec<&str> = texts(row).map(|(_, t)| t).collect();
    let reason = if all.iter().any(|t| kinds::instruction(t)) {
        "instructions above the questions"
    } else {
        "a title row above the header"
    };
    shape.titles.extend(all.iter().map(|t| (*t).to_owned()));
    shape.left_out.push(LeftOut {
        row: r,
        col: first,
        reason: reason.into(),
    });
}

/// Why a row without a question is left out, or that it starts a section.
fn other_row(
    g: &Grid,
    r: u32,
    row: &BTreeMap<u32, Cell>,
    c: &Columns,
) -> Result<(String, u32), (u32, String)> {
    let filled: Vec<(u32, &str)> = texts(row).collect();
    let first = row.keys().next().copied().unwrap_or(c.question);
    if let Some((col, why)) = row
        .iter()
        .find_map(|(&col, x)| x.problem.as_ref().map(|p| (col, p.clone())))
    {
        return Err((col, format!("the row is left out: {why}")));
    }
    let Some(&(col, text)) = filled.first() else {
        return Err((first, "no question, and no text".into()));
    };
    if kinds::closing(text) {
        return Err((col, "a closing remark, not a question".into()));
    }
    if kinds::signature(text) {
        return Err((col, "a signature line, not a question".into()));
    }
    if kinds::instruction(text) {
        return Err((col, "instructions, not a question".into()));
    }
    let lone = filled.len() == 1 || g.merge_at(r, col).is_some();
    if lone && !kinds::reads_like_question(text) {
        return Ok((text.to_owned(), col));
    }
    Err((
        col,
        format!("no question in column {}", column_name(c.question)),
    ))
}

fn row_shape(
    g: &Grid,
    shape: &mut Shape,
    r: u32,
    row: &BTreeMap<u32, Cell>,
    section: &mut Option<(String, u32, u32)>,
    used: &mut bool,
) {
    let c = shape.columns.clone();
    let q = row.get(&c.question);
    let text = q.and_then(Cell::usable);
    let merged_across = g
        .merge_at(r, c.question)
        .is_some_and(|m| c.answer.is_some_and(|a| m.last.1 >= a));
    let Some(text) = text.filter(|t| !merged_across && !kinds::closing(t) && !kinds::signature(t))
    else {
        if let Some(cell) = q.filter(|x| x.formula && x.text.is_empty()) {
            let _ = cell;
            shape.left_out.push(LeftOut {
                row: r,
                col: c.question,
                reason: "the question cell holds a formula whose value was not saved with the file"
                    .into(),
            });
            return;
        }
        match other_row(g, r, row, &c) {
            Ok((title, col)) => {
                if let Some((old, rr, cc)) = section.replace((title, r, col)).filter(|_| !*used) {
                    shape.left_out.push(LeftOut {
                        row: rr,
                        col: cc,
                        reason: format!("the section title \"{old}\" has no question under it"),
                    });
                }
                *used = false;
            }
            Err((col, reason)) => shape.left_out.push(LeftOut {
                row: r,
                col,
                reason,
            }),
        }
        return;
    };
    if shape.header.is_some_and(|h| {
        g.cells
            .get(&h)
            .and_then(|hr| hr.get(&c.question))
            .and_then(Cell::usable)
            == Some(text)
    }) {
        shape.left_out.push(LeftOut {
            row: r,
            col: c.question,
            reason: "the header again".into(),
        });
        return;
    }
    let get = |col: Option<u32>| {
        col.and_then(|x| row.get(&x))
            .and_then(Cell::usable)
            .map(str::to_owned)
    };
    let own_section = get(c.section);
    *used = true;
    shape.questions.push(Question {
        row: r,
        text: text.to_owned(),
        reference: get(c.id),
        section: own_section.or_else(|| section.as_ref().map(|s| s.0.clone())),
        formula: q.is_some_and(|x| x.formula),
    });
}

impl Given {
    /// `--columns question=C,answer=D,...` and `--header-row N` (from 1).
    pub fn parse(columns: Option<&str>, header_row: Option<u32>) -> Result<Given, ColumnsError> {
        let mut g = Given {
            header: header_row.map(|h| h.saturating_sub(1)),
            ..Given::default()
        };
        if header_row == Some(0) {
            return Err(ColumnsError::HeaderRowFromOne);
        }
        for part in columns
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let Some((name, letters)) = part.split_once('=') else {
                return Err(ColumnsError::NotNameColumn {
                    part: part.to_owned(),
                    example: "question=C",
                });
            };
            let role = match name.trim() {
                "question" | "text" => Role::Question,
                "answer" => Role::Answer,
                "comment" => Role::Comment,
                "id" => Role::Id,
                "section" => Role::Section,
                other => {
                    return Err(ColumnsError::UnknownName {
                        name: other.to_owned(),
                        hint: "the names are question, answer, comment, id and section".into(),
                    });
                }
            };
            let col = column_of(letters)?;
            if g.columns.insert(role, col).is_some() {
                return Err(ColumnsError::Twice(name.trim().to_owned()));
            }
        }
        Ok(g)
    }
}

impl Shape {
    /// What was found, in a line: `Questionnaire!B5:B40: 34 questions;
    /// answers into C, comments into D`.
    pub fn summary(&self, g: &Grid) -> String {
        let c = &self.columns;
        let (first, last) = (
            self.questions.first().map(|q| q.row),
            self.questions.last().map(|q| q.row),
        );
        let range = match (first, last) {
            (Some(a), Some(b)) => format!(
                "{}:{}",
                g.at(a, c.question),
                crate::source::cell::column_name(c.question) + &(b + 1).to_string()
            ),
            _ => g.at(0, c.question),
        };
        let mut s = format!("{range}: {} questions", self.questions.len());
        match c.answer {
            Some(a) => s.push_str(&format!("; answers into {}", column_name(a))),
            None => s.push_str("; no answer column"),
        }
        if let Some(cc) = c.comment {
            s.push_str(&format!(", comments into {}", column_name(cc)));
        }
        s
    }
}
