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
use crate::model::answers::Respondent;
use crate::reuse;
use crate::text::terminal::clean_line;

/// What was carried into the walk, to say before the first question.
pub(super) struct Carried {
    pub taken: usize,
    pub not_carried: usize,
    /// Who answered the newest earlier file, as the walk's defaults.
    pub respondent: Option<Respondent>,
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
    last_notes(q, &earlier, session);
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
        respondent: newest.map(|i| earlier[i].answers.respondent.clone()),
        files: files.join(", "),
    })
}

/// The walk's defaults for who is answering: each detail the newest earlier
/// file gives, else the default (the organisation from the config); never
/// the date, which is today's.
pub(super) fn respondent(c: &Carried, defaults: Respondent) -> Respondent {
    let Some(then) = &c.respondent else {
        return defaults;
    };
    let pick = |earlier: &Option<String>, default: Option<String>| {
        earlier
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .or(default)
    };
    Respondent {
        organisation: pick(&then.organisation, defaults.organisation),
        name: pick(&then.name, defaults.name),
        role: pick(&then.role, defaults.role),
        email: pick(&then.email, defaults.email),
        date: None,
    }
}

/// The notes of earlier answers that were not carried (an "I don't know"
/// with "Ask Dan" beside it), newest file first, for the walk to show when
/// it asks the question again.
fn last_notes(q: &Questionnaire, earlier: &[reuse::Earlier<'_>], session: &mut Session<'_>) {
    let mut order: Vec<usize> = (0..earlier.len()).collect();
    order.sort_by(|a, b| earlier[*b].date().cmp(&earlier[*a].date()).then(b.cmp(a)));
    for i in order {
        let e = &earlier[i];
        if !reuse::same_family(q, e.questionnaire) {
            continue;
        }
        for (id, answer) in &e.answers.answers {
            let Some(note) = answer.note.as_deref().filter(|n| !n.trim().is_empty()) else {
                continue;
            };
            let said = q
                .question(id)
                .map(|question| crate::report::describe(question, &answer.value));
            if let Some(said) = said {
                session.last_note(id, e.date().map(str::to_owned), said, note.to_owned());
            }
        }
    }
}
