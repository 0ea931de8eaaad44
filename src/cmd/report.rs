//! `assure report ANSWERS...`: answers files → reports, offline, many at a time.
//!
//! The files are read, checked, scored and rendered in parallel, each in one pass;
//! each questionnaire is loaded once however many files answer it. A bad file is
//! reported and does not stop the others; the exit status is 2 at the end if any
//! was bad.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use anyhow::Result;
use rayon::prelude::*;

use crate::answers::{self, AnswersFile};
use crate::cli::ReportArgs;
use crate::diagnostic::{self, Diagnostic};
use crate::digest;
use crate::error::{UserError, reported};
use crate::load::Catalog;
use crate::load::Loaded;
use crate::load::config::ReportFormat;
use crate::model::Questionnaire;
use crate::output;
use crate::render::report::{self, Report, summary};
use crate::score;

/// Where one report goes.
#[derive(Clone, Debug, PartialEq)]
enum Dest {
    Stdout,
    File(PathBuf),
}

/// The format: `--format`, else the output file's extension, else the config, else Markdown.
fn format(args: &ReportArgs, catalog: &Catalog<'_>) -> ReportFormat {
    args.format
        .or_else(|| {
            args.output
                .as_deref()
                .filter(|p| args.answers.len() == 1 && !p.is_dir())
                .and_then(ReportFormat::from_path)
        })
        .or(catalog.config().report.format)
        .unwrap_or(ReportFormat::Markdown)
}

fn usage(message: impl Into<String>) -> anyhow::Error {
    UserError::Usage(message.into()).into()
}

/// Whether `-o` is written as a folder (`reports/`): made if need be, as for a
/// batch.
fn names_a_folder(p: &Path) -> bool {
    p.as_os_str()
        .to_string_lossy()
        .ends_with(std::path::MAIN_SEPARATOR)
}

/// One destination per answers file, decided before any work is done.
fn destinations(
    args: &ReportArgs,
    catalog: &Catalog<'_>,
    format: ReportFormat,
) -> Result<Vec<Dest>> {
    let named = |dir: &Path, answers: &Path| {
        let stem = answers
            .file_stem()
            .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned());
        dir.join(format!("{stem}.{}", format.extension()))
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
        return Ok(vec![dest]);
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
    let mut seen = HashSet::new();
    for (d, a) in dests.iter().zip(&args.answers) {
        if !seen.insert(d) {
            return Err(usage(format!(
                "two answers files would both be reported to `{}` (the second is `{}`); rename one of them",
                d.display(),
                a.display()
            )));
        }
    }
    Ok(dests.into_iter().map(Dest::File).collect())
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

/// The outcome for one answers file.
enum Outcome {
    Written {
        row: summary::Row,
        warnings: Vec<Diagnostic>,
    },
    Failed(Vec<Diagnostic>),
}

/// Checks, scores and writes the report of one answers file.
fn render_one(
    file: &AnswersFile,
    target: &Target,
    format: ReportFormat,
    dest: &Dest,
    prepared_by: Option<&str>,
) -> Result<Outcome> {
    let q = &target.loaded.value;
    let loaded = match file.check(q, &target.digest) {
        Ok(l) => l,
        Err(diags) => return Ok(Outcome::Failed(diags)),
    };
    let assessment = score::assess(q, &loaded.value);
    let report = Report::with_digest(&assessment, target.digest.clone(), prepared_by);
    let bytes = report::render(format, &report)?;
    let shown = match dest {
        Dest::Stdout => {
            output::write_bytes(None, &bytes)?;
            file.src.name.clone()
        }
        Dest::File(path) => {
            output::write_atomic_unsynced(path, &bytes)?;
            path.display().to_string()
        }
    };
    Ok(Outcome::Written {
        row: summary::Row::new(shown, &assessment),
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
    format: ReportFormat,
    prepared_by: Option<&'a str>,
}

impl Batch<'_> {
    /// One answers file, from reading it to writing its report. Reading, scoring
    /// and rendering in one pass keeps each file's memory on one thread, and only
    /// one file's tree per thread alive at a time.
    fn report(&self, path: &Path, dest: &Dest) -> Result<Outcome> {
        let file = match AnswersFile::open(path) {
            Ok(f) => f,
            Err(diags) => return Ok(Outcome::Failed(diags)),
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
                        return Ok(Outcome::Failed(diags));
                    }
                }
            }
        };
        render_one(&file, target, self.format, dest, self.prepared_by)
    }

    /// The warnings of every questionnaire used.
    fn emit_warnings(self) {
        if let Some(q) = &self.given {
            diagnostic::emit_warnings(&q.loaded.warnings);
        }
        for (_, target) in self.questionnaires.done() {
            diagnostic::emit_warnings(&target.loaded.warnings);
        }
    }
}

pub fn run(catalog: &Catalog<'_>, args: &ReportArgs) -> Result<()> {
    let format = format(args, catalog);
    let dests = destinations(args, catalog, format)?;
    if format.is_binary() && dests.contains(&Dest::Stdout) {
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
        prepared_by: catalog.config().report.prepared_by.as_deref(),
    };
    let outcomes: Vec<Result<Outcome>> = args
        .answers
        .par_iter()
        .zip(dests.par_iter())
        .map(|(path, dest)| batch.report(path, dest))
        .collect();
    batch.emit_warnings();
    finish(args, outcomes)
}

/// Shows what happened to each file, then the summary table; the exit status
/// says whether every report was written.
fn finish(args: &ReportArgs, outcomes: Vec<Result<Outcome>>) -> Result<()> {
    let mut rows = Vec::new();
    let mut failed = 0;
    let mut unwritten = 0;
    for outcome in outcomes {
        match outcome {
            Ok(Outcome::Written { row, warnings }) => {
                diagnostic::emit_warnings(&warnings);
                rows.push(row);
            }
            Ok(Outcome::Failed(diags)) => {
                diagnostic::emit(&diags);
                failed += 1;
            }
            // The reader went away (`assure report … | head`): stop quietly.
            Err(e) if crate::error::is_broken_pipe(&e) => return Err(e),
            Err(e) => {
                eprintln!("error: {}", crate::text::terminal::clean(&format!("{e:#}")));
                unwritten += 1;
            }
        }
    }
    if !args.quiet && !rows.is_empty() {
        eprintln!("{}", summary::table(&rows));
    }
    let total = args.answers.len();
    if unwritten > 0 {
        anyhow::bail!("{unwritten} of {total} reports could not be written");
    }
    if failed > 0 {
        if total > 1 {
            eprintln!(
                "{failed} of {total} answers files could not be reported; the problems are listed above"
            );
        }
        return Err(UserError::Reported.into());
    }
    Ok(())
}
