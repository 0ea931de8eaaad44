//! `assure prefill Q --from OLD... [-o NEW] [-q Q2]...`: a new answers file for
//! `Q` holding what can be carried from earlier answers files, with a summary on
//! stderr of what was carried, from where, what was not and what is left.
//!
//! Each earlier file is read against its own questionnaire (`Q` itself for a
//! file of `Q`, any version; a `-q` questionnaire of the id it names; else the
//! id looked up, never opened as a path), setting aside answers that no longer
//! fit instead of failing on them. Any file that cannot be read is an error and
//! nothing is written.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use rayon::prelude::*;

use crate::answers::{self, AnswersFile, Leftover};
use crate::cli::PrefillArgs;
use crate::diagnostic::{self, Code, Diagnostic};
use crate::digest;
use crate::error::{UserError, reported};
use crate::flow::prefill::{self, Prefilled};
use crate::load::Catalog;
use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::output;
use crate::render;
use crate::reuse::Earlier;
use crate::text::shell;
use crate::text::terminal::clean_line;

/// An earlier file, read.
struct Read {
    name: String,
    /// Index into the questionnaires loaded (0 is `Q`).
    questionnaire: usize,
    answers: Answers,
    leftovers: Vec<Leftover>,
}

/// Warnings that say what `prefill` expects of an earlier file, and says itself.
const EXPECTED: [Code; 3] = [
    Code::VersionDiffers,
    Code::DigestDiffers,
    Code::HiddenAnswer,
];

/// The name `from: { file: … }` gives a file.
pub(super) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The questionnaires of the earlier files, each loaded once and hashed once:
/// `Q` first, then those given with `-q`, then any found by id.
struct Questionnaires<'c> {
    catalog: &'c Catalog<'c>,
    loaded: Vec<(Questionnaire, String)>,
    by_id: HashMap<String, usize>,
}

impl Questionnaires<'_> {
    fn add(&mut self, q: Questionnaire) -> usize {
        let digest = digest::digest(&q);
        self.by_id
            .entry(q.id.value.clone())
            .or_insert(self.loaded.len());
        self.loaded.push((q, digest));
        self.loaded.len() - 1
    }

    fn find(&mut self, file: &AnswersFile) -> Result<usize, Vec<Diagnostic>> {
        if let Some(&i) = self.by_id.get(file.questionnaire.as_str()) {
            return Ok(i);
        }
        let q = answers::questionnaire(self.catalog, None, file)?;
        diagnostic::emit_warnings(&q.warnings);
        let i = self.add(q.value);
        self.by_id.insert(file.questionnaire.value.clone(), i);
        Ok(i)
    }
}

/// An earlier file checked against its questionnaire.
fn check(
    path: &Path,
    file: &AnswersFile,
    i: usize,
    qs: &Questionnaires<'_>,
) -> Result<Read, Vec<Diagnostic>> {
    let (q, digest) = &qs.loaded[i];
    let (loaded, leftovers) = file.check_earlier(q, digest)?;
    let warnings: Vec<Diagnostic> = loaded
        .warnings
        .into_iter()
        .filter(|d| !EXPECTED.contains(&d.code))
        .collect();
    diagnostic::emit_warnings(&warnings);
    Ok(Read {
        name: file_name(path),
        questionnaire: i,
        answers: loaded.value,
        leftovers,
    })
}

/// Reads every earlier file, in parallel; all their problems, or what they
/// hold, in the order given.
fn read_all(qs: &mut Questionnaires<'_>, paths: &[PathBuf]) -> Result<Vec<Read>> {
    let opened: Vec<Result<AnswersFile, Vec<Diagnostic>>> =
        paths.par_iter().map(|p| AnswersFile::open(p)).collect();
    let mut problems = Vec::new();
    let mut found = Vec::new();
    for (path, file) in paths.iter().zip(opened) {
        match file.and_then(|f| qs.find(&f).map(|i| (path, f, i))) {
            Ok(x) => found.push(x),
            Err(diags) => problems.extend(diags),
        }
    }
    let qs: &Questionnaires<'_> = qs;
    let checked: Vec<Result<Read, Vec<Diagnostic>>> = found
        .par_iter()
        .map(|(path, file, i)| check(path, file, *i, qs))
        .collect();
    let mut read = Vec::new();
    for r in checked {
        match r {
            Ok(r) => read.push(r),
            Err(diags) => problems.extend(diags),
        }
    }
    if !problems.is_empty() {
        diagnostic::emit(&problems);
        eprintln!("nothing was written: fix the answers files above, or leave them out");
        return Err(UserError::Reported.into());
    }
    Ok(read)
}

fn write(args: &PrefillArgs, q: &Questionnaire, p: &Prefilled) -> Result<()> {
    let text = answers::write(q, &p.answers);
    match args.output.as_deref().filter(|o| *o != Path::new("-")) {
        Some(path) => {
            if path.is_file() {
                let backup = output::keep_backup(path)?;
                eprintln!("Kept the file that was there as {}.", shell::path(&backup));
            }
            output::write_atomic(path, text.as_bytes())?;
            eprintln!("Wrote {}.", shell::path(path));
        }
        None => output::write(None, &text)?,
    }
    Ok(())
}

pub fn run(catalog: &Catalog<'_>, args: &PrefillArgs) -> Result<()> {
    let target = catalog.open(&args.questionnaire).map_err(reported)?;
    diagnostic::emit_warnings(&target.warnings);
    let mut qs = Questionnaires {
        catalog,
        loaded: Vec::new(),
        by_id: HashMap::new(),
    };
    qs.add(target.value);
    for given in &args.questionnaires {
        let q = catalog.open(given).map_err(reported)?;
        diagnostic::emit_warnings(&q.warnings);
        qs.add(q.value);
    }
    let read = read_all(&mut qs, &args.from)?;
    let earlier: Vec<Earlier<'_>> = read
        .iter()
        .map(|r| Earlier {
            name: r.name.clone(),
            questionnaire: &qs.loaded[r.questionnaire].0,
            answers: &r.answers,
            leftovers: &r.leftovers,
        })
        .collect();
    let (q, digest) = &qs.loaded[0];
    for b in prefill::broken_links(q, &earlier) {
        let hint = b
            .did_you_mean
            .map_or_else(String::new, |d| format!(" (did you mean `{d}`?)"));
        eprintln!(
            "warning: `{}` is the same as `{}`, which does not exist{hint}; nothing is carried through it",
            b.question,
            clean_line(&b.link)
        );
    }
    let p = prefill::prefill(q, digest, &earlier);
    let left = prefill::left(q, &p.answers);
    eprint!("{}", render::prefill::summary(q, &p, &earlier, &left));
    write(args, q, &p)?;
    if let Some(path) = args.output.as_deref().filter(|_| !left.open.is_empty()) {
        eprintln!(
            "To answer the rest: assure assess {} --answers {} --resume",
            shell::word(&args.questionnaire),
            shell::path(path)
        );
    }
    Ok(())
}
