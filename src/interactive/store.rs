//! The answers file of a session: how to start when it may already exist
//! (carry on, start again with the old file kept, or quit), and saving it
//! atomically, with Ctrl-C held off until the file is whole.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::interrupt;
use super::prompt::Prompter;
use super::session::Session;
use crate::answers;
use crate::diagnostic;
use crate::error::{reported, usage};
use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::output;
use crate::text::shell;

/// Decides how to start when the answers file may already exist: the answers to
/// carry on from (empty when starting afresh), or `None` to quit. With `resume`,
/// the file must exist and load.
pub fn start(
    resume: bool,
    path: &Path,
    q: &Questionnaire,
    p: &mut dyn Prompter,
) -> Result<Option<Answers>> {
    let shown = shell::path(path);
    if !path.exists() {
        if resume {
            return Err(usage(format!(
                "there are no saved answers in {shown} to carry on from\n  leave out --resume to start afresh, or give the file with --answers FILE"
            )));
        }
        return Ok(Some(Answers::default()));
    }
    let loaded = answers::load(path, q);
    if resume {
        let loaded = loaded.map_err(reported)?;
        diagnostic::emit(&loaded.warnings);
        return Ok(Some(loaded.value));
    }
    let backup = backup_path(path);
    let mut items = Vec::new();
    match &loaded {
        Ok(l) => {
            diagnostic::emit(&l.warnings);
            let n = l
                .value
                .answers
                .values()
                .filter(|a| a.value.is_answered())
                .count();
            let answers = if n == 1 { "answer" } else { "answers" };
            p.say(&format!("\n{shown} already holds {n} saved {answers}."))?;
            items.push("Carry on from where I stopped".to_owned());
        }
        Err(diags) => {
            diagnostic::emit(diags);
            p.say(&format!(
                "\n{shown} already exists, but it cannot be used as it is (see above)."
            ))?;
        }
    }
    items.push(format!(
        "Start again (the old file is kept as {})",
        shell::path(&backup)
    ));
    items.push("Quit and change nothing".to_owned());
    let picked = p.select("What would you like to do?", &items, 0)?;
    match (picked, loaded) {
        (0, Ok(l)) => Ok(Some(l.value)),
        (i, _) if i + 1 == items.len() => Ok(None),
        _ => {
            std::fs::rename(path, &backup).with_context(|| {
                format!(
                    "could not rename {} to {}",
                    path.display(),
                    backup.display()
                )
            })?;
            Ok(Some(Answers::default()))
        }
    }
}

fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Writes the answers file atomically; an interrupt waits until it is done.
pub fn save(path: &Path, session: &Session<'_>) -> Result<()> {
    let text = answers::write(session.questionnaire(), &session.to_save());
    let _held = interrupt::hold();
    output::write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests;
