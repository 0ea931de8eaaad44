//! The menu's ways to send something out: a report of an answers file, and
//! the questions someone else can answer (`assure ask`).

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::answer::line;
use super::{Answered, Args, Ui, args, path_arg, pick_file, pick_output};
use crate::answers::AnswersFile;
use crate::batch::place;
use crate::delegate::{self, request};
use crate::digest;
use crate::load::Catalog;
use crate::score;
use crate::text::slug::slugify;
use crate::text::terminal::clean_line;

/// The kinds of report offered: the line shown, `--format` (when the
/// extension does not say it) and the end of the file's name, as `assess`
/// names its reports (`acme-report.html` for `acme-answers.yaml`).
const REPORTS: [(&str, Option<&str>, &str); 4] = [
    (
        "The full report, as a web page to read or print",
        None,
        "report.html",
    ),
    (
        "One page for the owner: what to fix first (web page)",
        Some("summary"),
        "summary.html",
    ),
    ("The full report as Markdown", None, "report.md"),
    (
        "A workbook to track the work in (Excel, LibreOffice)",
        None,
        "report.xlsx",
    ),
];

/// `name` beside `answers`.
fn beside(answers: &Path, name: &str) -> PathBuf {
    match answers.parent() {
        Some(p) if !p.as_os_str().is_empty() && p != Path::new(".") => p.join(name),
        _ => PathBuf::from(name),
    }
}

/// An answers file of the folder (or typed); `None`: Esc.
fn answers_file(ui: &Ui, here: &[Answered], dir: &Path) -> Result<Option<PathBuf>> {
    let label = |a: &Answered| line(a, dir);
    pick_file(ui, "Which answers file?", here, label, |a| a.path.clone())
}

/// A report of an answers file, in the form picked, written to a file.
pub fn report(ui: &Ui, here: &[Answered], dir: &Path) -> Result<Option<Args>> {
    let Some(answers) = answers_file(ui, here, dir)? else {
        return Ok(None);
    };
    let kinds: Vec<String> = REPORTS.iter().map(|(l, ..)| (*l).to_owned()).collect();
    let Some(k) = ui.select("Which report?", &kinds, 0)? else {
        return Ok(None);
    };
    let Some((_, format, ending)) = REPORTS.get(k) else {
        return Ok(None);
    };
    let stem = place::stem(&answers);
    let default = beside(&answers, &format!("{stem}-{ending}"));
    let Some(out) = pick_output(ui, "Write it to", &default)? else {
        return Ok(None);
    };
    let mut cmd = args(["report"]);
    cmd.push(path_arg(&answers));
    cmd.extend(["-o".into(), path_arg(&out)]);
    if let Some(f) = format {
        cmd.extend(args(["--format", f]));
    }
    Ok(Some(cmd))
}

/// Who can answer the open questions of `path`, each with the line shown;
/// `None` when the file cannot be read (the command will say why).
fn recipients(catalog: &Catalog<'_>, path: &Path) -> Option<Vec<(String, String)>> {
    let file = AnswersFile::open(path).ok()?;
    let q = catalog.open_id(&file.questionnaire).ok()?.value;
    let answers = file.check(&q, &digest::digest(&q)).ok()?.value;
    let a = score::assess(&q, &answers);
    let found = request::recipients(&a)
        .into_iter()
        .map(|(who, n)| {
            let name = clean_line(&delegate::who(who).name);
            let mut chars = name.chars();
            let name: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            let questions = if n == 1 { "question" } else { "questions" };
            (who.to_owned(), format!("{name} ({n} {questions})"))
        })
        .collect();
    Some(found)
}

/// The questions someone else can answer: a letter, or a file to fill in.
pub fn ask(ui: &Ui, catalog: &Catalog<'_>, here: &[Answered], dir: &Path) -> Result<Option<Args>> {
    let Some(answers) = answers_file(ui, here, dir)? else {
        return Ok(None);
    };
    let found = recipients(catalog, &answers).unwrap_or_default();
    if found.is_empty() {
        // No one to write to, or a file that cannot be read: the command
        // itself says why.
        let mut cmd = args(["ask"]);
        cmd.push(path_arg(&answers));
        return Ok(Some(cmd));
    }
    let shown: Vec<String> = found.iter().map(|(_, l)| l.clone()).collect();
    let Some(i) = ui.select("Who can answer them?", &shown, 0)? else {
        return Ok(None);
    };
    let Some((who, _)) = found.into_iter().nth(i) else {
        return Ok(None);
    };
    let ways = [
        "A letter to send them, with the questions (web page)".to_owned(),
        "A file for them to fill in (YAML), to bring back with `assure merge`".to_owned(),
    ];
    let Some(way) = ui.select("What should I write?", &ways, 0)? else {
        return Ok(None);
    };
    let (stem, slug) = (place::stem(&answers), slugify(&who));
    let name = match way {
        0 => format!("{stem}-letter-to-{slug}.html"),
        _ => format!("{stem}-for-{slug}.yaml"),
    };
    let Some(out) = pick_output(ui, "Write it to", &beside(&answers, &name))? else {
        return Ok(None);
    };
    let mut cmd = args(["ask"]);
    cmd.push(path_arg(&answers));
    cmd.extend(args(["--to", &who, "-o"]));
    cmd.push(path_arg(&out));
    Ok(Some(cmd))
}
