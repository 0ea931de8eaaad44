//! `assure assess Q [--answers FILE] [--resume] [-o REPORT]`: the interactive
//! questionnaire.
//!
//! The edge of the walk: the terminal, the answers file and Ctrl-C. The walk
//! itself is [`crate::interactive::screens`] over a [`Session`], tested without
//! a terminal; the answers file is [`crate::interactive::store`], written
//! atomically after every answer (and on back, skip and quit), so whatever stops
//! the program, the file on disk parses and holds every answer given.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::cli::AssessArgs;
use crate::diagnostic;
use crate::digest;
use crate::error::{reported, usage};
use crate::interactive::prompt::Terminal;
use crate::interactive::screens::{self, Outcome};
use crate::interactive::session::Session;
use crate::interactive::{interrupt, store};
use crate::load::Catalog;
use crate::load::config::ReportFormat;
use crate::model::answers::QuestionnaireRef;
use crate::output;
use crate::render::report::{self, Report};
use crate::score;
use crate::text::shell;
use crate::yaml::Spanned;

/// Refuses at once when there is no one to ask: a prompt would fail or hang.
fn refuse_without_terminal(args: &AssessArgs) -> Result<()> {
    if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        return Ok(());
    }
    let template = format!(
        "assure template {} -o answers.yaml",
        shell::word(&args.questionnaire)
    );
    let report = "assure report answers.yaml";
    let w = template.chars().count().max(report.len());
    Err(usage(format!(
        "`assure assess` asks its questions in a terminal, and there is none here.\n\
         Without a terminal, fill in an answers file instead:\n  \
         {template:w$}   a blank answers file: fill it in with any text editor\n  \
         {report:w$}   the report, once it is filled in"
    )))
}

/// Turns an interrupted prompt into the Ctrl-C exit; passes other results on.
fn or_stop<T>(result: Result<T>) -> Result<T> {
    match result {
        Err(e) if interrupt::is_interrupt(&e) => interrupt::stop(),
        other => other,
    }
}

pub fn run(catalog: &Catalog<'_>, args: &AssessArgs) -> Result<()> {
    refuse_without_terminal(args)?;
    let loaded = catalog.open(&args.questionnaire).map_err(reported)?;
    diagnostic::emit_warnings(&loaded.warnings);
    let q = &loaded.value;
    let path = args
        .answers
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}-answers.yaml", q.id.value)));
    let carry_on = format!(
        "Your answers are saved in {}.\nTo carry on later, run:\n  assure assess {} --answers {} --resume",
        shell::path(&path),
        shell::word(&args.questionnaire),
        shell::path(&path),
    );
    interrupt::install()?;
    let mut p = Terminal::new();
    let Some(mut answers) = or_stop(store::start(args.resume, &path, q, &mut p))? else {
        return Ok(());
    };
    answers.questionnaire = QuestionnaireRef {
        id: Spanned::new(q.id.value.clone()),
        version: Some(Spanned::new(q.version.value.clone())),
        digest: Some(Spanned::new(digest::digest(q))),
        fingerprints: std::mem::take(&mut answers.questionnaire.fingerprints),
    };
    let mut session = Session::new(q, answers);
    store::save(&path, &session)?;
    interrupt::set_message(carry_on.clone());
    let full = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
    or_stop(screens::intro(&mut p, &session, &shell::path(&full)).map_err(Into::into))?;
    let organisation = catalog.config().organisation.as_deref();
    or_stop(screens::who(&mut p, &mut session, organisation).map_err(Into::into))?;
    store::save(&path, &session)?;
    match or_stop(screens::run(&mut session, &mut p, &mut |s| {
        store::save(&path, s)
    }))? {
        Outcome::Quit => {
            eprintln!("\n{carry_on}");
            Ok(())
        }
        Outcome::Report => write_report(catalog, args, &path, &session),
    }
}

/// The report's format and where it goes (`None`: stdout). The format follows
/// `-o`'s extension, else the config, else Markdown. Without `-o`, the report
/// is named after the answers file, less a trailing `-answers`
/// (`sme-baseline-answers.yaml` → `sme-baseline-report.md`), and goes in the
/// configured output folder or else next to the answers file.
fn destination(
    catalog: &Catalog<'_>,
    args: &AssessArgs,
    answers: &Path,
) -> (ReportFormat, Option<PathBuf>) {
    let config = catalog.config();
    let format = args
        .output
        .as_deref()
        .filter(|p| !p.is_dir())
        .and_then(ReportFormat::from_path)
        .or(config.report.format)
        .unwrap_or(ReportFormat::Markdown);
    let stem = answers
        .file_stem()
        .map_or_else(|| "answers".into(), |s| s.to_string_lossy().into_owned());
    let stem = stem.strip_suffix("-answers").unwrap_or(&stem);
    let name = format!("{stem}-report.{}", format.extension());
    let dest = match &args.output {
        Some(p) if p == Path::new("-") => None,
        Some(p) if p.is_dir() => Some(p.join(name)),
        Some(p) => Some(p.clone()),
        None => Some(match &config.report.output_dir {
            Some(dir) => config.dir.join(dir).join(name),
            None => answers.parent().unwrap_or(Path::new("")).join(name),
        }),
    };
    (format, dest)
}

fn write_report(
    catalog: &Catalog<'_>,
    args: &AssessArgs,
    answers: &Path,
    session: &Session<'_>,
) -> Result<()> {
    let (format, dest) = destination(catalog, args, answers);
    let saved = session.to_save();
    let assessment = score::assess(session.questionnaire(), &saved);
    let prepared_by = catalog.config().report.prepared_by.as_deref();
    let bytes = report::render(format, &Report::new(&assessment, prepared_by))?;
    match dest {
        None => output::write_bytes(None, &bytes)?,
        Some(path) => {
            output::write_atomic(&path, &bytes)?;
            eprintln!(
                "\nYour report is ready: {}\nYour answers are in {}.",
                shell::path(&path),
                shell::path(answers)
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
