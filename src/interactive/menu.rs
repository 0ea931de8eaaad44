//! The start menu: `assure` with no command, in a terminal, asks what to do
//! and what with, then hands back the command line of the real command, which
//! runs with its own prompts (the walk for `assess`). The command is shown
//! before it runs, so the menu teaches the commands it stands for.
//!
//! Without a terminal on stdin, stdout and stderr there is no menu
//! ([`available`]): `assure` prints its help as it always did.
//!
//! Built on dialoguer ([`ui`]); the walk keeps its own widgets on crossterm
//! (docs/design.md says why).

mod answer;
mod found;
mod send;
mod ui;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::load::Catalog;
use crate::text::shell;

pub use found::{Answered, answers_files, spreadsheets};
pub use ui::Ui;

/// Whether there is someone to ask: stdin, stdout and stderr are terminals.
pub fn available() -> bool {
    std::io::stdin().is_terminal()
        && std::io::stdout().is_terminal()
        && std::io::stderr().is_terminal()
}

/// The arguments of a command, after `assure`.
pub type Args = Vec<OsString>;

/// What the start menu offers, in order.
const ENTRIES: [&str; 6] = [
    "Answer a questionnaire",
    "Carry on where I stopped",
    "Answer a customer's spreadsheet",
    "See a report of my answers",
    "Ask someone else what I could not answer",
    "Quit",
];

/// Asks what to do until a command is chosen (`Some`, its arguments) or the
/// menu is left (`None`: Esc, `q` or Quit).
pub fn run(catalog: &Catalog<'_>) -> Result<Option<Args>> {
    crate::interactive::interrupt::install()?;
    let ui = Ui::new();
    let dir = PathBuf::from(".");
    ui.say(
        "\nassure: security questionnaires, answered in plain words",
        true,
    )?;
    ui.hint("↑ ↓ move · Enter chooses · Esc goes back · Ctrl-C stops\n")?;
    loop {
        let here = found::answers_files(catalog, &dir);
        let unfinished = here.iter().filter(|a| a.unfinished()).count();
        let items = entries(unfinished);
        let default = usize::from(unfinished > 0);
        let mark = ui.mark();
        let Some(picked) = ui.select("What would you like to do?", &items, default)? else {
            return Ok(None);
        };
        let chosen = match picked {
            0 => answer::questionnaire(&ui, catalog)?,
            1 => answer::carry_on(&ui, &here, &dir)?,
            2 => answer::spreadsheet(&ui, &here, &dir)?,
            3 => send::report(&ui, &here, &dir)?,
            4 => send::ask(&ui, catalog, &here, &dir)?,
            _ => return Ok(None),
        };
        match chosen {
            Some(args) => {
                ui.hint(&format!("\nRunning: {}\n", command_line(&args)))?;
                return Ok(Some(args));
            }
            // Left with Esc: back to the menu as it was.
            None => ui.back_to(mark)?,
        }
    }
}

/// The menu's lines, the carry-on line saying how many files there are.
fn entries(unfinished: usize) -> Vec<String> {
    let mut items: Vec<String> = ENTRIES.iter().map(|s| (*s).to_owned()).collect();
    items[1] = match unfinished {
        0 => format!("{} (nothing unfinished here)", ENTRIES[1]),
        1 => format!("{} (1 file here)", ENTRIES[1]),
        n => format!("{} ({n} files here)", ENTRIES[1]),
    };
    items
}

/// The command line, as it could be typed.
pub fn command_line(args: &Args) -> String {
    let mut words = vec!["assure".to_owned()];
    words.extend(args.iter().map(|a| shell::word(&a.to_string_lossy())));
    words.join(" ")
}

/// `words` as arguments.
fn args<const N: usize>(words: [&str; N]) -> Args {
    words.iter().map(OsString::from).collect()
}

/// A path as an argument, kept as the system gave it (not lossy); one that
/// starts with `-` gets `./` first, so that it is not read as an option.
fn path_arg(path: &Path) -> OsString {
    let short = path.strip_prefix(".").unwrap_or(path);
    if short.as_os_str().as_encoded_bytes().starts_with(b"-") {
        return Path::new(".").join(short).into_os_string();
    }
    short.as_os_str().to_owned()
}

/// Picks a file from `candidates` (shown by `label`), or lets one be typed
/// ("Another file…", the only way when there are none). `None`: Esc.
fn pick_file<T>(
    ui: &Ui,
    prompt: &str,
    candidates: &[T],
    label: impl Fn(&T) -> String,
    path: impl Fn(&T) -> PathBuf,
) -> Result<Option<PathBuf>> {
    if candidates.is_empty() {
        let typed = ui.input(&format!("{prompt} (its name or path)"), "", true)?;
        return Ok(Some(PathBuf::from(typed)));
    }
    let mut items: Vec<String> = candidates.iter().map(&label).collect();
    items.push("Another file…".into());
    let Some(i) = ui.select(prompt, &items, 0)? else {
        return Ok(None);
    };
    match candidates.get(i) {
        Some(c) => Ok(Some(path(c))),
        None => {
            let typed = ui.input("Its name or path", "", true)?;
            Ok(Some(PathBuf::from(typed)))
        }
    }
}

/// Where a file the command writes goes: `default` or what is typed; a file
/// that exists is replaced only once confirmed. `None`: not confirmed.
fn pick_output(ui: &Ui, prompt: &str, default: &Path) -> Result<Option<PathBuf>> {
    let typed = ui.input(prompt, &default.display().to_string(), false)?;
    let path = PathBuf::from(typed);
    if std::fs::symlink_metadata(&path).is_ok() {
        let shown = shell::path(&path);
        if ui.confirm(&format!("{shown} exists. Replace it?"), false)? != Some(true) {
            return Ok(None);
        }
    }
    Ok(Some(path))
}

#[cfg(test)]
mod tests;
