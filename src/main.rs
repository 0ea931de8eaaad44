//! `assure`: questionnaire files → interactive answers → scored report.
//!
//! The pipeline, one module a stage: `source` reads a file with limits, `load`
//! turns it into a checked `model::Questionnaire` (with `validate`), `resolve`
//! applies a profile, and each `cmd` runs one subcommand on top of them.

mod answers;
mod catalog;
mod cli;
mod cmd;
mod condition;
mod config;
mod diagnostic;
mod digest;
mod error;
mod escape;
mod library;
mod load;
mod model;
mod output;
mod report;
mod resolve;
mod score;
mod source;
mod suggest;
mod table;
#[cfg(test)]
mod testing;
mod validate;
mod words;
mod yaml;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => error::exit_status(&err),
    }
}
