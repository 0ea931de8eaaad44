//! `assure report ANSWERS...`: answers files → reports, offline, many at a time.
//!
//! The files are read, checked, scored and rendered in parallel, each in one pass;
//! each questionnaire is loaded once however many files answer it. A bad file is
//! reported and does not stop the others; the exit status is 2 at the end if any
//! was bad. With several files and a folder, an index of them all is written
//! there too (`finish`).

mod finish;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use anyhow::Result;
use rayon::prelude::*;

use crate::answers::{self, AnswersFile};
use crate::cli::ReportArgs;
use crate::diagnostic::Diagnostic;
use crate::digest;
use crate::error::usage;
use crate::error::{UserError, reported};
use crate::export::index::row::{Row, file_name, first_error};
use crate::export::report::Chosen;
use crate::export::{self, index, report};
use crate::load::Catalog;
use crate::load::Loaded;
use crate::model::Questionnaire;
use crate::output;
use crate::report::{Report, Settings};
use crate::score;

/// Where one report goes.
#[derive(Clone, Debug, PartialEq)]
enum Dest {
    Stdout,
    File(PathBuf),
}

/// The format: `--format`, else the output file's extension, else the config,
/// else Markdown; a file named for another format is refused.
fn format(args: &ReportArgs, catalog: &Catalog<'_>) -> Result<Chosen> {
    let config = catalog
        .config()
        .report_format(&report::names())
        .map_err(|d| reported(vec![d]))?;
    let file = args
        .output
        .as_deref()
        .filter(|p| args.answers.len() == 1 && !p.is_dir() && !names_a_folder(p));
    let flag = args.format.as_deref();
    Ok(export::choose(&report::FORMATS, "report", flag, file, config).map_err(UserError::from)?)
}

/// Whether `-o` is written as a folder (`reports/`): made if need be, as for a
/// batch.
fn names_a_folder(p: &Path) -> bool {
    p.as_os_str()
        .to_string_lossy()
        .ends_with(std::path::MAIN_SEPARATOR)
}

/// One destination per answers file, decided before any work is done, and the
/// folder of a batch (where its index goes).
fn destinations(
    args: &ReportArgs,
    catalog: &Catalog<'_>,
    format: Chosen,
) -> Result<(Vec<Dest>, Option<PathBuf>)> {
    let named = |dir: &Path, answers: &Path| {
        let stem = answers
            .file_stem()
            .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned());
        dir.join(report::file_name(&stem, format))
    };
    let config_dir = catalog
        .config()
        .report
        .output_dir
        .as_ref()
        .map(|d| catalog.config().dir.join(d));
    if args.answers.len() == 1 {
        let dest = match (&args.output, &config_dir) {
            (Some(p), _) if p == Path::new("-") => Dest::Stdout,
            (Some(p), _) if p.is_dir() || names_a_folder(p) => {
                Dest::File(named(p, &args.answers[0]))
            }
            (Some(p), _) => Dest::File(p.clone()),
            (None, Some(dir)) => Dest::File(named(dir, &args.answers[0])),
            (None, None) => Dest::Stdout,
        };
        return Ok((vec![dest], None));
    }
    let dir = match (&args.output, &config_dir) {
        (Some(p), _) if p == Path::new("-") => {
            return Err(usage(
                "several answers files make several reports: give `-o FOLDER`, not `-o -`",
            ));
        }
        (Some(p), _) if p.is_file() => {
            return Err(usage(format!(
                "`{}` is a file; with several answers files, `-o` names a folder to put one report per file in",
                p.display()
            )));
        }
        (Some(p), _) => p.clone(),
        (None, Some(dir)) => dir.clone(),
        (None, None) => {
            return Err(usage(
                "several answers files make several reports: give `-o FOLDER` to say where they go",
            ));
        }
    };
    let dests: Vec<PathBuf> = args.answers.iter().map(|a| named(&dir, a)).collect();
    // Reports in one folder: each file name once, and none where the index goes.
    let mut names: HashSet<&std::ffi::OsStr> = HashSet::new();
    if !args.no_index {
        names.extend(index::FILES.iter().map(std::ffi::OsStr::new));
    }
    for (d, a) in dests.iter().zip(&args.answers) {
        if !names.insert(d.file_name().unwrap_or(d.as_os_str())) {
            return Err(usage(format!(
                "`{}` would be reported to `{}`, where another report or the index goes; rename it (or leave the index out with `--no-index`)",
                a.display(),
                d.display()
            )));
        }
    }
    Ok((dests.into_iter().map(Dest::File).collect(), Some(dir)))
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
        error: anyhow::Error,
    },
}

