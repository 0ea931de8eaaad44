//! The end of a `report` run: the diagnostics of each file, the summary table
//! on stderr (a line for one file), the index of a batch, and the exit status.
//!
//! Errors are always shown. Warnings are shown for one file; for several,
//! counted by code (`--verbose` shows each); `--quiet` leaves out the table
//! and the warnings (their number is still said).

use std::path::Path;

use anyhow::Result;

use crate::batch::{Outcome, SomeUnwritten};
use crate::cli::ReportArgs;
use crate::diagnostic::tally::{Show, Tally};
use crate::diagnostic::{self, Diagnostic};
use crate::error::UserError;
use crate::export::index;
use crate::export::index::row::{self as summary, Row};
use crate::output;

/// Writes `index.md`, `index.html` and `index.csv` into `folder`.
fn write_index(folder: &Path, rows: &[Row]) -> Result<()> {
    for (name, format) in index::FILES.iter().zip(&index::FORMATS) {
        let bytes = format.exporter.export(rows)?;
        output::write_atomic_unsynced(&folder.join(name), &bytes)?;
    }
    Ok(())
}

pub fn finish(
    args: &ReportArgs,
    questionnaire_warnings: Vec<Diagnostic>,
    outcomes: Vec<Outcome>,
    index: Option<&Path>,
) -> Result<()> {
    let mut warnings = Tally::new(match () {
        _ if args.quiet => Show::Count,
        _ if args.verbose || args.answers.len() == 1 => Show::Each,
        _ => Show::ByCode,
    });
    warnings.add(&questionnaire_warnings);
    let (mut rows, mut failed, mut unwritten) = (Vec::new(), 0, 0);
    for outcome in outcomes {
        match outcome {
            Outcome::Written { row, warnings: w } => {
                warnings.add(&w);
                rows.push(row);
            }
            Outcome::Failed { row, diags } => {
                diagnostic::emit(&diags);
                failed += 1;
                rows.push(row);
            }
            // The reader went away (`assure report … | head`): stop quietly.
            Outcome::Unwritten { error, .. } if error.is_broken_pipe() => {
                return Err(error.into());
            }
            Outcome::Unwritten { row, error } => {
                crate::error::show(&error.to_string());
                unwritten += 1;
                rows.push(row);
            }
        }
    }
    match rows.as_slice() {
        _ if args.quiet => {}
        [] => {}
        [one] if args.answers.len() == 1 => {
            if let Some(line) = one.written_line() {
                eprintln!("{line}");
            }
        }
        rows => eprintln!("{}", summary::table(rows)),
    }
    if let Some(text) = warnings.summary() {
        eprintln!("{text}");
    }
    if warnings.hidden > 0 {
        eprintln!(
            "{} not shown (--quiet); run without --quiet to see them",
            crate::text::count::count(warnings.hidden, "warning", "warnings")
        );
    }
    if let Some(folder) = index {
        write_index(folder, &rows)?;
    }
    let total = args.answers.len();
    if unwritten > 0 {
        return Err(SomeUnwritten { unwritten, total }.into());
    }
    if failed > 0 && total > 1 {
        return Err(UserError::SomeNotReported { failed, total }.into());
    }
    if failed > 0 {
        return Err(UserError::Reported.into());
    }
    Ok(())
}
