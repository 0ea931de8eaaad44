//! What the start menu offers from the current folder: the answers files in
//! it (with how far each got) and the customer spreadsheets.
//!
//! Every file here is untrusted: only the folder's own entries are looked at
//! (no recursion), at most [`MAX_ENTRIES`] of them, and only files of at most
//! [`MAX_BYTES`] are read. The questionnaire an answers file names is looked
//! up as an id only, never opened as a path.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::answers::AnswersFile;
use crate::digest;
use crate::interactive::session::Session;
use crate::load::Catalog;
use crate::model::Questionnaire;

/// How many entries of the folder are looked at.
pub const MAX_ENTRIES: usize = 2000;
/// The largest file read to see whether it is an answers file.
pub const MAX_BYTES: u64 = 1 << 20;

/// An answers file of the folder, read against the questionnaire it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answered {
    pub path: PathBuf,
    /// The questionnaire's id, as the catalog knows it.
    pub questionnaire: String,
    pub title: String,
    /// Questions asked (those that conditions show) and answered.
    pub asked: usize,
    pub answered: usize,
    pub modified: Option<SystemTime>,
}

impl Answered {
    /// Whether the walk has questions left to ask.
    pub fn unfinished(&self) -> bool {
        self.answered < self.asked
    }
}

/// The files of `dir`, by name, at most [`MAX_ENTRIES`] looked at.
fn files(dir: &Path) -> Vec<(PathBuf, std::fs::Metadata)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, std::fs::Metadata)> = entries
        .take(MAX_ENTRIES)
        .filter_map(Result::ok)
        .filter_map(|e| {
            let path = e.path();
            let meta = std::fs::metadata(&path).ok()?;
            meta.is_file().then_some((path, meta))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn has_extension(path: &Path, wanted: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| wanted.iter().any(|w| e.eq_ignore_ascii_case(w)))
}

/// The valid answers files of `dir`, the most recently saved first.
pub fn answers_files(catalog: &Catalog<'_>, dir: &Path) -> Vec<Answered> {
    let mut questionnaires: HashMap<String, Option<Questionnaire>> = HashMap::new();
    let mut out = Vec::new();
    for (path, meta) in files(dir) {
        if !has_extension(&path, &["yaml", "yml"]) || meta.len() > MAX_BYTES {
            continue;
        }
        let Ok(file) = AnswersFile::open(&path) else {
            continue;
        };
        let id = file.questionnaire.value.clone();
        let q = questionnaires
            .entry(id.clone())
            .or_insert_with(|| catalog.open_id(&id).ok().map(|l| l.value));
        let Some(q) = q.as_ref() else {
            continue;
        };
        let Ok(loaded) = file.check(q, &digest::digest(q)) else {
            continue;
        };
        let session = Session::new(q, loaded.value);
        let (asked, _) = session.counts();
        out.push(Answered {
            path,
            questionnaire: id,
            title: q.title.value.clone(),
            asked,
            answered: asked - session.unanswered(),
            modified: meta.modified().ok(),
        });
    }
    out.sort_by_key(|a| std::cmp::Reverse(a.modified));
    out
}

/// The spreadsheets of `dir` a customer may have sent (`.xlsx`, `.csv`),
/// leaving out the answered copies `assure answer` writes.
pub fn spreadsheets(dir: &Path) -> Vec<PathBuf> {
    files(dir)
        .into_iter()
        .map(|(path, _)| path)
        .filter(|p| has_extension(p, &["xlsx", "csv"]))
        .filter(|p| {
            !p.file_stem()
                .is_some_and(|s| s.to_string_lossy().ends_with("-answered"))
        })
        .collect()
}

/// `path` as shown in the menu: relative to `dir` when it is in it.
pub fn shown(path: &Path, dir: &Path) -> String {
    let short = path.strip_prefix(dir).unwrap_or(path);
    crate::text::terminal::clean_line(&short.display().to_string())
}
