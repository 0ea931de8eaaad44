//! Errors in how a command was used, each worded once: a kind holds what was
//! found (a file's name, a flag's value), never a sentence, as the
//! diagnostics' kinds do. They end the run with `error:` and exit status 2.

use std::fmt;

/// A command used in a way it cannot run. Files are named as shell words.
#[derive(Debug, thiserror::Error)]
pub enum Usage {
    /// `assess` without a terminal to ask in; `questionnaire` as a shell word.
    #[error(
        "`assure assess` asks its questions in a terminal, and there is none here.\n\
         Without a terminal, fill in an answers file instead:\n  \
         {template:w$}   a blank answers file: fill it in with any text editor\n  \
         {report:w$}   the report, once it is filled in",
        template = template_command(.questionnaire),
        report = REPORT_COMMAND,
        w = template_command(.questionnaire).chars().count().max(REPORT_COMMAND.len()),
    )]
    NoTerminal { questionnaire: String },
    /// `assess --resume` with no answers file; `file` as a shell word.
    #[error(
        "there are no saved answers in {file} to carry on from\n  \
         leave out --resume to start afresh, or give the file with --answers FILE"
    )]
    NothingToResume { file: String },
    /// The answers file is held by another `assess`; `who` holds it.
    #[error(
        "{file} is open in another `assure assess`{who}\n  \
         finish or quit that one first; two at once would undo each other's answers"
    )]
    InUse { file: String, who: Aside },
    /// `ask --to` someone no question names.
    #[error("no question of `{questionnaire}` is for `{to}`{hint}; it names: {names}")]
    NoOneNamed {
        questionnaire: String,
        to: String,
        hint: Aside,
        names: String,
    },
    /// `schema -q` with a schema that is not the answers file's.
    #[error("`-q` goes with `assure schema answers` only")]
    QuestionnaireForAnswersOnly,
    /// `import --id` that is not an id; `help` says what an id is.
    #[error("--id `{id}` is not an id: {help}")]
    NotAnId { id: String, help: String },
    /// `answer`'s copy named as the customer's own file.
    #[error(
        "the answered copy would replace the customer's file {file}; give another name with -o"
    )]
    CopyReplacesOriginal { file: String },
    /// `answer -o` in another format than the customer's file (`extension`);
    /// `instead` is a name that would do.
    #[error(
        "the answered copy is written in the customer's format (.{extension}); name it {instead} or similar"
    )]
    CopyInAnotherFormat {
        extension: &'static str,
        instead: String,
    },
    /// One of `answer`'s files could not be written: the person can change
    /// that (the folder, its permissions).
    #[error(
        "could not write {file}: {error}. The customer's file is untouched; write the copy into a folder you can write to with `-o FOLDER/NAME`"
    )]
    AnswerNotWritten {
        file: String,
        error: crate::output::WriteError,
    },
    /// `answer`'s links file could not be written.
    #[error(transparent)]
    LinksNotWritten(crate::output::WriteError),
    /// The command the start menu made, refused by clap (as clap says it).
    #[error(transparent)]
    NotParsed(clap::Error),
    /// The customer's file could not be patched; `file` as its name is shown.
    #[error("{file}: {error}")]
    NotPatched {
        file: String,
        error: crate::exchange::patch::PatchError,
    },
}

/// What makes a blank answers file of `questionnaire` (a shell word).
fn template_command(questionnaire: &str) -> String {
    format!("assure template {questionnaire} -o answers.yaml")
}

/// What reports on that file once it is filled in.
const REPORT_COMMAND: &str = "assure report answers.yaml";

/// A remark in brackets after what it is about (` (did you mean …?)`), or
/// nothing.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Aside(pub Option<String>);

impl fmt::Display for Aside {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.as_deref() {
            Some(s) if !s.is_empty() => write!(f, " ({s})"),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests;
