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

/// The questionnaires of the earlier files, each loaded once: `Q` first, then
/// those given with `-q`, then any found by id.
struct Questionnaires<'c> {
    catalog: &'c Catalog<'c>,
    loaded: Vec<Questionnaire>,
    by_id: HashMap<String, usize>,
}

impl Questionnaires<'_> {
    fn find(&mut self, file: &AnswersFile) -> Result<usize, Vec<Diagnostic>> {
        if let Some(&i) = self.by_id.get(file.questionnaire.as_str()) {
            return Ok(i);
        }
        let q = answers::questionnaire(self.catalog, None, file)?;
        diagnostic::emit_warnings(&q.warnings);
        self.loaded.push(q.value);
        let i = self.loaded.len() - 1;
        self.by_id.insert(file.questionnaire.value.clone(), i);
        Ok(i)
    }

    fn read(&mut self, path: &Path) -> Result<Read, Vec<Diagnostic>> {
        let file = AnswersFile::open(path)?;
        let i = self.find(&file)?;
        let q = &self.loaded[i];
        let (loaded, leftovers) = file.check_earlier(q, &digest::digest(q))?;
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
}

/// Reads every earlier file; all their problems, or what they hold.
fn read_all(qs: &mut Questionnaires<'_>, paths: &[PathBuf]) -> Result<Vec<Read>> {
    let mut read = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match qs.read(path) {
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
        loaded: vec![target.value],
        by_id: HashMap::new(),
    };
    qs.by_id.insert(qs.loaded[0].id.value.clone(), 0);
    for given in &args.questionnaires {
        let q = catalog.open(given).map_err(reported)?;
        diagnostic::emit_warnings(&q.warnings);
        qs.by_id
            .entry(q.value.id.value.clone())
            .or_insert(qs.loaded.len());
        qs.loaded.push(q.value);
    }
    let read = read_all(&mut qs, &args.from)?;
    let earlier: Vec<Earlier<'_>> = read
        .iter()
        .map(|r| Earlier {
            name: r.name.clone(),
            questionnaire: &qs.loaded[r.questionnaire],
            answers: &r.answers,
            leftovers: &r.leftovers,
        })
        .collect();
    let q = &qs.loaded[0];
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
    let p = prefill::prefill(q, &digest::digest(q), &earlier);
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
