//! `report`'s work, many answers files at a time: each file is read, checked,
//! scored, exported and written in one pass, in parallel; each questionnaire
//! is loaded once however many files answer it; a bad file is an outcome, not
//! a stop. Where reports go ([`place`]) is decided first; the rows of the
//! summary and the index come out of the outcomes ([`Outcome::row`]).
//!
//! `cmd/report.rs` parses, calls [`run`] and writes what it returns.

pub mod place;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use rayon::prelude::*;

use crate::answers::{self, AnswersFile};
use crate::diagnostic::Diagnostic;
use crate::digest;
use crate::export::ExportError;
use crate::export::index::row::{Row, file_name, first_error};
use crate::export::report::Chosen;
use crate::load::{Catalog, Loaded};
use crate::model::Questionnaire;
use crate::output::{self, WriteError};
use crate::report::{Report, Settings};
use crate::score;
use place::Dest;

/// Why a report that was made could not be written.
#[derive(Debug, thiserror::Error)]
pub enum Unwritten {
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl Unwritten {
    /// Whether the reader went away (`assure report … | head`).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Unwritten::Write(e) if e.is_broken_pipe())
    }
}

/// Reports of a batch that were made but could not be written (each error
/// was shown as it came): exit status 1, as for any I/O failure.
#[derive(Debug, thiserror::Error)]
#[error("{unwritten} of {total} reports could not be written")]
pub struct SomeUnwritten {
    pub unwritten: usize,
    pub total: usize,
}

/// The outcome for one answers file: its row in the summary and the index, and
/// what to show about it.
pub enum Outcome {
    Written {
        row: Row,
        warnings: Vec<Diagnostic>,
    },
    Failed {
        row: Row,
        diags: Vec<Diagnostic>,
    },
    /// The report could not be written (an I/O error).
    Unwritten {
        row: Row,
        error: Unwritten,
    },
}

impl Outcome {
    fn failed(path: &Path, questionnaire: Option<&str>, diags: Vec<Diagnostic>) -> Outcome {
        let row = Row::failed(file_name(path), questionnaire, first_error(&diags));
        Outcome::Failed { row, diags }
    }

    pub fn row(&self) -> &Row {
        match self {
            Outcome::Written { row, .. }
            | Outcome::Failed { row, .. }
            | Outcome::Unwritten { row, .. } => row,
        }
    }
}

/// A questionnaire, loaded once for all the files that answer it, with its digest.
struct Target {
    loaded: Loaded<Questionnaire>,
    digest: String,
}

impl Target {
    fn new(loaded: Loaded<Questionnaire>) -> Target {
        let digest = digest::digest(&loaded.value);
        Target { loaded, digest }
    }
}

/// The questionnaires the answers files name, each loaded by the first file that
/// needs it while the other files go on; files naming the same one wait for it.
struct Questionnaires<'a> {
    catalog: &'a Catalog<'a>,
    loaded: Mutex<HashMap<String, Slot>>,
}

type Slot = Arc<OnceLock<Result<Target, Vec<Diagnostic>>>>;

impl Questionnaires<'_> {
    fn slot(&self, id: &str) -> Slot {
        let mut loaded = self.loaded.lock().unwrap_or_else(PoisonError::into_inner);
        loaded.entry(id.to_owned()).or_default().clone()
    }

    /// Every questionnaire that loaded, in the order of their ids.
    fn done(self) -> Vec<Target> {
        let loaded = self
            .loaded
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        let mut done: Vec<(String, Target)> = loaded
            .into_iter()
            .filter_map(|(id, slot)| Some((id, Arc::into_inner(slot)?.into_inner()?.ok()?)))
            .collect();
        done.sort_by(|a, b| a.0.cmp(&b.0));
        done.into_iter().map(|(_, t)| t).collect()
    }
}

/// What every file of a batch shares: the questionnaires, the format, who
/// prepared the reports.
struct Batch<'a> {
    /// The questionnaire given with `-q`, if any.
    given: Option<Target>,
    /// Else each one the files name, loaded once.
    questionnaires: Questionnaires<'a>,
    format: Chosen,
    settings: Settings<'a>,
}

impl Batch<'_> {
    /// One answers file, from reading it to writing its report. Reading, scoring
    /// and rendering in one pass keeps each file's memory on one thread, and only
    /// one file's tree per thread alive at a time.
    fn report(&self, path: &Path, dest: &Dest) -> Outcome {
        let file = match AnswersFile::open(path) {
            Ok(f) => f,
            Err(diags) => return Outcome::failed(path, None, diags),
        };
        let slot;
        let target = match &self.given {
            Some(t) => t,
            None => {
                let catalog = self.questionnaires.catalog;
                slot = self.questionnaires.slot(&file.questionnaire);
                let loaded =
                    slot.get_or_init(|| catalog.open_id(&file.questionnaire).map(Target::new));
                match loaded {
                    Ok(t) => t,
                    Err(diags) => {
                        let diags = answers::questionnaire_failed(catalog, &file, diags.clone());
                        return Outcome::failed(path, Some(&file.questionnaire), diags);
                    }
                }
            }
        };
        self.write(path, &file, target, dest)
    }

    /// Checks, scores and writes the report of one answers file.
    fn write(&self, path: &Path, file: &AnswersFile, target: &Target, dest: &Dest) -> Outcome {
        let q = &target.loaded.value;
        let loaded = match file.check(q, &target.digest) {
            Ok(l) => l,
            Err(diags) => return Outcome::failed(path, Some(&file.questionnaire), diags),
        };
        let assessment = score::assess(q, &loaded.value);
        let report = Report::with_digest(&assessment, target.digest.clone(), self.settings);
        let written = self
            .format
            .exporter
            .export(&report)
            .map_err(Unwritten::from);
        let written = written.and_then(|bytes| match dest {
            Dest::Stdout => Ok(output::write_bytes(None, &bytes).map(|()| None)?),
            Dest::File(to) => {
                output::write_atomic_unsynced(to, &bytes)?;
                Ok(Some(file_name(to)))
            }
        });
        match written {
            Ok(report) => Outcome::Written {
                row: Row::new(file_name(path), report, &assessment),
                warnings: loaded.warnings,
            },
            Err(error) => Outcome::Unwritten {
                row: Row::failed(file_name(path), None, error.to_string()),
                error,
            },
        }
    }

    /// The warnings of every questionnaire used.
    fn warnings(self) -> Vec<Diagnostic> {
        let given = self.given.into_iter();
        let all = given.chain(self.questionnaires.done());
        all.flat_map(|t| t.loaded.warnings).collect()
    }
}

/// The reports of `paths`, each to its destination, against `given` (`-q`)
/// or the questionnaire each file names; and the warnings of the
/// questionnaires used.
pub fn run(
    catalog: &Catalog<'_>,
    given: Option<Loaded<Questionnaire>>,
    paths: &[std::path::PathBuf],
    dests: &[Dest],
    format: Chosen,
    settings: Settings<'_>,
) -> (Vec<Outcome>, Vec<Diagnostic>) {
    let batch = Batch {
        given: given.map(Target::new),
        questionnaires: Questionnaires {
            catalog,
            loaded: Mutex::new(HashMap::new()),
        },
        format,
        settings,
    };
    let outcomes: Vec<Outcome> = paths
        .par_iter()
        .zip(dests.par_iter())
        .map(|(path, dest)| batch.report(path, dest))
        .collect();
    (outcomes, batch.warnings())
}
