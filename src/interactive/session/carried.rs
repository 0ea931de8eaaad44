//! Answers carried from earlier answers files (`assess --from`): in the
//! session from the start, so that they count for which questions are asked,
//! but each shown once for the respondent to confirm (Enter) or change. The
//! walk asks the questions without an answer first, then the carried ones.
//! A carried answer is written to the file once confirmed (it keeps its
//! `from:`) or changed (it loses it); one not confirmed yet stays out of the
//! file, so that `--from` offers it again after a stop, unless the respondent
//! writes the report with it.

use std::borrow::Cow;

use super::Session;
use crate::digest;
use crate::model::answers::{Answer, Answers, CarriedFrom};

/// An earlier answer that was not carried (an "I don't know", or one that no
/// longer fits), kept for its note: shown when the question is asked again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LastNote {
    /// When it was given, if the earlier file says.
    pub date: Option<String>,
    /// The answer then, in words.
    pub said: String,
    pub note: String,
}

impl Session<'_> {
    /// Keeps the note of an earlier answer to `id` that was not carried, to
    /// show when the question is asked; the first one given for a question
    /// stays (pass them newest first).
    pub fn last_note(&mut self, id: &str, date: Option<String>, said: String, note: String) {
        if self.index_of(id).is_none() || self.unconfirmed.contains(id) {
            return;
        }
        self.last_notes
            .entry(id.to_owned())
            .or_insert(LastNote { date, said, note });
    }

    /// The note of the earlier answer to `id`, while the question has no
    /// note of its own.
    pub fn last_note_of(&self, id: &str) -> Option<&LastNote> {
        let has_own = self.answers.get(id).is_some_and(|a| a.note.is_some());
        (!has_own).then(|| self.last_notes.get(id)).flatten()
    }

    /// Takes in a carried answer for `id`, unless the question is answered
    /// already; returns whether it was taken.
    pub fn carry_in(&mut self, id: &str, answer: Answer) -> bool {
        if self.index_of(id).is_none() || self.answers.value(id).is_answered() {
            return false;
        }
        self.answers.answers.insert(id.to_owned(), answer);
        self.unconfirmed.insert(id.to_owned());
        self.recompute();
        self.cursor = self.first_unanswered();
        true
    }

    /// Whether the answer to `id` is carried and not confirmed yet.
    pub fn is_unconfirmed(&self, id: &str) -> bool {
        self.unconfirmed.contains(id)
    }

    /// Where the answer to `id` came from, while it waits to be confirmed.
    pub fn last_time(&self, id: &str) -> Option<&CarriedFrom> {
        self.is_unconfirmed(id)
            .then(|| self.answers.get(id).and_then(|a| a.from.as_ref()))
            .flatten()
    }

    /// Carried answers to questions asked now, not confirmed yet.
    pub fn unconfirmed_left(&self) -> usize {
        self.unconfirmed
            .iter()
            .filter(|id| self.index_of(id).is_some_and(|i| self.visible[i]))
            .count()
    }

    /// The first asked question whose carried answer waits to be confirmed.
    pub(super) fn first_unconfirmed(&self) -> Option<usize> {
        (0..self.questions.len()).find(|&i| {
            self.visible[i] && self.unconfirmed.contains(self.questions[i].1.id.as_str())
        })
    }

    /// The respondent confirms the carried answer to `id` as it is: it keeps
    /// its `from:`, and is now given to the question as it is now.
    pub fn confirm(&mut self, id: &str) {
        if !self.unconfirmed.remove(id) {
            return;
        }
        if let Some(i) = self.index_of(id) {
            let fingerprint = digest::fingerprint(self.questions[i].1);
            self.answers
                .questionnaire
                .fingerprints
                .insert(id.to_owned(), fingerprint);
        }
        self.changed.insert(id.to_owned());
    }

    /// Every carried answer left is taken as it is (the respondent writes the
    /// report with them).
    pub fn accept_carried(&mut self) {
        let ids: Vec<String> = self.unconfirmed.iter().cloned().collect();
        for id in ids {
            self.confirm(&id);
        }
    }

    /// What the answers file holds: every answer but the carried ones not
    /// confirmed yet.
    pub fn to_save(&self) -> Cow<'_, Answers> {
        if self.unconfirmed.is_empty() {
            return Cow::Borrowed(&self.answers);
        }
        let mut saved = self.answers.clone();
        saved
            .answers
            .retain(|id, _| !self.unconfirmed.contains(id.as_str()));
        Cow::Owned(saved)
    }

    /// Flags carried answers older than `days` days.
    pub fn set_max_age_days(&mut self, days: u32) {
        self.max_age_days = days;
    }

    /// Whether a carried answer dated `date` is old enough to deserve a
    /// fresh look.
    pub fn is_old(&self, date: &str) -> bool {
        crate::date::age_in_days(date).is_some_and(|d| d > i64::from(self.max_age_days))
    }
}
