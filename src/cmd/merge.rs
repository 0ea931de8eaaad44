//! `assure merge ANSWERS REPLY... [-o FILE] [--prefer reply|ours] [-q Q]`: the
//! answers of replies (files filled in by someone else) into an answers file.
//!
//! A reply is untrusted input: it is read and checked like any answers file,
//! and must answer the same questionnaire, version and form as ANSWERS. Any
//! problem, or a conflict not settled with `--prefer`, means exit 2 and nothing
//! written. Without `-o`, ANSWERS is replaced atomically after a numbered backup.

use std::path::Path;

use anyhow::Result;

use crate::answers::{self, AnswersFile};
use crate::cli::{MergeArgs, Prefer as PreferArg};
use crate::date;
use crate::delegate::merge::{self, Prefer, Reply};
use crate::diagnostic::{self, Code, Diagnostic};
use crate::digest;
use crate::error::{UserError, reported};
use crate::export::{self, answers::YAML};
use crate::interactive::store::Lock;
use crate::load::Catalog;
use crate::model::Questionnaire;
use crate::model::answers::{Answers, QuestionnaireRef};
use crate::output;
use crate::text::shell;

/// The longest `by:` an answers file takes (see `answers::read`).
const MAX_BY: usize = 80;

/// A reply read: its answers, and who gave them.
struct Read {
    name: String,
    by: String,
    answers: Answers,
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
    let mismatch = |what: String, span, help: &str| {
        Diagnostic::error(Code::ReplyMismatch, what)
            .at(&file.src, span)
            .help(help)
    };
    let again = "ask again with `assure ask` on the answers file as it is now";
    if reply.id.as_str() != ours.id.as_str() {
        return vec![mismatch(
            format!(
                "this reply answers `{}`, but the answers file answers `{}`",
                reply.id.value, ours.id.value
            ),
            reply.id.span,
            "to reuse answers given to another questionnaire, use `assure prefill`",
        )];
    }
    if let (Some(a), Some(b)) = (&reply.version, &ours.version)
        && a.as_str() != b.as_str()
    {
        return vec![mismatch(
            format!(
                "this reply answers version {} of `{}`, but the answers file answers version {}",
                a.value, ours.id.value, b.value
            ),
            a.span,
            again,
        )];
    }
    let expected = ours.digest.as_ref().map_or(digest, |d| d.as_str());
    if let Some(a) = &reply.digest
        && a.as_str() != expected
    {
        return vec![mismatch(
            format!(
                "this reply answers another form of `{}` {} than the answers file (their digests differ)",
                ours.id.value,
                ours.version.as_ref().map_or("", |v| v.as_str())
            ),
            a.span,
            again,
        )];
    }
    Vec::new()
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
        Some(s) if s.chars().count() <= MAX_BY && !s.contains('\n') => Ok(s.to_owned()),
        _ => Err(vec![
            Diagnostic::error(
                Code::MissingKey,
                "this reply does not say who answered it, in one short line",
            )
            .file_name(&file.src.name)
            .help("set `respondent: { role: it-provider }` (or who answered) in the reply"),
        ]),
    }
}

fn read_reply(
    path: &Path,
    q: &Questionnaire,
    digest: &str,
    ours: &Answers,
) -> Result<Read, Vec<Diagnostic>> {
    let file = AnswersFile::open(path)?;
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
    let loaded = file.check(q, digest)?;
    // Answers to questions not asked are the merge's to judge.
    let warnings: Vec<Diagnostic> = loaded
        .warnings
        .into_iter()
        .filter(|d| d.code != Code::HiddenAnswer)
        .collect();
    diagnostic::emit_warnings(&warnings);
    let reply = loaded.value;
    Ok(Read {
        name: crate::answers::earlier::file_name(path),
        by: by(&file, &reply)?,
        answers: reply,
    })
}

fn read_replies(args: &MergeArgs, q: &Questionnaire, ours: &Answers) -> Result<Vec<Read>> {
    let digest = digest::digest(q);
    let mut read = Vec::new();
    let mut problems = Vec::new();
    for path in &args.replies {
        match read_reply(path, q, &digest, ours) {
            Ok(r) => read.push(r),
            Err(diags) => problems.extend(diags),
        }
    }
    if !problems.is_empty() {
        diagnostic::emit(&problems);
        eprintln!("nothing was merged: fix the replies above, or leave them out");
        return Err(UserError::Reported.into());
    }
    Ok(read)
}

fn write(args: &MergeArgs, text: &str) -> Result<()> {
    // Not while `assess` has the file open: it would write over the merge.
    let _lock = Lock::for_writing(args.output.as_deref().unwrap_or(&args.answers))?;
    match &args.output {
        Some(path) => output::write(Some(path), text),
        None => {
            let backup = output::keep_backup(&args.answers)?;
            output::write_atomic(&args.answers, text.as_bytes())?;
            eprintln!(
                "Updated {}; the old file is kept as {}.",
                shell::path(&args.answers),
                shell::path(&backup)
            );
            Ok(())
        }
    }
}

pub fn run(catalog: &Catalog<'_>, args: &MergeArgs) -> Result<()> {
    // A workbook cannot say who gave each answer: the merge is written as YAML.
    match &args.output {
        Some(out) => export::choose(&YAML, "merge", None, Some(out), None),
        None => export::choose_in_place(&YAML, "merge", &args.answers),
    }
    .map_err(UserError::from)?;
    let file = AnswersFile::open(&args.answers).map_err(reported)?;
    let q =
        answers::questionnaire(catalog, args.questionnaire.as_deref(), &file).map_err(reported)?;
    diagnostic::emit_warnings(&q.warnings);
    let q = &q.value;
    let ours = file.check(q, &digest::digest(q)).map_err(reported)?;
    diagnostic::emit_warnings(&ours.warnings);
    let ours = ours.value;
    let read = read_replies(args, q, &ours)?;
    let today = date::today();
    let replies: Vec<Reply<'_>> = read
        .iter()
        .map(|r| Reply {
            name: r.name.clone(),
            by: r.by.clone(),
            date: Some(
                crate::model::answers::answered_on(&r.answers)
                    .unwrap_or(&today)
                    .to_owned(),
            ),
            answers: &r.answers,
        })
        .collect();
    let prefer = args.prefer.map(|p| match p {
        PreferArg::Reply => Prefer::Reply,
        PreferArg::Ours => Prefer::Ours,
    });
    let m = merge::merge(q, &ours, &replies, prefer);
    let ours_name = crate::answers::earlier::file_name(&args.answers);
    let conflicts = export::merge::conflicts(q, &m, &replies, &ours_name, prefer);
    if m.unsettled(prefer) {
        eprint!(
            "error: {} answer(s) in the replies differ from answers already given; nothing was written:\n{conflicts}",
            m.conflicts.len()
        );
        eprintln!(
            "Settle them with --prefer reply (take the replies' answers) or --prefer ours (keep yours), or edit one of the files."
        );
        return Err(UserError::Reported.into());
    }
    eprint!("{}", export::merge::summary(q, &m, &replies));
    if !m.conflicts.is_empty() {
        eprint!("Differences, settled with --prefer:\n{conflicts}");
    }
    if m.applied.is_empty() && args.output.is_none() {
        eprintln!(
            "Nothing new to merge: {} is unchanged.",
            shell::path(&args.answers)
        );
        return Ok(());
    }
    write(args, &answers::write(q, &m.answers))
}
