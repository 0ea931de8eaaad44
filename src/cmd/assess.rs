//! `assure assess Q [--answers FILE] [--resume] [-o REPORT]`: the interactive
//! questionnaire.
//!
//! This file is the edge: terminals, files and Ctrl-C. The walk itself is
//! [`crate::interactive::screens`] over a [`Session`], tested without a terminal. The answers
//! file is written atomically after every answer (and on back, skip and quit),
//! so whatever stops the program, the file on disk parses and holds every
//! answer given.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::answers;
use crate::cli::AssessArgs;
use crate::config::ReportFormat;
use crate::diagnostic::{self};
use crate::digest;
use crate::error::UserError;
use crate::interactive::interrupt;
use crate::interactive::prompt::{Prompter, Terminal};
use crate::interactive::screens::{self as walk, Outcome};
use crate::interactive::session::Session;
use crate::load::catalog::Catalog;
use crate::model::Questionnaire;
use crate::model::answers::{Answers, QuestionnaireRef};
use crate::output;
use crate::render::report::{self, Report};
use crate::score;
use crate::text::plain;
use crate::yaml::Spanned;

/// Refuses at once when there is no one to ask: a prompt would fail or hang.
fn refuse_without_terminal(args: &AssessArgs) -> Result<()> {
    if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        return Ok(());
    }
    let template = format!(
        "assure template {} -o answers.yaml",
        shell_word(&args.questionnaire)
    );
    let report = "assure report answers.yaml";
    let w = template.chars().count().max(report.len());
    Err(UserError::Usage(format!(
        "`assure assess` asks its questions in a terminal, and there is none here.\n\
         Without a terminal, fill in an answers file instead:\n  \
         {template:w$}   a blank answers file: fill it in with any text editor\n  \
         {report:w$}   the report, once it is filled in"
    ))
    .into())
}

/// A word as a shell needs it: plain when safe, else in single quotes.
fn shell_word(s: &str) -> String {
    let safe = !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '-' | '_' | '.' | '/' | ':' | '@' | '+' | '=' | ',')
        });
    let word = if safe {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    };
    plain::line(&word, usize::MAX)
}

fn usage(message: String) -> anyhow::Error {
    UserError::Usage(message).into()
}

/// Decides how to start when the answers file may already exist: the answers to
/// carry on from (empty when starting afresh), or `None` to quit.
fn start(
    args: &AssessArgs,
    path: &Path,
    q: &Questionnaire,
    p: &mut dyn Prompter,
) -> Result<Option<Answers>> {
    let shown = shell_word(&path.display().to_string());
    if !path.exists() {
        if args.resume {
            return Err(usage(format!(
                "there are no saved answers in {shown} to carry on from\n  leave out --resume to start afresh, or give the file with --answers FILE"
            )));
        }
        return Ok(Some(Answers::default()));
    }
    let loaded = answers::load(path, q);
    if args.resume {
        let loaded = loaded.map_err(super::reported)?;
        diagnostic::emit(&loaded.warnings);
        return Ok(Some(loaded.value));
    }
    let backup = backup_path(path);
    let backup_shown = shell_word(&backup.display().to_string());
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
        "Start again (the old file is kept as {backup_shown})"
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
fn save(path: &Path, session: &Session<'_>) -> Result<()> {
    let text = answers::write(session.questionnaire(), &session.to_save());
    let _held = interrupt::hold();
    output::write_atomic(path, text.as_bytes())
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
    let loaded = catalog.open(&args.questionnaire).map_err(super::reported)?;
    diagnostic::emit_warnings(&loaded.warnings);
    let q = &loaded.value;
    let path = args
        .answers
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}-answers.yaml", q.id.value)));
    let carry_on = format!(
        "Your answers are saved in {}.\nTo carry on later, run:\n  assure assess {} --answers {} --resume",
        shell_word(&path.display().to_string()),
        shell_word(&args.questionnaire),
        shell_word(&path.display().to_string()),
    );
    interrupt::install()?;
    let mut p = Terminal::new();

    let Some(mut answers) = or_stop(start(args, &path, q, &mut p))? else {
        return Ok(());
    };
    answers.questionnaire = QuestionnaireRef {
        id: Spanned::new(q.id.value.clone()),
        version: Some(Spanned::new(q.version.value.clone())),
        digest: Some(Spanned::new(digest::digest(q))),
    };
    let mut session = Session::new(q, answers);
    save(&path, &session)?;
    interrupt::set_message(carry_on.clone());

    let full = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
    or_stop(
        walk::intro(&mut p, &session, &shell_word(&full.display().to_string())).map_err(Into::into),
    )?;
    let today = crate::date::today();
    if session.answers().respondent.is_empty() {
        let r = or_stop(
            walk::respondent(&mut p, catalog.config().organisation.as_deref(), today)
                .map_err(Into::into),
        )?;
        *session.respondent_mut() = r;
    } else {
        session.respondent_mut().date = Some(today);
    }
    save(&path, &session)?;

    let outcome = or_stop(walk::run(&mut session, &mut p, &mut |s| save(&path, s)))?;
    match outcome {
        Outcome::Quit => {
            eprintln!("\n{carry_on}");
            Ok(())
        }
        Outcome::Report => write_report(catalog, args, &path, &session),
    }
}

