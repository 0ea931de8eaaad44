//! `assess Q --from OLD...`: answers carried from earlier answers files into
//! the walk ([`crate::reuse::carry`]), each to be kept or changed.
//!
//! Each earlier file is read against its own questionnaire: `Q` itself for a
//! file of `Q`'s family (any version), else the id it names, looked up as an
//! id (never opened as a path). Answers that no longer fit are set aside, not
//! errors; a file that cannot be read is an error, before anything is asked.

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::answers::{self, AnswersFile, Leftover};
use crate::diagnostic::{self, Code, Diagnostic};
use crate::digest;
use crate::error::reported;
use crate::interactive::session::Session;
use crate::load::Catalog;
use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::reuse::{self, Earlier};
use crate::text::terminal::clean_line;

/// An earlier file, read: its name, its questionnaire (`None`: `Q`), what it
/// holds and what was set aside.
struct Read {
    name: String,
    questionnaire: Option<Questionnaire>,
    answers: Answers,
    leftovers: Vec<Leftover>,
}

/// Warnings about an earlier file that carrying expects, and deals with.
const EXPECTED: [Code; 3] = [
    Code::VersionDiffers,
    Code::DigestDiffers,
    Code::HiddenAnswer,
];

/// The name `from: { file: … }` gives a file.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn read(catalog: &Catalog<'_>, q: &Questionnaire, path: &Path) -> Result<Read, Vec<Diagnostic>> {
    let file = AnswersFile::open(path)?;
    let own = reuse::family(q).contains(&file.questionnaire.as_str());
    let theirs = if own {
        None
    } else {
        let loaded = answers::questionnaire(catalog, None, &file)?;
        diagnostic::emit_warnings(&loaded.warnings);
        Some(loaded.value)
    };
    let against = theirs.as_ref().unwrap_or(q);
    let (loaded, leftovers) = file.check_earlier(against, &digest::digest(against))?;
    let warnings: Vec<Diagnostic> = loaded
        .warnings
        .into_iter()
        .filter(|d| !EXPECTED.contains(&d.code))
        .collect();
    diagnostic::emit_warnings(&warnings);
    Ok(Read {
        name: file_name(path),
        questionnaire: theirs,
        answers: loaded.value,
        leftovers,
    })
}

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
    let mut read_all = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match read(catalog, q, path) {
            Ok(r) => read_all.push(r),
            Err(diags) => problems.extend(diags),
        }
    }
    if !problems.is_empty() {
        return Err(reported(problems));
    }
    let earlier: Vec<Earlier<'_>> = read_all
        .iter()
        .map(|r| Earlier {
            name: r.name.clone(),
            questionnaire: r.questionnaire.as_ref().unwrap_or(q),
            answers: &r.answers,
            leftovers: &r.leftovers,
        })
        .collect();
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
