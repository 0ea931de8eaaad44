//! Where reports go, decided before any work is done: one destination per
//! answers file (standard output, a file, or a file in a folder named after
//! the answers file), the folder of a batch (where its index goes), and the
//! two reports `assess` writes at its end.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::export::report::Chosen;
use crate::export::{FormatError, choose, index, report};
use crate::format::Format;

/// Where one report goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Dest {
    Stdout,
    File(PathBuf),
}

/// Why the reports of a run have nowhere to go (a usage error).
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlaceError {
    #[error("several answers files make several reports: give `-o FOLDER`, not `-o -`")]
    SeveralToStdout,
    #[error(
        "`{}` is a file; with several answers files, `-o` names a folder to put one report per file in",
        .0.display()
    )]
    SeveralToFile(PathBuf),
    #[error("several answers files make several reports: give `-o FOLDER` to say where they go")]
    SeveralNowhere,
    #[error(
        "`{}` would be reported to `{}`, where another report or the index goes; rename it (or leave the index out with `--no-index`)",
        answers.display(),
        report.display()
    )]
    Clash { answers: PathBuf, report: PathBuf },
    #[error(transparent)]
    Format(#[from] FormatError),
}

/// Whether `-o` is written as a folder (`reports/`): made if need be, as for a
/// batch.
pub fn names_a_folder(p: &Path) -> bool {
    p.as_os_str()
        .to_string_lossy()
        .ends_with(std::path::MAIN_SEPARATOR)
}

/// What `report` was asked for.
pub struct Asked<'a> {
    pub answers: &'a [PathBuf],
    /// `-o`, if given.
    pub output: Option<&'a Path>,
    /// `--format`, if given.
    pub format: Option<&'a str>,
    /// The config's output folder, resolved, and its format.
    pub config_dir: Option<PathBuf>,
    pub config_format: Option<&'a str>,
    pub no_index: bool,
}

/// The format: `--format`, else the output file's extension, else the config,
/// else Markdown; a file named for another format is refused.
pub fn format(asked: &Asked<'_>) -> Result<Chosen, FormatError> {
    let one_file = asked.answers.len() == 1;
    let file = asked
        .output
        .filter(|p| one_file && !p.is_dir() && !names_a_folder(p));
    choose(
        &report::FORMATS,
        "report",
        asked.format,
        file,
        asked.config_format,
    )
}

/// `dir/STEM.EXT`: the report of `answers` in a folder (`STEM.summary.md`
/// for a summary).
fn named(dir: &Path, answers: &Path, format: Chosen) -> PathBuf {
    let stem = answers
        .file_stem()
        .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned());
    dir.join(report::file_name(&stem, format))
}

/// One destination per answers file, and the folder of a batch.
pub fn destinations(
    asked: &Asked<'_>,
    format: Chosen,
) -> Result<(Vec<Dest>, Option<PathBuf>), PlaceError> {
    let config_dir = asked.config_dir.as_deref();
    if let [answers] = asked.answers {
        let dest = match (asked.output, config_dir) {
            (Some(p), _) if p == Path::new("-") => Dest::Stdout,
            (Some(p), _) if p.is_dir() || names_a_folder(p) => {
                Dest::File(named(p, answers, format))
            }
            (Some(p), _) => Dest::File(p.to_owned()),
            (None, Some(dir)) => Dest::File(named(dir, answers, format)),
            (None, None) => Dest::Stdout,
        };
        return Ok((vec![dest], None));
    }
    let dir = match (asked.output, config_dir) {
        (Some(p), _) if p == Path::new("-") => return Err(PlaceError::SeveralToStdout),
        (Some(p), _) if p.is_file() => return Err(PlaceError::SeveralToFile(p.to_owned())),
        (Some(p), _) | (None, Some(p)) => p.to_owned(),
        (None, None) => return Err(PlaceError::SeveralNowhere),
    };
    let dests: Vec<PathBuf> = asked
        .answers
        .iter()
        .map(|a| named(&dir, a, format))
        .collect();
    // Reports in one folder: each file name once, and none where the index goes.
    let mut names: HashSet<&OsStr> = HashSet::new();
    if !asked.no_index {
        names.extend(index::FILES.iter().map(OsStr::new));
    }
    for (d, a) in dests.iter().zip(asked.answers) {
        if !names.insert(d.file_name().unwrap_or(d.as_os_str())) {
            return Err(PlaceError::Clash {
                answers: a.clone(),
                report: d.clone(),
            });
        }
    }
    Ok((dests.into_iter().map(Dest::File).collect(), Some(dir)))
}

/// What files made from an answers file are named after: its name less a
/// trailing `-answers` (`sme-baseline-answers.yaml` → `sme-baseline`).
pub fn stem(answers: &Path) -> String {
    let stem = answers
        .file_stem()
        .map_or_else(|| "answers".into(), |s| s.to_string_lossy().into_owned());
    stem.strip_suffix("-answers").unwrap_or(&stem).to_owned()
}

/// Where the reports of `assess` go and in which formats (`None`: stdout).
/// `-o FILE` chooses one file, its format from its extension, else the
/// config's, else Markdown. Otherwise the Markdown report and the same as
/// HTML, named after the answers file (`sme-baseline-answers.yaml` →
/// `sme-baseline-report.md` and `.html`), in `-o`'s folder, else `folder` (the
/// configured output folder, else the answers file's).
pub fn after_assess(
    output: Option<&Path>,
    config_format: Option<&str>,
    folder: &Path,
    answers: &Path,
) -> Result<Vec<(Chosen, Option<PathBuf>)>, FormatError> {
    let one = |file: Option<&Path>| choose(&report::FORMATS, "assess", None, file, config_format);
    let dir = match output {
        Some(p) if p == Path::new("-") => return Ok(vec![(one(None)?, None)]),
        Some(p) if !p.is_dir() => return Ok(vec![(one(Some(p))?, Some(p.to_owned()))]),
        Some(p) => p,
        None => folder,
    };
    let stem = stem(answers);
    [Format::Markdown, Format::Html]
        .map(|f| {
            let file = dir.join(format!("{stem}-report.{}", f.extension()));
            Ok((one(Some(&file))?, Some(file)))
        })
        .into_iter()
        .collect()
}

/// The reports `assess` writes for `answers` by default (the Markdown one
/// and the HTML one), in the configured output folder (`output_dir`, from
/// the config's folder) else beside the answers file: those a merge into
/// `answers` leaves out of date, where they exist.
pub fn default_reports(output_dir: Option<&Path>, answers: &Path) -> Vec<PathBuf> {
    let dir = output_dir
        .map(Path::to_owned)
        .unwrap_or_else(|| answers.parent().unwrap_or(Path::new("")).to_owned());
    let stem = stem(answers);
    [Format::Markdown, Format::Html]
        .iter()
        .map(|f| dir.join(format!("{stem}-report.{}", f.extension())))
        .collect()
}

#[cfg(test)]
mod tests;
