//! The menu's ways to answer: a questionnaire (found by typing part of its
//! name), the answers file left unfinished, a customer's spreadsheet.

use std::path::Path;

use anyhow::Result;

use super::{Answered, Args, Ui, args, path_arg, pick_file};
use crate::interactive::session::Session;
use crate::load::Catalog;
use crate::model::answers::Answers;
use crate::text::terminal::clean_line;

/// The questionnaires the catalog can open, each as `(id, line shown)`.
pub fn choices(catalog: &Catalog<'_>) -> Vec<(String, String)> {
    catalog
        .known()
        .iter()
        .filter_map(|k| {
            let q = catalog.load(&k.source).ok()?.value;
            // The counts the walk starts with.
            let (asked, all) = Session::new(&q, Answers::default()).counts();
            let more = match all - asked {
                0 => String::new(),
                n => format!(", up to {n} more"),
            };
            let title = clean_line(&q.title.value);
            let id = clean_line(&k.id);
            Some((
                k.id.clone(),
                format!("{id} · {title} ({asked} questions{more})"),
            ))
        })
        .collect()
}

/// A questionnaire, picked with a fuzzy search: the walk.
pub fn questionnaire(ui: &Ui, catalog: &Catalog<'_>) -> Result<Option<Args>> {
    let known = choices(catalog);
    let shown: Vec<String> = known.iter().map(|(_, line)| line.clone()).collect();
    let prompt = "Which questionnaire? Type part of its name";
    let Some(i) = ui.fuzzy(prompt, &shown)? else {
        return Ok(None);
    };
    Ok(known.get(i).map(|(id, _)| args(["assess", id])))
}

/// When a file was last saved, as the menu shows it.
pub fn saved(a: &Answered) -> String {
    let when = a
        .modified
        .and_then(|m| jiff::Timestamp::try_from(m).ok())
        .map(|t| t.to_zoned(jiff::tz::TimeZone::system()));
    match when {
        Some(z) => format!(" · saved {}", z.strftime("%Y-%m-%d %H:%M")),
        None => String::new(),
    }
}

/// An answers file as a line of the menu: what tells files apart first, the
/// questionnaire's title last (the part cut on a narrow terminal).
pub fn line(a: &Answered, dir: &Path) -> String {
    format!(
        "{} · {} of {} answered{} · {}",
        super::found::shown(&a.path, dir),
        a.answered,
        a.asked,
        saved(a),
        clean_line(&a.title),
    )
}

/// An unfinished answers file of this folder, carried on with `--resume`.
pub fn carry_on(ui: &Ui, here: &[Answered], dir: &Path) -> Result<Option<Args>> {
    let unfinished: Vec<&Answered> = here.iter().filter(|a| a.unfinished()).collect();
    if unfinished.is_empty() {
        ui.say(
            "Nothing to carry on here: no answers file in this folder has questions left.\n\
             Answer a questionnaire, or run assure from the folder your answers are in.\n",
            false,
        )?;
        return Ok(None);
    }
    let items: Vec<String> = unfinished.iter().map(|a| line(a, dir)).collect();
    let Some(i) = ui.select("Which answers file?", &items, 0)? else {
        return Ok(None);
    };
    let Some(a) = unfinished.get(i) else {
        return Ok(None);
    };
    let mut out = args(["assess", &a.questionnaire, "--answers"]);
    out.push(path_arg(&a.path));
    out.push("--resume".into());
    Ok(Some(out))
}

/// A customer's spreadsheet, answered from the answers files picked.
pub fn spreadsheet(ui: &Ui, here: &[Answered], dir: &Path) -> Result<Option<Args>> {
    let sheets = super::spreadsheets(dir);
    let shown = |p: &std::path::PathBuf| super::found::shown(p, dir);
    let prompt = "The customer's spreadsheet (.xlsx or .csv)";
    let Some(sheet) = pick_file(ui, prompt, &sheets, shown, Clone::clone)? else {
        return Ok(None);
    };
    let mut out = args(["answer"]);
    out.push(path_arg(&sheet));
    out.push("--from".into());
    if here.is_empty() {
        let typed = ui.input("Your answers file (its name or path)", "", true)?;
        out.push(typed.into());
        return Ok(Some(out));
    }
    let items: Vec<String> = here.iter().map(|a| line(a, dir)).collect();
    let prompt = "Answer it from which answers files? (Space ticks, Enter goes on)";
    let Some(picked) = ui.ticks(prompt, &items)? else {
        return Ok(None);
    };
    if picked.is_empty() {
        ui.say(
            "No answers file was ticked: there is nothing to answer from.\n",
            false,
        )?;
        return Ok(None);
    }
    out.extend(
        picked
            .iter()
            .filter_map(|&i| here.get(i))
            .map(|a| path_arg(&a.path)),
    );
    Ok(Some(out))
}
