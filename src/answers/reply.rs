//! A reply (an answers file filled in by someone else, such as the file `ask`
//! writes), read for [`crate::delegate::merge`]: it is untrusted input, checked like any
//! answers file, and must answer the same questionnaire, version and form
//! (digest) as the answers file it is merged into `[reply-mismatch]`, and say
//! who answered it (for `by:`).

use std::path::Path;

use super::AnswersFile;
use crate::delegate::merge::Reply;
use crate::diagnostic::kinds::Answering as Problem;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::Questionnaire;
use crate::model::answers::{Answers, Differs, QuestionnaireRef, fits_by};

/// A reply read: its answers, and who gave them.
pub struct Read {
    /// The reply's file name, for `from:`.
    pub name: String,
    /// Who gave its answers, for `by:`.
    pub by: String,
    pub answers: Answers,
}

/// The reply must answer what ANSWERS answers: the same id, version and digest
/// (`digest`: the one ANSWERS records, else the questionnaire's now, as `ask`
/// writes it).
fn same_form(
    file: &AnswersFile,
    ours: &QuestionnaireRef,
    digest: &str,
    reply: &QuestionnaireRef,
) -> Vec<Diagnostic> {
    let mismatch =
        |what: Problem, span, help: &str| Diagnostic::error(what).at(&file.src, span).help(help);
    let again = "ask again with `assure ask` on the answers file as it is now";
    let version = ours.version.as_ref().map(|v| v.as_str());
    let expected = ours.digest.as_ref().map_or(digest, |d| d.as_str());
    let one = match reply.differs_from(Some(&ours.id), version, Some(expected)) {
        None => return Vec::new(),
        Some(Differs::Id(id)) => mismatch(
            Problem::ReplyAnswersOther {
                reply: id.value.clone(),
                ours: ours.id.value.clone(),
            },
            id.span,
            "to reuse answers given to another questionnaire, use `assure prefill`",
        ),
        Some(Differs::Version(v)) => mismatch(
            Problem::ReplyOtherVersion {
                reply: v.value.clone(),
                questionnaire: ours.id.value.clone(),
                ours: version.unwrap_or_default().to_owned(),
            },
            v.span,
            again,
        ),
        Some(Differs::Digest(d)) => mismatch(
            Problem::ReplyOtherForm {
                questionnaire: ours.id.value.clone(),
                version: version.unwrap_or_default().to_owned(),
            },
            d.span,
            again,
        ),
    };
    vec![one]
}

impl Read {
    /// The reply as the merge takes it, dated by its `respondent.date`, else
    /// `today`.
    pub fn reply(&self, today: &str) -> Reply<'_> {
        let date = crate::model::answers::answered_on(&self.answers).unwrap_or(today);
        Reply {
            name: self.name.clone(),
            by: self.by.clone(),
            date: Some(date.to_owned()),
            answers: &self.answers,
        }
    }
}

/// Reads every reply: each read, with its warnings, or every problem of every
/// reply that could not be read (nothing is merged then).
pub fn read_all(
    paths: &[std::path::PathBuf],
    q: &Questionnaire,
    ours: &Answers,
) -> Result<(Vec<Read>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let digest = crate::digest::digest(q);
    let (mut read, mut warnings, mut problems) = (Vec::new(), Vec::new(), Vec::new());
    for path in paths {
        match self::read(path, q, &digest, ours) {
            Ok((r, w)) => {
                read.push(r);
                warnings.extend(w);
            }
            Err(diags) => problems.extend(diags),
        }
    }
    if problems.is_empty() {
        Ok((read, warnings))
    } else {
        Err(problems)
    }
}

/// An answer a reply gives that is no answer: besides the answers it takes,
/// say how to add a few words.
fn with_note_hint(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    const HINT: &str = "to add a few words, write them after the answer and a dash (`yes - on both laptops`), or under it as `note:`";
    for d in diags.iter_mut().filter(|d| d.code == Code::InvalidAnswer) {
        d.help = Some(match d.help.take() {
            Some(h) => format!("{h}; {HINT}"),
            None => HINT.to_owned(),
        });
    }
    diags
}

/// Who answered: the reply's role, else its organisation or name.
fn by(file: &AnswersFile, answers: &Answers) -> Result<String, Vec<Diagnostic>> {
    let r = &answers.respondent;
    let found = [&r.role, &r.organisation, &r.name]
        .into_iter()
        .flatten()
        .map(|s| s.trim())
        .find(|s| !s.is_empty());
    match found {
        Some(s) if fits_by(s) => Ok(s.to_owned()),
        _ => Err(vec![
            Diagnostic::error(Problem::ReplyWithoutWho)
                .file_name(&file.src.name)
                .help("set `respondent: { role: it-provider }` (or who answered) in the reply"),
        ]),
    }
}

/// Reads and checks the reply at `path` against `q` (whose digest is
/// `digest`) and the answers it is merged into; its warnings are returned,
/// but answers to questions not asked, which the merge judges.
pub fn read(
    path: &Path,
    q: &Questionnaire,
    digest: &str,
    ours: &Answers,
) -> Result<(Read, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut file = AnswersFile::open(path)?;
    // "Yes - on both laptops", a choice by its label: as people write them.
    file.node = super::written::as_written(&file.node, q);
    // Another questionnaire, version or form: say so before any answer is
    // checked against a questionnaire it does not answer.
    let named = QuestionnaireRef {
        id: file.questionnaire.clone(),
        ..QuestionnaireRef::default()
    };
    let mismatch = match &named {
        r if r.id.as_str() != ours.questionnaire.id.as_str() => {
            same_form(&file, &ours.questionnaire, digest, r)
        }
        _ => match file.check_earlier(q, digest) {
            Ok((loaded, _)) => same_form(
                &file,
                &ours.questionnaire,
                digest,
                &loaded.value.questionnaire,
            ),
            Err(_) => Vec::new(),
        },
    };
    if !mismatch.is_empty() {
        return Err(mismatch);
    }
    let loaded = file.check(q, digest).map_err(with_note_hint)?;
    // Answers to questions not asked are the merge's to judge.
    let warnings: Vec<Diagnostic> = loaded
        .warnings
        .into_iter()
        .filter(|d| d.code != Code::HiddenAnswer)
        .collect();
    let reply = loaded.value;
    let read = Read {
        name: crate::answers::earlier::file_name(path),
        by: by(&file, &reply)?,
        answers: reply,
    };
    Ok((read, warnings))
}
