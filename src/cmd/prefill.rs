//! `assure prefill Q --from OLD... [-o NEW] [-q Q2]...`: a new answers file for
//! `Q` holding what can be carried from earlier answers files, with a summary on
//! stderr of what was carried, from where, what was not and what is left.
//!
//! Each earlier file is read against its own questionnaire (`Q` itself for a
//! file of `Q`, any version; a `-q` questionnaire of the id it names; else the
//! id looked up, never opened as a path), setting aside answers that no longer
//! fit instead of failing on them. Any file that cannot be read is an error and
//! nothing is written.

use std::path::Path;

use anyhow::Result;

use crate::answers::earlier::Files;
use crate::cli::PrefillArgs;
use crate::diagnostic;
use crate::error::{UserError, reported};
use crate::export::answers::{Answered, AnswersExporter, FORMATS};
use crate::export::{self, Choice};
use crate::interactive::store::Lock;
use crate::load::Catalog;
use crate::model::Questionnaire;
use crate::output;
use crate::reuse::prefill::{self, Prefilled};
use crate::text::shell;

/// The answers file as chosen.
type Chosen = &'static Choice<AnswersExporter>;

fn write(args: &PrefillArgs, format: Chosen, q: &Questionnaire, p: &Prefilled) -> Result<()> {
    let answered = Answered {
        questionnaire: q,
        answers: &p.answers,
    };
    let text = format.exporter.export(&answered)?;
    output::check_readable(format.format, &text).map_err(UserError::from)?;
    match args.output.as_deref().filter(|o| *o != Path::new("-")) {
        Some(path) => {
            // Not while `assess` has the file open: it would write over this.
            let _lock = Lock::for_writing(path)?;
            if path.is_file() {
                let backup = output::keep_backup(path)?;
                eprintln!("Kept the file that was there as {}.", shell::path(&backup));
            }
            output::write_atomic(path, &text)?;
            eprintln!("Wrote {}.", shell::path(path));
        }
        None => output::write_bytes(None, &text)?,
    }
    Ok(())
}

pub fn run(catalog: &Catalog<'_>, args: &PrefillArgs) -> Result<()> {
    let out = args.output.as_deref();
    let format = export::choose(&FORMATS, "prefill", None, out, None).map_err(UserError::from)?;
    let target = catalog.open(&args.questionnaire).map_err(reported)?;
    diagnostic::emit_warnings(&target.warnings);
    let mut given = Vec::new();
    for name in &args.questionnaires {
        let q = catalog.open(name).map_err(reported)?;
        diagnostic::emit_warnings(&q.warnings);
        given.push(q.value);
    }
    let files = match Files::read(catalog, target.value, given, &args.from) {
        Ok(files) => files,
        Err(problems) => {
            diagnostic::emit(&problems);
            let (done, what) = ("written", "answers files");
            return Err(UserError::NothingDone { done, what }.into());
        }
    };
    diagnostic::emit_warnings(&files.warnings);
    let earlier = files.earlier();
    let (q, digest) = files.target();
    let broken = prefill::broken_links(q, &earlier);
    diagnostic::emit_warnings(&broken.iter().map(|b| b.warning()).collect::<Vec<_>>());
    let p = prefill::prefill(q, digest, &earlier);
    let left = prefill::left(q, &p.answers);
    eprint!("{}", export::prefill::summary(q, &p, &earlier, &left));
    write(args, format, q, &p)?;
    if let Some(path) = args.output.as_deref().filter(|_| !left.open.is_empty()) {
        eprintln!(
            "To answer the rest: assure assess {} --answers {} --resume",
            shell::word(&args.questionnaire),
            shell::path(path)
        );
    }
    Ok(())
}
