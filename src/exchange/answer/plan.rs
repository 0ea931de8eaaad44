//! What to write into the customer's sheet: for each question found, the
//! answer in the sheet's own words and the comment, or why it is left.
//! Pure: the grid, its shape, the matcher and the links in; cells out.

use std::collections::HashMap;

use super::links::{Link, Links};
use super::sources::Origin;
use super::vocabulary::{self, NoWord};
use crate::exchange::matcher::words::phrase_key;
use crate::exchange::matcher::{Asked, Match, Matcher, Outcome};
use crate::exchange::patch::Edit;
use crate::exchange::sheet::Grid;
use crate::exchange::sheet::find::{Question, Shape};

/// Why a question is left for a person.
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// Nothing the supplier answered says anything about it.
    NoMatch,
    /// A match, below the confidence asked for.
    Uncertain(Match),
    /// The closest answer is "I don't know".
    DontKnow(usize),
    /// A fact or promise no answer states.
    NeverStated(String),
    /// Answers relate, but do not settle it.
    Unsettled { sources: Vec<usize>, why: String },
    /// The sheet has no word for the answer (or takes only its drop-down's).
    NoWord { m: Match, why: NoWord },
    /// The answer cell is filled already: it is never overwritten.
    Filled(String),
    /// The links file says not to answer it from the supplier's files.
    Rejected,
    /// The sheet has no answer column.
    NoAnswerColumn,
}

/// One question, and what becomes of it.
#[derive(Clone, Debug, PartialEq)]
pub enum Fate {
    Answered {
        m: Match,
        word: String,
        comment: Option<String>,
    },
    Left(Why),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fill {
    pub question: Question,
    pub fate: Fate,
}

impl Fill {
    /// The question's reference as the customer gives it, else its row.
    pub fn reference(&self) -> String {
        self.question
            .reference
            .clone()
            .unwrap_or_else(|| format!("row {}", self.question.row + 1))
    }
}

/// What `answer` will do.
#[derive(Debug, Default)]
pub struct Plan {
    pub fills: Vec<Fill>,
    pub edits: Vec<Edit>,
}

/// The comment written beside an answer: the sources' notes and evidence.
pub fn comment(m: &Match, origins: &[Origin]) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for &i in &m.sources {
        let o = &origins[i];
        if let Some(n) = o.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            parts.push(n.to_owned());
        }
        if !o.evidence.is_empty() {
            parts.push(format!("Evidence: {}.", o.evidence.join(", ")));
        }
    }
    parts.dedup();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The words of the answer column's header, if they offer answer words.
fn header_words(grid: &Grid, shape: &Shape, col: u32) -> Option<Vec<String>> {
    let h = shape.header?;
    vocabulary::from_header(grid.get(h, col)?.usable()?)
}

/// Stems of the words of the title rows that a question may repeat (the
/// customer's name): set aside when matching.
pub fn title_words(shape: &Shape) -> Vec<String> {
    let mut out: Vec<String> = shape
        .titles
        .iter()
        .flat_map(|t| {
            phrase_key(t)
                .split(' ')
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|w| w.len() > 2 && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    out.sort();
    out.dedup();
    out
}

pub struct Inputs<'a> {
    pub grid: &'a Grid,
    pub shape: &'a Shape,
    pub matcher: &'a Matcher<'a>,
    pub origins: &'a [Origin],
    pub links: &'a Links,
    pub min_confidence: f64,
    /// Stems to set aside, such as the customer's name.
    pub ignore: &'a [String],
}

/// A question's words, for telling questions asked in the same words: case
/// and punctuation aside, every word counts.
fn same_words(text: &str) -> String {
    crate::exchange::matcher::words::split(text).join(" ")
}

/// The known questions by their words.
fn by_words(m: &Matcher<'_>) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for (i, k) in m.known().iter().enumerate() {
        out.entry(same_words(&k.text)).or_insert(i);
    }
    out
}

