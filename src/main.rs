//! The `assure` binary: parse the command line, run, map the outcome to an exit
//! status.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match assure::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return assure::error::from_clap(&e),
    };
    if cli.command.is_none() && !assure::interactive::menu::available() {
        return assure::error::from_clap(&assure::cli::missing_command());
    }
    if let Err(err) = assure::output::stop::install() {
        return assure::error::exit_status(&err);
    }
    match assure::cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => assure::error::exit_status(&err),
    }
}
