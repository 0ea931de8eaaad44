//! `assure compare OLD NEW [--format markdown|html|json] [-o FILE] [-q Q]`: two
//! assessments of one questionnaire, then and now.
//!
//! Both files must name the same questionnaire id (two different questionnaires
//! are refused); their versions may differ. The questionnaire is `-q`, else the
//! id they name, looked up as an id. Each file is read as an earlier file
//! (`check_earlier`): answers to questions that are gone or changed are set
//! aside and reported as removed or changed, not treated as errors.

use std::path::Path;

use anyhow::Result;

use crate::answers::{self, AnswersFile, Leftover};
use crate::cli::CompareArgs;
use crate::compare::{self, Side};
use crate::diagnostic::kinds::Answering;
use crate::diagnostic::{self, Code, Diagnostic};
use crate::digest;
use crate::error::UserError;
use crate::error::reported;
use crate::export::{self, compare as formats};
use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::output;

/// Warnings that say what `compare` shows in its report anyway.
const SHOWN: [Code; 2] = [Code::VersionDiffers, Code::DigestDiffers];

fn read(file: &AnswersFile, q: &Questionnaire, digest: &str) -> Result<(Answers, Vec<Leftover>)> {
    let (loaded, leftovers) = file.check_earlier(q, digest).map_err(reported)?;
    let warnings: Vec<Diagnostic> = loaded
        .warnings
        .into_iter()
        .filter(|d| !SHOWN.contains(&d.code))
        .collect();
    diagnostic::emit_warnings(&warnings);
    Ok((loaded.value, leftovers))
}

/// Two different questionnaires cannot be compared.
fn same_questionnaire(old: &AnswersFile, new: &AnswersFile) -> Result<()> {
    if old.questionnaire.as_str() == new.questionnaire.as_str() {
        return Ok(());
    }
    Err(reported(vec![
        Diagnostic::error(Answering::NotTheSame {
            old: old.src.name.clone(),
            old_id: old.questionnaire.value.clone(),
            new: new.src.name.clone(),
            new_id: new.questionnaire.value.clone(),
        })
        .at(&new.src, new.questionnaire.span)
        .help("to reuse answers in another questionnaire, use `assure prefill`"),
    ]))
}

pub fn run(catalog: &crate::load::Catalog<'_>, args: &CompareArgs) -> Result<()> {
    let (flag, file) = (args.format.as_deref(), args.output.as_deref());
    let format =
        export::choose(&formats::FORMATS, "compare", flag, file, None).map_err(UserError::from)?;
    let old = AnswersFile::open(&args.old).map_err(reported)?;
    let new = AnswersFile::open(&args.new).map_err(reported)?;
    same_questionnaire(&old, &new)?;
    let q =
        answers::questionnaire(catalog, args.questionnaire.as_deref(), &new).map_err(reported)?;
    diagnostic::emit_warnings(&q.warnings);
    let q = &q.value;
    let digest = digest::digest(q);
    let (old_answers, old_left) = read(&old, q, &digest)?;
    let (new_answers, new_left) = read(&new, q, &digest)?;
    let name = |p: &Path| crate::answers::earlier::file_name(p);
    let c = compare::compare(
        q,
        &Side {
            file: name(&args.old),
            answers: &old_answers,
            leftovers: &old_left,
        },
        &Side {
            file: name(&args.new),
            answers: &new_answers,
            leftovers: &new_left,
        },
    );
    diagnostic::emit_warnings(&compare::out_of_order(&c).into_iter().collect::<Vec<_>>());
    Ok(output::write_bytes(file, &format.exporter.export(&c)?)?)
}