/// The report's format and where it goes (`None`: stdout). The format follows
/// `-o`'s extension, else the config, else Markdown. Without `-o`, the report
/// is named after the answers file, less a trailing `-answers`
/// (`sme-baseline-answers.yaml` → `sme-baseline-report.md`), and goes in the
/// configured output folder or else next to the answers file.
fn destination(
    catalog: &Catalog<'_>,
    args: &AssessArgs,
    answers: &Path,
) -> (ReportFormat, Option<PathBuf>) {
    let config = catalog.config();
    let format = args
        .output
        .as_deref()
        .filter(|p| !p.is_dir())
        .and_then(ReportFormat::from_path)
        .or(config.report.format)
        .unwrap_or(ReportFormat::Markdown);
    let stem = answers
        .file_stem()
        .map_or_else(|| "answers".into(), |s| s.to_string_lossy().into_owned());
    let stem = stem.strip_suffix("-answers").unwrap_or(&stem);
    let name = format!("{stem}-report.{}", format.extension());
    let dest = match &args.output {
        Some(p) if p == Path::new("-") => None,
        Some(p) if p.is_dir() => Some(p.join(name)),
        Some(p) => Some(p.clone()),
        None => Some(match &config.report.output_dir {
            Some(dir) => config.dir.join(dir).join(name),
            None => answers.parent().unwrap_or(Path::new("")).join(name),
        }),
    };
    (format, dest)
}

fn write_report(
    catalog: &Catalog<'_>,
    args: &AssessArgs,
    answers: &Path,
    session: &Session<'_>,
) -> Result<()> {
    let (format, dest) = destination(catalog, args, answers);
    let saved = session.to_save();
    let assessment = score::assess(session.questionnaire(), &saved);
    let prepared_by = catalog.config().report.prepared_by.as_deref();
    let text = report::render(format, &Report::new(&assessment, prepared_by));
    match dest {
        None => output::write(None, &text)?,
        Some(path) => {
            output::write_atomic(&path, text.as_bytes())?;
            eprintln!(
                "\nYour report is ready: {}\nYour answers are in {}.",
                shell_word(&path.display().to_string()),
                shell_word(&answers.display().to_string())
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn shell_words_are_quoted_only_when_needed() {
        assert_eq!(shell_word("sme-baseline"), "sme-baseline");
        assert_eq!(shell_word("dir/a b.yaml"), "'dir/a b.yaml'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word("a\u{1b}[2Jb"), "'a\u{fffd}[2Jb'");
    }

    fn dest(
        output: Option<&str>,
        config: Config,
        answers: &str,
    ) -> (ReportFormat, Option<PathBuf>) {
        let catalog = Catalog::new(&config);
        let args = AssessArgs {
            questionnaire: "sme-baseline".into(),
            answers: None,
            resume: false,
            output: output.map(PathBuf::from),
        };
        destination(&catalog, &args, Path::new(answers))
    }

    #[test]
    fn the_report_goes_where_and_in_the_format_asked() {
        let md = ReportFormat::Markdown;
        assert_eq!(
            dest(None, Config::default(), "sme-baseline-answers.yaml"),
            (md, Some(PathBuf::from("sme-baseline-report.md")))
        );
        assert_eq!(
            dest(None, Config::default(), "clients/acme.yaml"),
            (md, Some(PathBuf::from("clients/acme-report.md")))
        );
        assert_eq!(
            dest(Some("out/r.html"), Config::default(), "a.yaml"),
            (ReportFormat::Html, Some(PathBuf::from("out/r.html")))
        );
        assert_eq!(dest(Some("-"), Config::default(), "a.yaml"), (md, None));
        let mut config = Config::default();
        config.report.format = Some(ReportFormat::Json);
        config.report.output_dir = Some("reports".into());
        config.dir = PathBuf::from("conf");
        assert_eq!(
            dest(None, config, "a.yaml"),
            (
                ReportFormat::Json,
                Some(PathBuf::from("conf/reports/a-report.json"))
            )
        );
    }

    #[test]
    fn the_backup_sits_next_to_the_file() {
        assert_eq!(
            backup_path(Path::new("x/a.yaml")),
            Path::new("x/a.yaml.bak")
        );
    }
}
