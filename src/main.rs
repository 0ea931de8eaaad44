//! The `assure` binary: parse the command line, run, map the outcome to an exit
//! status.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = assure::cli::Cli::parse();
    match assure::cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => assure::error::exit_status(&err),
    }
}
