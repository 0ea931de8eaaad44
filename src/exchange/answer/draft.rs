//! The rest, for a person: the customer's questionnaire as a questionnaire
//! draft (as `import` makes one) and an answers file holding what `answer`
//! filled, so that `assure assess DRAFT --answers FILE --resume` asks only
//! what is left. A question whose answer cell has a drop-down becomes a
//! choice of its values; an open question, a written answer; any other, yes
//! or no (with "not applicable" where the sheet offers it).

use std::collections::HashSet;
use std::path::Path;

use super::plan::{Fate, Fill};
use super::sources::Origin;
use super::vocabulary;
use crate::exchange::import::draft as d;
use crate::exchange::import::yaml::{Head, write};
use crate::exchange::matcher::analysis::analyse;
use crate::exchange::matcher::thesaurus::Thesaurus;
use crate::exchange::sheet::Grid;
use crate::exchange::sheet::find::Shape;
use crate::model::QuestionType;
use crate::text::slug::{of_words as slug, unique};

/// What the draft of a customer's file is called: an id from the file's
/// name, the sheet's title (else the name in words), and where it came from.
pub struct Named {
    pub id: String,
    pub title: String,
    pub source: String,
}

impl Named {
    /// The draft of the customer's file at `path` (`name` when it has no file
    /// name), read from `sheet`, with the title rows `titles` above its header.
    pub fn of(path: &Path, name: &str, sheet: Option<&str>, titles: &[String]) -> Named {
        let stem = path
            .file_stem()
            .map_or_else(|| "customer".into(), |x| x.to_string_lossy().into_owned());
        let id = slug(&stem, 12);
        let id = if id.is_empty() {
            "customer".to_owned()
        } else {
            id
        };
        let title = titles
            .first()
            .cloned()
            .unwrap_or_else(|| stem.replace(['-', '_'], " "));
        let file = path
            .file_name()
            .map_or_else(|| name.to_owned(), |f| f.to_string_lossy().into_owned());
        let source = match sheet {
            Some(sh) => format!("{file}, sheet {sh}"),
            None => file,
        };
        Named { id, title, source }
    }

    /// As the draft's head.
    pub fn head(&self) -> Head<'_> {
        Head {
            id: &self.id,
            title: &self.title,
            source: &self.source,
        }
    }
}

/// The id each question gets: its reference, else its first words; every
/// reference is taken first, so that a question without one never takes an
/// id another question's reference gives.
pub fn ids(fills: &[Fill]) -> Vec<String> {
    let mut taken: HashSet<String> = HashSet::new();
    let refs: Vec<Option<String>> = fills
        .iter()
        .map(|f| {
            f.question
                .reference
                .as_deref()
                .map(|r| slug(r, 12))
                .filter(|s| !s.is_empty())
        })
        .collect();
    let mut out = vec![String::new(); fills.len()];
    // Each reference is its own id first; one that repeats (5.1, 5.1, 5.1.2)
    // then gets an id no reference gives (the second 5.1 is not `5-1-2`).
    let mut repeated = Vec::new();
    for (i, r) in refs.iter().enumerate() {
        if let Some(r) = r {
            if taken.insert(r.clone()) {
                out[i] = r.clone();
            } else {
                repeated.push(i);
            }
        }
    }
    for i in repeated {
        if let Some(r) = &refs[i] {
            out[i] = unique(r, &mut taken);
        }
    }
    for (i, f) in fills.iter().enumerate() {
        if refs[i].is_none() {
            out[i] = unique(&slug(&f.question.text, 6), &mut taken);
        }
    }
    out
}

/// The kind of answer a question takes in the draft, and its options: a
/// written answer for an open question, else a choice of the sheet's own
/// words for the answer (its drop-down's, its header's, or Yes/No/N/A).
fn kind(grid: &Grid, shape: &Shape, f: &Fill) -> (QuestionType, Vec<(String, String)>) {
    if analyse(&f.question.text, Thesaurus::bundled(), &[]).open {
        return (QuestionType::Text, Vec::new());
    }
    let col = shape.columns.answer;
    let list = col
        .and_then(|c| grid.list(f.question.row, c))
        .filter(|v| v.len() >= 2);
    let header = || {
        let h = shape.header?;
        vocabulary::from_header(grid.get(h, col?)?.usable()?)
    };
    let words = list
        .map(<[String]>::to_vec)
        .or_else(header)
        .unwrap_or_else(vocabulary::usual);
    let mut taken: HashSet<String> = ["unknown".into(), "na".into()].into();
    let options: Vec<(String, String)> = words
        .iter()
        .map(|w| (unique(&slug(w, 5), &mut taken), w.clone()))
        .collect();
    if options.len() < 2 {
        return (QuestionType::Text, Vec::new());
    }
    (QuestionType::Choice, options)
}

/// The draft questionnaire's text.
pub fn questionnaire(
    grid: &Grid,
    shape: &Shape,
    fills: &[Fill],
    head: &Head<'_>,
    origins: &[Origin],
) -> String {
    let ids = ids(fills);
    let mut draft = d::Draft::default();
    for (f, id) in fills.iter().zip(&ids) {
        let title = f
            .question
            .section
            .clone()
            .unwrap_or_else(|| "Questions".into());
        if draft.sections.last().is_none_or(|s| s.title != title) {
            let taken: HashSet<String> = draft.sections.iter().map(|s| s.id.clone()).collect();
            let mut taken = taken;
            let sid = unique(
                &slug(
                    title.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' '),
                    6,
                ),
                &mut taken,
            );
            draft.sections.push(d::Section {
                id: sid,
                title: title.clone(),
                origin: grid.at(
                    f.question.row,
                    shape.columns.section.unwrap_or(shape.columns.question),
                ),
                questions: Vec::new(),
            });
        }
        let (kind, options) = kind(grid, shape, f);
        let mut todo = Vec::new();
        if let Fate::Answered { m, .. } = &f.fate {
            let keys: Vec<String> = m
                .sources
                .iter()
                .map(|&s| format!("{}/{}", origins[s].questionnaire, origins[s].question))
                .collect();
            todo.push(format!(
                "answered by `assure answer` from {} ({:.2}): {}",
                keys.join(" and "),
                m.confidence,
                m.reason
            ));
        }
        let q = d::Question {
            id: id.clone(),
            text: f.question.text.clone(),
            help: None,
            kind,
            options,
            allow_na: false,
            weight: 0,
            critical: false,
            recommendation: None,
            evidence: None,
            maps: Vec::new(),
            origin: grid.at(f.question.row, shape.columns.question),
            reference: f.question.reference.clone(),
            todo,
        };
        if let Some(s) = draft.sections.last_mut() {
            s.questions.push(q);
        }
    }
    write(&draft, head, &|r, c| grid.at(r, c)).replace(
        "#   (no row was left out)\n",
        "#   (see the review for the rows left out)\n",
    )
}

/// The draft's text with the notes of answered questions said as such.
pub fn tidy(text: &str) -> String {
    text.replace(
        "# TODO: answered by `assure answer`",
        "# Answered by `assure answer`",
    )
}

#[cfg(test)]
mod tests;
