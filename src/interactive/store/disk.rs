//! What is on disk: whether the answers file is still the one this session
//! wrote, what to do when it is not, and what to do when a save fails.

use crate::output::WriteError;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::Result;

use super::Store;
use super::backup::copy_to_backup;
use crate::answers;
use crate::diagnostic::{self, Code};
use crate::interactive::prompt::{Entry, Menu, Picked, Prompter};
use crate::interactive::session::Session;
use crate::model::answers::Answers;
use crate::text::shell;

/// What a file looked like: enough to tell that it was replaced or edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    /// Which file it is, so that a file put in its place is noticed even with
    /// the same size and time.
    identity: Option<(u64, u64)>,
}

impl Stamp {
    pub fn of(path: &Path) -> Option<Stamp> {
        let m = std::fs::metadata(path).ok()?;
        Some(Stamp {
            len: m.len(),
            modified: m.modified().ok(),
            identity: crate::platform::identity_of(path),
        })
    }
}

fn menu(prompt: &str, items: Vec<Entry>) -> Menu {
    Menu {
        prompt: prompt.into(),
        items,
        default: 0,
        keys: Vec::new(),
    }
}

/// The file changed on disk since this session saved it: load it again (the
/// answers changed since the last save are added to it), or keep this
/// session's answers (the changed file is kept as a backup). Nothing is lost
/// either way.
pub fn changed(store: &Store, session: &mut Session<'_>, p: &mut dyn Prompter) -> Result<()> {
    let file = shell::path(&store.path);
    let backup = shell::path(&super::next_backup(&store.path));
    p.say(&format!(
        "\n{file} was changed outside this session since it was last saved here (by hand, or by another program)."
    ))?;
    let m = menu(
        "What would you like to do?",
        vec![
            Entry::keyed('l', "Load it again, and add the answers you gave since"),
            Entry::keyed(
                'k',
                format!("Keep this session's answers (the changed file is kept as {backup})"),
            ),
        ],
    );
    if p.choose(&m)? == Picked::Item(0) {
        match answers::load(&store.path, session.questionnaire()) {
            Ok(loaded) => {
                let shown: Vec<_> = loaded
                    .warnings
                    .into_iter()
                    .filter(|d| d.code != Code::HiddenAnswer)
                    .collect();
                diagnostic::emit(&shown);
                let merged = merge(loaded.value, session);
                session.replace_answers(merged);
                p.say("Loaded. Your answers since the last save are added to it.")?;
                return Ok(());
            }
            Err(diags) => {
                diagnostic::emit(&diags);
                p.say(&format!("{file} cannot be loaded as it is (see above)."))?;
            }
        }
    }
    let kept = copy_to_backup(&store.path)?;
    p.say(&format!(
        "The changed file is kept as {}. Your answers are saved in {file}.",
        shell::path(&kept)
    ))?;
    Ok(())
}

/// The file's answers, with this session's unsaved changes on top.
fn merge(mut disk: Answers, session: &Session<'_>) -> Answers {
    let (ids, respondent) = session.unsaved();
    let ours = session.answers();
    for id in ids {
        match ours.get(id) {
            Some(a) => {
                disk.answers.insert(id.clone(), a.clone());
            }
            None => {
                disk.answers.shift_remove(id);
            }
        }
    }
    if respondent {
        disk.respondent = ours.respondent.clone();
    }
    disk.questionnaire = ours.questionnaire.clone();
    disk
}

/// A save failed: say why, then try again, save to another file, or stop
/// (the error is returned: exit status 1).
pub fn failed(store: &mut Store, p: &mut dyn Prompter, error: WriteError) -> Result<()> {
    p.say(&format!(
        "\nYour answers could not be saved: {}",
        crate::text::terminal::clean_line(&error.to_string())
    ))?;
    let m = menu(
        "What would you like to do?",
        vec![
            Entry::keyed('t', "Try again (free some space or fix the folder first)"),
            Entry::keyed('o', "Save them in another file"),
            Entry::keyed(
                'q',
                "Stop here: the answers given since the last save are lost",
            ),
        ],
    );
    match p.choose(&m)? {
        Picked::Item(0) => Ok(()),
        Picked::Item(1) => {
            let check = |s: &str| {
                if s.trim().is_empty() {
                    Err(crate::interactive::prompt::Refused::NoFileName)
                } else {
                    Ok(())
                }
            };
            let Some(name) = p.input("File to save in", "", &check)? else {
                return Ok(());
            };
            if let Err(e) = store.move_to(PathBuf::from(name.trim())) {
                p.say(&crate::text::terminal::clean_line(&format!("{e:#}")))?;
            }
            Ok(())
        }
        _ => Err(error.into()),
    }
}
