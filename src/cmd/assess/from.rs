//! `assess Q --from OLD...`: answers carried from earlier answers files into
//! the walk ([`crate::reuse::carry`]), each to be kept or changed.
//!
//! Each earlier file is read as `prefill` reads it ([`Files`]): answers that no
//! longer fit are set aside, not errors; a file that cannot be read is an
//! error, before anything is asked.

use std::path::PathBuf;

use anyhow::Result;

use crate::answers::earlier::Files;
use crate::diagnostic;
use crate::error::reported;
use crate::interactive::session::Session;
use crate::load::Catalog;
use crate::model::Questionnaire;
use crate::reuse;
use crate::text::terminal::clean_line;

/// What was carried into the walk, to say before the first question.
pub(super) struct Carried {
    pub taken: usize,
    pub not_carried: usize,
    /// The newest earlier file's organisation, as a default for the walk.
    pub organisation: Option<String>,
    pub files: String,
}

/// Reads `paths` and carries what fits into `session` (questions the file
/// answers already keep their answer).
pub(super) fn carry_in(
    catalog: &Catalog<'_>,
    q: &Questionnaire,
    paths: &[PathBuf],
    session: &mut Session<'_>,
) -> Result<Carried> {
    let files = Files::read(catalog, q.clone(), Vec::new(), paths).map_err(reported)?;
    diagnostic::emit_warnings(&files.warnings);
    let earlier = files.earlier();
    let carry = reuse::carry(q, &earlier);
    let taken = carry
        .answers
        .iter()
        .filter(|(id, c)| session.carry_in(id, c.answer.clone()))
        .count();
    let newest = (0..earlier.len())
        .max_by(|a, b| earlier[*a].date().cmp(&earlier[*b].date()).then(a.cmp(b)));
    let files: Vec<String> = earlier
        .iter()
        .map(|e| match e.date() {
            Some(d) => format!("{} ({d})", clean_line(&e.name)),
            None => clean_line(&e.name),
        })
        .collect();
    Ok(Carried {
        taken,
        not_carried: carry.not_carried.len(),
        organisation: newest.and_then(|i| earlier[i].answers.respondent.organisation.clone()),
        files: files.join(", "),
    })
}
