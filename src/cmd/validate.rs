//! `assure validate FILE...`: checks each file as what it is (questionnaire,
//! profile or answers file) and explains every problem. Wiring: the checks
//! are `validate::check`, what is said of them `export::validity`.

use anyhow::Result;

use crate::cli::ValidateArgs;
use crate::diagnostic;
use crate::error::UserError;
use crate::export::validity::{self, Checked};
use crate::format::Format;
use crate::load::Catalog;
use crate::output;
use crate::text::count::count;

pub fn run(catalog: &Catalog<'_>, args: &ValidateArgs) -> Result<()> {
    let results: Vec<Checked> = args
        .files
        .iter()
        .map(|p| crate::validate::check(catalog, args.questionnaire.as_deref(), p))
        .collect();
    let out = match args.format {
        Format::Json => validity::json(&results)?,
        _ => {
            for r in &results {
                diagnostic::emit(&r.diagnostics);
            }
            validity::ok_lines(&results)
        }
    };
    output::write(None, &out)?;
    let invalid = results.iter().filter(|r| !r.valid()).count();
    match (invalid, args.format) {
        (0, _) => Ok(()),
        (_, Format::Json) => Err(UserError::Reported.into()),
        _ => Err(UserError::Invalid {
            invalid,
            files: count(results.len(), "file", "files"),
        }
        .into()),
    }
}
