//! `assure assess Q [--answers FILE] [--resume] [-o REPORT]`: the interactive
//! questionnaire.
//!
//! The edge of the walk: the terminal, the answers file and Ctrl-C. The walk
//! itself is [`crate::interactive::screens`] over a [`Session`], tested without
//! a terminal; the answers file is a [`Store`]: locked for the session, written
//! atomically after every answer and note, so whatever stops the program, the
//! file on disk parses and holds every answer shown as saved.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::batch::place;
use crate::cli::AssessArgs;
use crate::diagnostic;
use crate::error::{Usage, UserError, refuse, reported};
use crate::export::report::{self as formats, Chosen};
use crate::format::Format;
use crate::interactive::interrupt;
use crate::interactive::prompt::{Prompter, Terminal};
use crate::interactive::screens::{self, Outcome};
use crate::interactive::session::Session;
use crate::interactive::store::{Started, Store, copy_to_backup};
use crate::load::Catalog;
use crate::model::answers::Respondent;
use crate::output;
use crate::report::{Report, Settings};
use crate::score;
use crate::text::shell;

/// Refuses at once when there is no one to ask: a prompt would fail or hang.
fn refuse_without_terminal(args: &AssessArgs) -> Result<()> {
    if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        return Ok(());
    }
    Err(refuse(Usage::NoTerminal {
        questionnaire: shell::word(&args.questionnaire),
    }))
}

/// Turns an interrupted prompt into the Ctrl-C exit; passes other results on.
fn or_stop<T>(result: Result<T>) -> Result<T> {
    match result {
        Err(e) if interrupt::is_interrupt(&e) => interrupt::stop(),
        other => other,
    }
}

pub fn run(catalog: &Catalog<'_>, args: &AssessArgs) -> Result<()> {
    refuse_without_terminal(args)?;
    let loaded = catalog.open(&args.questionnaire).map_err(reported)?;
    diagnostic::emit_warnings(&loaded.warnings);
    let q = &loaded.value;
    let path = args
        .answers
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}-answers.yaml", q.id.value)));
    // Where the reports go is settled before the first question.
    let places = destination(catalog, args, &path)?;
    interrupt::install()?;
    let mut store = Store::open(&path, q, &args.questionnaire)?;
    let mut p = Terminal::new();
    let Some(started) = or_stop(store.start(args.resume, q, &mut p))? else {
        return Ok(());
    };
    let mut session = begin(&mut store, q, started, &mut p)?;
    session.set_max_age_days(catalog.config().reuse.max_age_days);
    let carried = carry(catalog, args, &mut store, &mut session)?;
    or_stop(store.save(&mut session, &mut p))?;
    let full = std::path::absolute(store.path()).unwrap_or_else(|_| path.clone());
    or_stop(screens::intro(&mut p, &session, &shell::path(&full)).map_err(Into::into))?;
    let mut defaults = Respondent {
        organisation: catalog.config().organisation.clone(),
        ..Respondent::default()
    };
    if let Some(c) = &carried {
        or_stop(
            screens::carried(&mut p, &session, c.taken, c.not_carried, &c.files)
                .map_err(Into::into),
        )?;
        // The earlier answers name the business and who answered better
        // than a default.
        defaults = from::respondent(c, defaults);
    }
    or_stop(screens::who(&mut p, &mut session, &defaults).map_err(Into::into))?;
    or_stop(store.save(&mut session, &mut p))?;
    let outcome = or_stop(screens::run(&mut session, &mut p, &mut |s, p| {
        store.save(s, p)
    }))?;
    match outcome {
        Outcome::Quit => {
            eprintln!("\n{}", store.carry_on());
            Ok(())
        }
        Outcome::Report => {
            // Carried answers not looked at count as given, as the review said.
            session.accept_carried();
            or_stop(store.save(&mut session, &mut p))?;
            write_report(catalog, places, store.path(), &session, &mut p)
        }
    }
}

