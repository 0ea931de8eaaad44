//! One file per subcommand, each a short `run`. This module loads the config and
//! dispatches.

mod answer;
mod ask;
mod assess;
mod compare;
mod import;
mod list;
mod merge;
mod prefill;
mod report;
mod schema;
mod show;
mod statement;
mod template;
mod trim;
mod validate;

use std::path::Path;

use anyhow::Result;

use crate::answers::{self, AnswersFile};
use crate::cli::{Cli, Command};
use crate::diagnostic;
use crate::digest;
use crate::error::{Usage, refuse, reported};
use crate::export;
use crate::load::catalog::Catalog;
use crate::load::config::Config;
use crate::model::Questionnaire;
use crate::model::answers::Answers;

/// An answers file and its questionnaire, both read and checked, their
/// warnings shown: where `ask`, `statement` and `merge` start.
struct Answered {
    q: Questionnaire,
    digest: String,
    answers: Answers,
}

/// Reads the answers file at `path` with its questionnaire (`-q`, else the
/// one it names); problems are shown as diagnostics (exit status 2).
fn answered(catalog: &Catalog<'_>, path: &Path, questionnaire: Option<&str>) -> Result<Answered> {
    let file = AnswersFile::open(path).map_err(reported)?;
    let q = answers::questionnaire(catalog, questionnaire, &file).map_err(reported)?;
    diagnostic::emit_warnings(&q.warnings);
    let q = q.value;
    let digest = digest::digest(&q);
    let loaded = file.check(&q, &digest).map_err(reported)?;
    diagnostic::emit_warnings(&loaded.warnings);
    Ok(Answered {
        q,
        digest,
        answers: loaded.value,
    })
}

pub fn run(cli: Cli) -> Result<()> {
    let config = Config::load(cli.config.as_deref()).map_err(reported)?;
    config
        .report_format(&export::report::names())
        .map_err(|d| reported(vec![d]))?;
    let catalog = Catalog::new(&config);
    let Some(command) = cli.command else {
        return start(&catalog, cli.config);
    };
    match command {
        Command::List(args) => list::run(&catalog, &args),
        Command::Show(args) => show::run(&catalog, &args),
        Command::Validate(args) => validate::run(&catalog, &args),
        Command::Assess(args) => assess::run(&catalog, &args),
        Command::Report(args) => report::run(&catalog, &args),
        Command::Trim(args) => trim::run(&catalog, &args),
        Command::Template(args) => template::run(&catalog, &args),
        Command::Import(args) => import::run(&args),
        Command::Schema(args) => schema::run(&catalog, &args),
        Command::Prefill(args) => prefill::run(&catalog, &args),
        Command::Compare(args) => compare::run(&catalog, &args),
        Command::Ask(args) => ask::run(&catalog, &args),
        Command::Merge(args) => merge::run(&catalog, &args),
        Command::Answer(args) => answer::run(&catalog, &args),
        Command::Statement(args) => statement::run(&catalog, &args),
    }
}

/// `assure` alone in a terminal: the start menu, then the command it chose,
/// run as if typed (with the same `--config`).
fn start(catalog: &Catalog<'_>, config: Option<std::path::PathBuf>) -> Result<()> {
    let Some(args) = crate::interactive::menu::run(catalog)? else {
        return Ok(());
    };
    let mut argv = vec![std::ffi::OsString::from("assure")];
    if let Some(path) = config {
        argv.extend(["--config".into(), path.into_os_string()]);
    }
    argv.extend(args);
    let cli =
        <Cli as clap::Parser>::try_parse_from(argv).map_err(|e| refuse(Usage::NotParsed(e)))?;
    match cli.command {
        Some(_) => run(cli),
        None => Ok(()),
    }
}
