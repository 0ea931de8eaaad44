//! The answers file of a session: held by one `assess` at a time ([`lock`]),
//! opened (carry on, start again with the old file kept, or quit), and saved
//! atomically after every answer.
//!
//! A save never loses anything: a file changed on disk since the last save is
//! noticed and the respondent chooses to load it (their new answers added to
//! it) or to keep the session's answers (the changed file kept as a backup);
//! a save that fails can be tried again or made to another file. "✔ Saved" is
//! shown by the walk only once [`Store::save`] has returned.

mod backup;
mod disk;
mod lock;
pub mod migrate;
mod open;

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::interrupt;
use super::prompt::Prompter;
use super::session::Session;
use crate::answers;
use crate::digest;
use crate::model::Questionnaire;
use crate::model::answers::QuestionnaireRef;
use crate::output;
use crate::text::shell;
use crate::yaml::Spanned;

pub use backup::{copy_to_backup, is_our_temp, next_backup};
pub use lock::{Lock, lock_path};
pub use migrate::{Stale, Why};
pub use open::Started;

/// The answers file of a session, locked for as long as the store lives.
pub struct Store {
    path: PathBuf,
    lock: Lock,
    /// The file as this session last wrote it; `None` before the first save.
    stamp: Option<disk::Stamp>,
    /// The questionnaire as it is now: what the file says once no answer is
    /// left to ask again.
    current: QuestionnaireRef,
    /// The questionnaire as typed on the command line, and the earlier files
    /// given with `--from`, for "carry on" hints.
    given: String,
    from: Vec<String>,
    /// The comments the file had above answers to ask again (see
    /// [`migrate::keep_old_comments`]).
    old_comments: Vec<(String, Option<String>)>,
    /// The answers set aside, as the file had them (see
    /// [`migrate::keep_old_answers`]).
    old_answers: Vec<(String, String)>,
}

impl Store {
    /// Takes the lock on `path` (or says who holds it) and removes temporary
    /// files that an earlier, killed save left beside it.
    pub fn open(path: &Path, q: &Questionnaire, given: &str) -> Result<Store> {
        let lock = Lock::take(path)?;
        backup::remove_stale_temps(path);
        let store = Store {
            path: path.to_owned(),
            lock,
            stamp: None,
            current: QuestionnaireRef {
                id: Spanned::new(q.id.value.clone()),
                version: Some(Spanned::new(q.version.value.clone())),
                digest: Some(Spanned::new(digest::digest(q))),
                fingerprints: Default::default(),
            },
            given: given.to_owned(),
            from: Vec::new(),
            old_comments: Vec::new(),
            old_answers: Vec::new(),
        };
        interrupt::set_message(store.carry_on());
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The digest of the questionnaire as it is now.
    fn digest(&self) -> &str {
        self.current.digest.as_ref().map_or("", |d| d.as_str())
    }

    /// Remembers the comments above answers to ask again, to keep them in
    /// the file until those are answered.
    pub fn keep_comments(&mut self, stale: &[Stale]) {
        self.old_comments = stale
            .iter()
            .filter(|s| !matches!(s.why, Why::NoLongerFits(_)))
            .map(|s| (s.id.clone(), s.comment.clone()))
            .collect();
        self.old_answers = stale
            .iter()
            .filter_map(|s| Some((s.id.clone(), s.lines.clone()?)))
            .collect();
    }

    /// Where the answers are and how to carry on.
    pub fn carry_on(&self) -> String {
        let file = shell::path(&self.path);
        let mut words = vec![
            "assure".to_owned(),
            "assess".to_owned(),
            shell::word(&self.given),
            "--answers".to_owned(),
            file.clone(),
            "--resume".to_owned(),
        ];
        if !self.from.is_empty() {
            words.push("--from".to_owned());
            words.extend(self.from.iter().cloned());
        }
        let width = crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w.max(20)) - 1);
        format!(
            "Your answers are saved in {file}.\nTo carry on later, run:\n{}",
            shell::command(&words, width, "  ")
        )
    }

    /// Remembers the earlier files given with `--from`, for the hint on how
    /// to carry on.
    pub fn carried_from(&mut self, files: &[std::path::PathBuf]) {
        self.from = files.iter().map(|f| shell::path(f)).collect();
        interrupt::set_message(self.carry_on());
    }

    /// Writes the session's answers, after checking that no one changed the
    /// file meanwhile; asks what to do if they did, or if the save fails.
    pub fn save(&mut self, session: &mut Session<'_>, p: &mut dyn Prompter) -> Result<()> {
        if let Some(stamp) = &self.stamp {
            match disk::Stamp::of(&self.path) {
                Some(now) if now == *stamp => {}
                Some(_) => disk::changed(self, session, p)?,
                None => p.say(&format!(
                    "{} was removed while you were answering. It is written again now, with every answer.",
                    shell::path(&self.path)
                ))?,
            }
        }
        if session.rechecks_left() == 0 {
            session.set_questionnaire(self.current.clone());
        }
        let mut text = answers::write(session.questionnaire(), &session.to_save());
        let pending: Vec<(&str, Option<&str>)> = self
            .old_comments
            .iter()
            .filter(|(id, _)| session.is_rechecked(id))
            .map(|(id, c)| (id.as_str(), c.as_deref()))
            .collect();
        if !pending.is_empty() {
            text = migrate::keep_old_comments(&text, &pending);
        }
        if session.rechecks_left() > 0 {
            // The file keeps its old version: keep what was set aside too.
            let set_aside: Vec<&str> = self
                .old_answers
                .iter()
                .filter(|(id, _)| session.is_rechecked(id))
                .map(|(_, lines)| lines.as_str())
                .collect();
            text = migrate::keep_old_answers(&text, &set_aside);
        }
        loop {
            let written = {
                let _held = interrupt::hold();
                output::write_atomic(&self.path, text.as_bytes())
            };
            match written {
                Ok(()) => break,
                Err(e) => disk::failed(self, p, e)?,
            }
        }
        self.lock.follow(&self.path);
        self.stamp = disk::Stamp::of(&self.path);
        session.mark_saved();
        Ok(())
    }

    /// Moves the session to another file (the lock comes along).
    fn move_to(&mut self, path: PathBuf) -> Result<()> {
        self.lock = Lock::take(&path)?;
        self.path = path;
        self.stamp = None;
        interrupt::set_message(self.carry_on());
        Ok(())
    }
}

#[cfg(test)]
mod tests;
