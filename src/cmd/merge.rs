//! `assure merge ANSWERS REPLY... [-o FILE] [--prefer reply|ours] [-q Q]`: the
//! answers of replies (files filled in by someone else) into an answers file.
//!
//! A reply is untrusted input: it is read and checked like any answers file,
//! and must answer the same questionnaire, version and form as ANSWERS. Any
//! problem, or a conflict not settled with `--prefer`, means exit 2 and nothing
//! written. Without `-o`, ANSWERS is replaced atomically after a numbered backup.

use anyhow::Result;

use crate::answers;
use crate::answers::reply;
use crate::cli::{MergeArgs, Prefer as PreferArg};
use crate::date;
use crate::delegate::merge::{self, Prefer, Reply};
use crate::diagnostic::kinds::Answering;
use crate::diagnostic::{self, Diagnostic};
use crate::error::{UserError, reported};
use crate::export::{self, answers::YAML};
use crate::interactive::store::Lock;
use crate::load::Catalog;
use crate::output;
use crate::text::count::{count, plural};
use crate::text::shell;

fn write(args: &MergeArgs, text: &str) -> Result<()> {
    output::check_readable(crate::format::Format::Yaml, text.as_bytes())
        .map_err(UserError::from)?;
    // Not while `assess` has the file open: it would write over the merge.
    let _lock = Lock::for_writing(args.output.as_deref().unwrap_or(&args.answers))?;
    match &args.output {
        Some(path) => Ok(output::write(Some(path), text)?),
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
    let super::Answered {
        q, answers: ours, ..
    } = super::answered(catalog, &args.answers, args.questionnaire.as_deref())?;
    let q = &q;
    let read = match reply::read_all(&args.replies, q, &ours) {
        Ok((read, warnings)) => {
            diagnostic::emit_warnings(&warnings);
            read
        }
        Err(problems) => {
            diagnostic::emit(&problems);
            let (done, what) = ("merged", "replies");
            return Err(UserError::NothingDone { done, what }.into());
        }
    };
    let today = date::today();
    let replies: Vec<Reply<'_>> = read.iter().map(|r| r.reply(&today)).collect();
    let prefer = args.prefer.map(|p| match p {
        PreferArg::Reply => Prefer::Reply,
        PreferArg::Ours => Prefer::Ours,
    });
    let m = merge::merge(q, &ours, &replies, prefer);
    let ours_name = crate::answers::earlier::file_name(&args.answers);
    let conflicts = export::merge::conflicts(q, &m, &replies, &ours_name, prefer);
    if m.unsettled(prefer) {
        let n = m.conflicts.len();
        let mut d = Diagnostic::error(Answering::Conflicts {
            answers: count(n, "answer", "answers"),
            differ: plural(n, "differs", "differ"),
        })
        .help("settle them with --prefer reply (take the replies' answers) or --prefer ours (keep yours), or edit one of the files");
        d.notes = conflicts.lines().map(|l| l.trim().to_owned()).collect();
        return Err(reported(vec![d]));
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
    let text = answers::kept::with_set_aside(&answers::write(q, &m.answers), &ours, &m.answers);
    write(args, &text)?;
    out_of_date(catalog, args);
    Ok(())
}

/// Says which reports the merge left out of date, and how to make them again.
fn out_of_date(catalog: &Catalog<'_>, args: &MergeArgs) {
    let config = catalog.config();
    let answers = args.output.as_deref().unwrap_or(&args.answers);
    let folder = config
        .report
        .output_dir
        .as_ref()
        .map(|d| config.dir.join(d));
    let made: Vec<std::path::PathBuf> =
        crate::batch::place::default_reports(folder.as_deref(), answers)
            .into_iter()
            .filter(|p| p.exists())
            .collect();
    eprint!("{}", export::merge::next_report(answers, &made));
}
