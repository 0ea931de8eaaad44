//! `assure ask ANSWERS [--to RECIPIENT] [--format yaml|markdown|html] [-o FILE]
//! [-q Q]`: the questions of an assessment that someone else can answer, as a
//! file for them to fill in or a letter the owner can send.

use std::path::Path;

use anyhow::Result;

use crate::cli::AskArgs;
use crate::delegate::{self, request};
use crate::error::{Aside, Usage, UserError, refuse};
use crate::export;
use crate::export::letter::{self, Letter};
use crate::load::Catalog;
use crate::model::Questionnaire;
use crate::output;
use crate::score::{self, Assessment};
use crate::text::count::count;
use crate::text::shell;
use crate::text::suggest::did_you_mean;
use crate::text::terminal::clean_line;

/// `--to` as the questionnaire spells it, or why it names nobody.
fn recipient<'q>(q: &'q Questionnaire, to: &str) -> Result<&'q str> {
    let named = request::named(q.questions());
    if let Some(w) = named.iter().find(|w| request::is_for(w, to)) {
        return Ok(w);
    }
    let names = named
        .iter()
        .map(|w| clean_line(w))
        .collect::<Vec<_>>()
        .join(", ");
    Err(refuse(Usage::NoOneNamed {
        questionnaire: q.id.value.clone(),
        to: clean_line(to),
        hint: Aside(did_you_mean(to, named.iter().copied())),
        names,
    }))
}

/// Nothing to ask this person: say so, and who else has questions.
fn nothing(a: &Assessment<'_>, to: &str) {
    let name = clean_line(&delegate::who(to).name);
    match a.instead_of(to) {
        Some(instead) => eprintln!(
            "The answers say there is no {}, so there is no one to write to: the report lists what to look into with {}.",
            name.strip_prefix("your ").unwrap_or(&name),
            clean_line(instead)
        ),
        None => eprintln!("There is nothing to ask {name}: every question for them is answered."),
    }
    let others: Vec<String> = request::recipients(a)
        .iter()
        .map(|(w, n)| format!("{} ({n})", clean_line(w)))
        .collect();
    if !others.is_empty() {
        eprintln!("Questions are open for: {}", others.join(", "));
    }
}

pub fn run(catalog: &Catalog<'_>, args: &AskArgs) -> Result<()> {
    let (flag, out) = (args.format.as_deref(), args.output.as_deref());
    let format =
        export::choose(&letter::FORMATS, "ask", flag, out, None).map_err(UserError::from)?;
    let super::Answered { q, answers, .. } =
        super::answered(catalog, &args.answers, args.questionnaire.as_deref())?;
    let q = &q;
    let to = recipient(q, &args.to)?;
    let a = score::assess(q, &answers);
    let open = request::questions(&a, to);
    if open.is_empty() {
        nothing(&a, to);
        return Ok(());
    }
    let questions: Vec<_> = open.iter().map(|r| r.question).collect();
    let l = Letter {
        recipient: to,
        questionnaire: q,
        respondent: &answers.respondent,
        answered: &answers.questionnaire,
        questions,
    };
    let bytes = format.exporter.export(&l)?;
    output::check_readable(format.format, &bytes).map_err(UserError::from)?;
    output::write_bytes(out, &bytes)?;
    if let Some(path) = out.filter(|p| *p != Path::new("-")) {
        eprintln!(
            "Wrote {} for {} to {}.",
            count(l.questions.len(), "question", "questions"),
            clean_line(&delegate::who(to).name),
            shell::path(path)
        );
    }
    Ok(())
}
