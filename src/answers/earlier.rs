//! Earlier answers files, read to carry their answers into a new one (`prefill`,
//! `assess --from`): each against its own questionnaire — the new one for a
//! file of the same id (any version), one given on the command line, else the
//! id the file names, looked up as an id (never opened as a path) — with the
//! answers that no longer fit set aside, not errors. Files are read in
//! parallel; each questionnaire is loaded and hashed once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{AnswersFile, Leftover, questionnaire};
use crate::diagnostic::{Code, Diagnostic};
use crate::digest;
use crate::load::Catalog;
use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::reuse::Earlier;

/// A file read, with its warnings, or its problems.
type Checked = Result<(Read, Vec<Diagnostic>), Vec<Diagnostic>>;

/// Warnings that carrying expects of an earlier file, and says in its own words.
const EXPECTED: [Code; 4] = [
    Code::VersionDiffers,
    Code::DigestDiffers,
    Code::HiddenAnswer,
    Code::SetAside,
];

/// One earlier file, read.
pub struct Read {
    /// The name `from: { file: … }` gives it.
    pub name: String,
    /// Index into the questionnaires loaded (0 is the new one).
    questionnaire: usize,
    pub answers: Answers,
    pub leftovers: Vec<Leftover>,
}

/// Every earlier file, and the questionnaires they were read against.
pub struct Files {
    /// Each with its digest; the first is the questionnaire answers go into.
    loaded: Vec<(Questionnaire, String)>,
    pub read: Vec<Read>,
    /// Warnings about the files and their questionnaires, to show.
    pub warnings: Vec<Diagnostic>,
}

/// The name `from: { file: … }` gives a file.
pub use crate::source::file_name;

impl Files {
    /// Reads `paths` to carry into `q`; `given` are questionnaires named on the
    /// command line for files that are neither of `q`'s family nor known by id.
    /// Every problem of every file, or all of them read.
    pub fn read(
        catalog: &Catalog<'_>,
        q: Questionnaire,
        given: Vec<Questionnaire>,
        paths: &[PathBuf],
    ) -> Result<Files, Vec<Diagnostic>> {
        let mut files = Files {
            loaded: Vec::new(),
            read: Vec::new(),
            warnings: Vec::new(),
        };
        let mut by_id = HashMap::new();
        for q in std::iter::once(q).chain(given) {
            files.add(q, &mut by_id);
        }
        let opened: Vec<Result<AnswersFile, Vec<Diagnostic>>> =
            paths.par_iter().map(|p| AnswersFile::open(p)).collect();
        let mut problems = Vec::new();
        let mut found = Vec::new();
        for (path, file) in paths.iter().zip(opened) {
            match file.and_then(|f| files.find(catalog, &f, &mut by_id).map(|i| (path, f, i))) {
                Ok(x) => found.push(x),
                Err(diags) => problems.extend(diags),
            }
        }
        let loaded = &files.loaded;
        let checked: Vec<Checked> = found
            .par_iter()
            .map(|(path, file, i)| check(path, file, *i, loaded))
            .collect();
        for r in checked {
            match r {
                Ok((read, warnings)) => {
                    files.read.push(read);
                    files.warnings.extend(warnings);
                }
                Err(diags) => problems.extend(diags),
            }
        }
        if problems.is_empty() {
            Ok(files)
        } else {
            Err(problems)
        }
    }

    fn add(&mut self, q: Questionnaire, by_id: &mut HashMap<String, usize>) -> usize {
        let digest = digest::digest(&q);
        let i = self.loaded.len();
        by_id.entry(q.id.value.clone()).or_insert(i);
        self.loaded.push((q, digest));
        i
    }

    /// The questionnaire `file` is read against, loaded if need be.
    fn find(
        &mut self,
        catalog: &Catalog<'_>,
        file: &AnswersFile,
        by_id: &mut HashMap<String, usize>,
    ) -> Result<usize, Vec<Diagnostic>> {
        if let Some(&i) = by_id.get(file.questionnaire.as_str()) {
            return Ok(i);
        }
        let q = questionnaire(catalog, None, file)?;
        self.warnings.extend(q.warnings);
        let i = self.add(q.value, by_id);
        by_id.insert(file.questionnaire.value.clone(), i);
        Ok(i)
    }

    /// The questionnaire answers are carried into, and its digest.
    pub fn target(&self) -> (&Questionnaire, &str) {
        let (q, digest) = &self.loaded[0];
        (q, digest)
    }

    /// The files as `reuse::carry` takes them.
    pub fn earlier(&self) -> Vec<Earlier<'_>> {
        self.read
            .iter()
            .map(|r| Earlier {
                name: r.name.clone(),
                questionnaire: &self.loaded[r.questionnaire].0,
                answers: &r.answers,
                leftovers: &r.leftovers,
            })
            .collect()
    }
}

/// An earlier file checked against its questionnaire, with the warnings worth
/// showing.
fn check(path: &Path, file: &AnswersFile, i: usize, loaded: &[(Questionnaire, String)]) -> Checked {
    let (q, digest) = &loaded[i];
    let (read, leftovers) = file.check_earlier(q, digest)?;
    let warnings = read
        .warnings
        .into_iter()
        .filter(|d| !EXPECTED.contains(&d.code))
        .collect();
    Ok((
        Read {
            name: file_name(path),
            questionnaire: i,
            answers: read.value,
            leftovers,
        },
        warnings,
    ))
}