/// Carries answers from the files given with `--from`, if any.
fn carry(
    catalog: &Catalog<'_>,
    args: &AssessArgs,
    store: &mut Store,
    session: &mut Session<'_>,
) -> Result<Option<from::Carried>> {
    if args.from.is_empty() {
        return Ok(None);
    }
    let q = session.questionnaire();
    let carried = from::carry_in(catalog, q, &args.from, session)?;
    store.carried_from(&args.from);
    Ok(Some(carried))
}

/// The session, with the answers to ask again marked and shown. Before the
/// first save changes anything, a file with such answers is kept as it was.
fn begin<'q>(
    store: &mut Store,
    q: &'q crate::model::Questionnaire,
    started: Started,
    p: &mut dyn Prompter,
) -> Result<Session<'q>> {
    let mut session = Session::new(q, started.answers);
    if started.stale.is_empty() {
        if started.own_comments {
            // The walk writes the file anew: keep it as it was first.
            let kept = copy_to_backup(store.path())?;
            or_stop(screens::own_comments(p, store.path(), &kept).map_err(Into::into))?;
        }
        if started.other_version {
            or_stop(
                screens::unchanged_questions(p, &session, started.old_version.as_deref())
                    .map_err(Into::into),
            )?;
        }
        return Ok(session);
    }
    let kept = copy_to_backup(store.path())?;
    let ids: Vec<String> = started.stale.iter().map(|s| s.id.clone()).collect();
    or_stop(
        screens::changed_questions(
            p,
            &session,
            &started.stale,
            started.old_version.as_deref(),
            &shell::path(&kept),
        )
        .map_err(Into::into),
    )?;
    session.recheck(ids);
    session.mark_unchecked(
        started
            .stale
            .iter()
            .filter(|s| s.why == crate::interactive::store::Why::Unchecked)
            .map(|s| s.id.clone()),
    );
    store.keep_comments(&started.stale);
    Ok(session)
}

/// Where the reports go, settled before the first question.
fn destination(
    catalog: &Catalog<'_>,
    args: &AssessArgs,
    answers: &Path,
) -> Result<Vec<(Chosen, Option<PathBuf>)>> {
    let config = catalog.config();
    let config_format = config
        .report_format(&formats::names())
        .map_err(|d| reported(vec![d]))?;
    let folder = match &config.report.output_dir {
        Some(dir) => config.dir.join(dir),
        None => answers.parent().unwrap_or(Path::new("")).to_owned(),
    };
    let out = args.output.as_deref();
    Ok(place::after_assess(out, config_format, &folder, answers).map_err(UserError::from)?)
}

fn write_report(
    catalog: &Catalog<'_>,
    places: Vec<(Chosen, Option<PathBuf>)>,
    answers: &Path,
    session: &Session<'_>,
    p: &mut dyn Prompter,
) -> Result<()> {
    let assessment = score::assess(session.questionnaire(), session.answers());
    let q = session.questionnaire();
    let settings = Settings::from_config(catalog.config());
    let r = Report::with_digest(&assessment, crate::digest::digest(q), settings);
    or_stop(screens::closing(p, &assessment).map_err(Into::into))?;
    let (mut html, mut others) = (None, Vec::new());
    let mut dir = answers.parent().unwrap_or(Path::new("")).to_owned();
    for (format, dest) in places {
        let bytes = format.exporter.export(&r)?;
        let Some(path) = dest else {
            return Ok(output::write_bytes(None, &bytes)?);
        };
        output::write_atomic_unsynced(&path, &bytes)?;
        dir = path.parent().unwrap_or(Path::new("")).to_owned();
        let full = shell::path(&std::path::absolute(&path).unwrap_or(path));
        match format.format {
            Format::Html => html = Some(full),
            _ => others.push(full),
        }
    }
    let saved = session.answers();
    let stem = place::stem(answers);
    let asks = or_stop(letters::offer(p, &assessment, saved, &dir, &stem, answers))?;
    let answers = shell::path(&std::path::absolute(answers).unwrap_or_else(|_| answers.to_owned()));
    or_stop(screens::report_ready(p, html.as_deref(), &others, &asks, &answers).map_err(Into::into))
}

mod from;
mod letters;

#[cfg(test)]
mod tests;