impl Outcome {
    fn failed(path: &Path, questionnaire: Option<&str>, diags: Vec<Diagnostic>) -> Outcome {
        let row = Row::failed(file_name(path), questionnaire, first_error(&diags));
        Outcome::Failed { row, diags }
    }
}

/// Checks, scores and writes the report of one answers file.
fn render_one(
    path: &Path,
    file: &AnswersFile,
    target: &Target,
    format: Chosen,
    dest: &Dest,
    settings: Settings<'_>,
) -> Result<Outcome> {
    let q = &target.loaded.value;
    let loaded = match file.check(q, &target.digest) {
        Ok(l) => l,
        Err(diags) => return Ok(Outcome::failed(path, Some(&file.questionnaire), diags)),
    };
    let assessment = score::assess(q, &loaded.value);
    let report = Report::with_digest(&assessment, target.digest.clone(), settings);
    let bytes = format.exporter.export(&report)?;
    let report = match dest {
        Dest::Stdout => {
            output::write_bytes(None, &bytes)?;
            None
        }
        Dest::File(to) => {
            output::write_atomic_unsynced(to, &bytes)?;
            Some(file_name(to))
        }
    };
    Ok(Outcome::Written {
        row: Row::new(file_name(path), report, &assessment),
        warnings: loaded.warnings,
    })
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

    /// Every questionnaire that loaded, by id, for its warnings.
    fn done(self) -> Vec<(String, Target)> {
        let loaded = self
            .loaded
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        let mut done: Vec<(String, Target)> = loaded
            .into_iter()
            .filter_map(|(id, slot)| {
                let target = Arc::into_inner(slot)?.into_inner()?.ok()?;
                Some((id, target))
            })
            .collect();
        done.sort_by(|a, b| a.0.cmp(&b.0));
        done
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
    fn report(&self, path: &Path, dest: &Dest) -> Result<Outcome> {
        let file = match AnswersFile::open(path) {
            Ok(f) => f,
            Err(diags) => return Ok(Outcome::failed(path, None, diags)),
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
                        return Ok(Outcome::failed(path, Some(&file.questionnaire), diags));
                    }
                }
            }
        };
        render_one(path, &file, target, self.format, dest, self.settings)
    }

    /// The warnings of every questionnaire used.
    fn warnings(self) -> Vec<Diagnostic> {
        let mut all = Vec::new();
        if let Some(q) = self.given {
            all.extend(q.loaded.warnings);
        }
        for (_, target) in self.questionnaires.done() {
            all.extend(target.loaded.warnings);
        }
        all
    }
}

pub fn run(catalog: &Catalog<'_>, args: &ReportArgs) -> Result<()> {
    let format = format(args, catalog)?;
    let (dests, folder) = destinations(args, catalog, format)?;
    if format.format.is_binary() && dests.contains(&Dest::Stdout) {
        output::refuse_binary_on_terminal(None, "report.xlsx")?;
    }
    let given = match &args.questionnaire {
        Some(q) => Some(Target::new(catalog.open(q).map_err(reported)?)),
        None => None,
    };
    let batch = Batch {
        given,
        questionnaires: Questionnaires {
            catalog,
            loaded: Mutex::new(HashMap::new()),
        },
        format,
        settings: Settings::from_config(catalog.config()),
    };
    let outcomes: Vec<Outcome> = args
        .answers
        .par_iter()
        .zip(dests.par_iter())
        .map(|(path, dest)| {
            batch
                .report(path, dest)
                .unwrap_or_else(|error| Outcome::Unwritten {
                    row: Row::failed(file_name(path), None, format!("{error:#}")),
                    error,
                })
        })
        .collect();
    let warnings = batch.warnings();
    let index = folder.filter(|_| args.answers.len() > 1 && !args.no_index);
    finish::finish(args, warnings, outcomes, index.as_deref())
}
