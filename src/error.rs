//! How a run ends: the exit status for each kind of failure.

mod usage;

use std::process::ExitCode;

use crate::diagnostic::{self, Diagnostic};
use crate::output;
use crate::text::terminal;

pub use usage::{Aside, Usage};

/// A failure the user can fix: bad input or usage. Exit status 2.
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    /// The problems were already shown as diagnostics.
    #[error("invalid input")]
    Reported,
    /// A command used in a way it cannot run.
    #[error(transparent)]
    Usage(#[from] Usage),
    /// A file named for a format the command does not write.
    #[error(transparent)]
    Format(#[from] crate::export::FormatError),
    #[error(transparent)]
    BinaryOnTerminal(#[from] crate::output::BinaryOnTerminal),
    #[error(transparent)]
    TooLarge(#[from] crate::output::TooLarge),
    /// Problems shown as diagnostics, because of which nothing was written.
    #[error("nothing was {done}: fix the {what} above, or leave them out")]
    NothingDone {
        done: &'static str,
        what: &'static str,
    },
    /// Some files of a run could not be done; their problems were shown.
    #[error(
        "{failed} of {total} answers files could not be reported; the problems are listed above"
    )]
    SomeNotReported { failed: usize, total: usize },
    /// Files `validate` found invalid; their problems were shown.
    #[error("{invalid} of {files} invalid; the problems are listed above")]
    Invalid { invalid: usize, files: String },
    /// A `--columns` value that does not say which column holds what.
    #[error("--columns: {0}")]
    Columns(#[from] crate::exchange::import::columns::ColumnsError),
    /// An `answer --confirm` or `--reject` that cannot be applied.
    #[error(transparent)]
    Unsettled(#[from] crate::exchange::answer::settle::Unsettled),
    /// Reports with nowhere to go.
    #[error(transparent)]
    Place(#[from] crate::batch::place::PlaceError),
}

/// Prints diagnostics and turns them into the "invalid input" failure (exit 2).
/// Notes are left out: next to an error they only hide it (`validate` shows them).
pub fn reported(diags: Vec<Diagnostic>) -> anyhow::Error {
    diagnostic::emit_warnings(&diags);
    UserError::Reported.into()
}

/// A usage error: the message is printed with `error:` and the exit status is 2.
pub fn refuse(usage: Usage) -> anyhow::Error {
    UserError::Usage(usage).into()
}

/// A normal outcome that is not complete: `answer` left some questions for a
/// person. Exit status 1, nothing more printed.
#[derive(Debug, thiserror::Error)]
#[error("some questions are left")]
pub struct Unfinished;

/// The exit status for an error, printing it unless it was printed already.
pub fn exit_status(err: &anyhow::Error) -> ExitCode {
    if err.downcast_ref::<Unfinished>().is_some() {
        return ExitCode::from(1);
    }
    if let Some(user) = err.downcast_ref::<UserError>() {
        if !matches!(user, UserError::Reported) {
            show(&user.to_string());
        }
        return ExitCode::from(2);
    }
    if is_broken_pipe(err) {
        // The reader went away (`assure show x | head`): not a failure.
        return ExitCode::SUCCESS;
    }
    show(&format!("{err:#}"));
    ExitCode::from(1)
}

/// Prints an error that does not end the run (one file of a batch): the one
/// way an `error:` line is written, its text made safe for a terminal.
pub fn show(message: &str) {
    eprintln!("error: {}", terminal::clean(message));
}

/// Whether the error is a reader that went away (`assure show x | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<crate::output::WriteError>()
            .is_some_and(crate::output::WriteError::is_broken_pipe)
            || c.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// How a run ends when clap stops it: a usage error (exit 2), or the help or
/// the version, which go to stdout and so fail like any other output when it is
/// closed or full.
pub fn from_clap(e: &clap::Error) -> std::process::ExitCode {
    if e.use_stderr() {
        let _ = e.print();
        return std::process::ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    }
    let printed = output::ensure_stdout_open().and_then(|()| {
        e.print()
            .and_then(|()| std::io::Write::flush(&mut std::io::stdout()))
            .map_err(output::WriteError::Stdout)
    });
    match printed {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => exit_status(&err.into()),
    }
}