/// The outcome for one question: a link first, then the same words, then
/// the matcher.
fn outcome(inp: &Inputs<'_>, exact: &HashMap<String, usize>, q: &Question) -> Result<Outcome, Why> {
    let asked = Asked {
        text: &q.text,
        ignore: inp.ignore,
    };
    match inp.links.get(&q.text) {
        Some(Link::Never) => return Err(Why::Rejected),
        Some(Link::To(key)) => {
            if let Some(i) = inp.matcher.known().iter().position(|k| &k.key == key) {
                return Ok(inp.matcher.as_same(
                    &asked,
                    i,
                    format!("linked by you to {key} (in the links file)"),
                ));
            }
        }
        Some(Link::NotFrom(_)) | None => {}
    }
    if let Some(&i) = exact.get(&same_words(&q.text)) {
        let o = &inp.origins[i];
        return Ok(inp.matcher.as_same(
            &asked,
            i,
            format!(
                "the same question, in the same words, answered in {}",
                o.file
            ),
        ));
    }
    let out = inp.matcher.answer(&asked, inp.min_confidence);
    // A match a person rejected is not used.
    if let (Outcome::Answered(m), Some(Link::NotFrom(keys))) = (&out, inp.links.get(&q.text))
        && m.sources
            .iter()
            .any(|&s| keys.contains(&inp.matcher.known()[s].key))
    {
        return Err(Why::Rejected);
    }
    Ok(out)
}

/// The plan for every question of `shape`.
pub fn plan(inp: &Inputs<'_>) -> Plan {
    let exact = by_words(inp.matcher);
    let mut p = Plan::default();
    let c = &inp.shape.columns;
    for q in &inp.shape.questions {
        let fate = fate(inp, &exact, q);
        if let (Fate::Answered { word, comment, .. }, Some(a)) = (&fate, c.answer) {
            p.edits.push(Edit {
                row: q.row,
                col: a,
                text: word.clone(),
            });
            if let (Some(text), Some(col)) = (comment, c.comment) {
                p.edits.push(Edit {
                    row: q.row,
                    col,
                    text: text.clone(),
                });
            }
        }
        p.fills.push(Fill {
            question: q.clone(),
            fate,
        });
    }
    p
}

fn fate(inp: &Inputs<'_>, exact: &HashMap<String, usize>, q: &Question) -> Fate {
    let Some(col) = inp.shape.columns.answer else {
        return Fate::Left(Why::NoAnswerColumn);
    };
    if let Some(cell) = inp.grid.get(q.row, col) {
        if cell.formula {
            return Fate::Left(Why::Filled("a formula".into()));
        }
        if let Some(t) = cell.usable() {
            return Fate::Left(Why::Filled(t.to_owned()));
        }
    }
    let out = match outcome(inp, exact, q) {
        Ok(o) => o,
        Err(why) => return Fate::Left(why),
    };
    let m = match out {
        Outcome::Answered(m) => m,
        Outcome::Uncertain(m) => return Fate::Left(Why::Uncertain(m)),
        Outcome::DontKnow { source } => return Fate::Left(Why::DontKnow(source)),
        Outcome::Unsettled { sources, why } => return Fate::Left(Why::Unsettled { sources, why }),
        Outcome::NeverStated(what) => return Fate::Left(Why::NeverStated(what)),
        Outcome::NoMatch => return Fate::Left(Why::NoMatch),
    };
    let list = inp.grid.list(q.row, col);
    let words = list
        .map(<[String]>::to_vec)
        .or_else(|| header_words(inp.grid, inp.shape, col))
        .unwrap_or_else(vocabulary::usual);
    match vocabulary::word(&m.verdict, &words, list.is_some()) {
        Ok(word) => {
            let comment_free = inp.shape.columns.comment.is_some_and(|cc| {
                inp.grid
                    .get(q.row, cc)
                    .is_none_or(|x| x.usable().is_none() && !x.formula)
            });
            let comment = comment(&m, inp.origins).filter(|_| comment_free);
            Fate::Answered { m, word, comment }
        }
        Err(why) => Fate::Left(Why::NoWord { m, why }),
    }
}
