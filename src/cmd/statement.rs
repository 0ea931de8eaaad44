//! `assure statement ANSWERS [-o FILE.md|FILE.html] [-q Q]`: a security
//! statement to send a customer, from an answers file.

use std::path::Path;

use anyhow::Result;

use crate::cli::StatementArgs;
use crate::error::UserError;
use crate::export::{self, statement};
use crate::load::Catalog;
use crate::output;
use crate::report::{Report, Settings};
use crate::score;
use crate::text::count::count;
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
    let super::Answered { q, digest, answers } =
        super::answered(catalog, &args.answers, args.questionnaire.as_deref())?;
    let q = &q;
    let a = score::assess(q, &answers);
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
            "Wrote the statement to {}: {} in place, from answers given on {}.",
            shell::path(path),
            count(met, "answer", "answers"),
            crate::text::terminal::clean_line(
                answers
                    .respondent
                    .date
                    .as_deref()
                    .unwrap_or("a date not said")
            )
        );
    }
    Ok(())
}
