//! Choosing what to write, in one place for every command: `--format` names
//! a [`Choice`], the `-o` file's extension says a [`Format`], and the two must
//! agree. A file is never given a format its name does not say: `-o
//! report.pdf` and `--format json -o report.md` are refused (exit 2) with the
//! formats that can be written.

use std::fmt::Write as _;
use std::path::Path;

use super::Choice;
use crate::format::{Format, Named};

/// Why a command will not write the file it was asked for.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// The file's extension is not one of the formats the command writes.
    #[error(
        "cannot write `{file}`: `assure {command}` does not write .{extension} files; name the file {offered}"
    )]
    NotOffered {
        command: &'static str,
        file: String,
        extension: String,
        offered: String,
    },
    /// `--format` says one format and the file's name another.
    #[error(
        "cannot write `{file}` as {name}: its name says {named}; leave out --format, or name the file {offered}"
    )]
    Contradicts {
        file: String,
        name: String,
        named: Format,
        offered: String,
    },
    /// The file to be replaced is named for a format the command does not
    /// write (`merge answers.xlsx reply.yaml`, which would put YAML there).
    #[error(
        "cannot replace `{file}`: `assure {command}` writes {offered} only; give `-o NEW{extension}` to write the result there (`{file}` stays as it is)"
    )]
    InPlace {
        command: &'static str,
        file: String,
        extension: String,
        offered: String,
    },
    /// A name no choice has (from the config; `--format` is checked by clap).
    #[error("`assure {command}` has no format `{name}`; it writes {offered}")]
    UnknownName {
        command: &'static str,
        name: String,
        offered: String,
    },
}

/// `.md (Markdown), .html (HTML) or .json (JSON)`: the extensions of `choices`.
fn extensions<E: ?Sized>(choices: &[&Choice<E>]) -> String {
    let mut formats: Vec<Format> = Vec::new();
    for c in choices {
        if !formats.contains(&c.format) {
            formats.push(c.format);
        }
    }
    let mut out = String::new();
    for (i, f) in formats.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == formats.len() { " or " } else { ", " });
        }
        let _ = write!(out, ".{} ({f})", f.extension());
    }
    out
}

/// The choice for `--format` (`flag`), the `-o` file (`file`; `None` or `-`
/// for standard output) and a default name from the config (`fallback`), in
/// that order; else the first choice. `command` names the command in errors.
pub fn choose<'c, E: ?Sized>(
    choices: &'c [Choice<E>],
    command: &'static str,
    flag: Option<&str>,
    file: Option<&Path>,
    fallback: Option<&str>,
) -> Result<&'c Choice<E>, FormatError> {
    let all: Vec<&Choice<E>> = choices.iter().collect();
    let unknown = |name: &str| FormatError::UnknownName {
        command,
        name: name.to_owned(),
        offered: names(choices),
    };
    let by_name = |name: &str| {
        let found = choices.iter().find(|c| c.name == name);
        found.ok_or_else(|| unknown(name))
    };
    let file = file.filter(|f| *f != Path::new("-"));
    let said = file.map_or(Named::Nothing, Format::of_path);
    let shown = || file.map(|f| f.display().to_string()).unwrap_or_default();
    let format = match said {
        Named::Nothing => return by_name(flag.or(fallback).unwrap_or(choices[0].name)),
        Named::Unknown(extension) => {
            // With `--format`, only the names that format's files may have.
            let named: Vec<&Choice<E>> = all
                .iter()
                .copied()
                .filter(|c| Some(c.name) == flag)
                .collect();
            let offered = if named.is_empty() { &all } else { &named };
            return Err(FormatError::NotOffered {
                command,
                file: shown(),
                extension,
                offered: extensions(offered),
            });
        }
        Named::Format(f) => f,
    };
    if let Some(name) = flag {
        by_name(name)?;
        let same: Vec<&Choice<E>> = choices.iter().filter(|c| c.name == name).collect();
        return match same.iter().find(|c| c.format == format) {
            Some(c) => Ok(c),
            None => Err(FormatError::Contradicts {
                file: shown(),
                name: name.to_owned(),
                named: format,
                offered: extensions(&same),
            }),
        };
    }
    let fitting = || choices.iter().filter(|c| c.format == format);
    fitting()
        .find(|c| Some(c.name) == fallback)
        .or_else(|| fitting().next())
        .ok_or_else(|| FormatError::NotOffered {
            command,
            file: shown(),
            extension: format.extension().to_owned(),
            offered: extensions(&all),
        })
}

/// For a command that writes one format: the `-o` file must be named for it,
/// or have no extension.
pub fn check_name(
    format: Format,
    command: &'static str,
    file: Option<&Path>,
) -> Result<(), FormatError> {
    let Some(file) = file.filter(|f| *f != Path::new("-")) else {
        return Ok(());
    };
    let extension = match Format::of_path(file) {
        Named::Format(f) if f == format => return Ok(()),
        Named::Nothing => return Ok(()),
        Named::Format(f) => f.extension().to_owned(),
        Named::Unknown(e) => e,
    };
    Err(FormatError::NotOffered {
        command,
        file: file.display().to_string(),
        extension,
        offered: format!(".{} ({format})", format.extension()),
    })
}

/// The choice for replacing `file` with the command's output: the format its
/// name says, which must be one the command writes.
pub fn choose_in_place<'c, E: ?Sized>(
    choices: &'c [Choice<E>],
    command: &'static str,
    file: &Path,
) -> Result<&'c Choice<E>, FormatError> {
    choose(choices, command, None, Some(file), None).map_err(|_| FormatError::InPlace {
        command,
        file: file.display().to_string(),
        extension: format!(".{}", choices[0].format.extension()),
        offered: extensions(&choices.iter().collect::<Vec<_>>()),
    })
}

/// `markdown, html or json`: the names of `choices`, each once.
pub fn names<E: ?Sized>(choices: &[Choice<E>]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for c in choices {
        if !seen.contains(&c.name) {
            seen.push(c.name);
        }
    }
    match seen.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
