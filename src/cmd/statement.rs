//! `assure statement ANSWERS [-o FILE.md|FILE.html] [-q Q]`: a security
//! statement to send a customer, from an answers file.

use std::path::Path;

use anyhow::Result;

use crate::answers::{self, AnswersFile};
use crate::cli::StatementArgs;
use crate::diagnostic;
use crate::digest;
use crate::error::{UserError, reported};
use crate::export::{self, statement};
use crate::load::Catalog;
use crate::output;
use crate::report::{Report, Settings};
use crate::score;
use crate::text::count::plural;
use crate::text::shell;

pub fn run(catalog: &Catalog<'_>, args: &StatementArgs) -> Result<()> {
    let chosen = export::choose(
        &statement::FORMATS,
        "statement",
        None,
        args.output.as_deref(),
        None,
    )
    .map_err(UserError::from)?;
    let file = AnswersFile::open(&args.answers).map_err(reported)?;
    let q =
        answers::questionnaire(catalog, args.questionnaire.as_deref(), &file).map_err(reported)?;
    diagnostic::emit_warnings(&q.warnings);
    let q = &q.value;
    let digest = digest::digest(q);
    let loaded = file.check(q, &digest).map_err(reported)?;
    diagnostic::emit_warnings(&loaded.warnings);
    let a = score::assess(q, &loaded.value);
    let report = Report::with_digest(&a, digest, Settings::from_config(catalog.config()));
    let bytes = chosen.exporter.export(&report)?;
    output::write_bytes(args.output.as_deref(), &bytes)?;
    if let Some(path) = args.output.as_deref().filter(|p| *p != Path::new("-")) {
        let met = a
            .questions
            .iter()
            .filter(|x| x.status == score::Status::Met && x.question.is_scored())
            .count();
        eprintln!(
            "Wrote the statement to {}: {met} answer{} in place, from answers given on {}.",
            shell::path(path),
            plural(met, "", "s"),
            crate::text::terminal::clean_line(
                loaded
                    .value
                    .respondent
                    .date
                    .as_deref()
                    .unwrap_or("a date not said")
            )
        );
    }
    Ok(())
}
