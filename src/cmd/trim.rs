//! `assure trim PROFILE`: the resolved profile as a standalone questionnaire
//! ([`crate::export::standalone`]).

use anyhow::Result;

use crate::cli::TrimArgs;
use crate::digest;
use crate::error::{UserError, reported};
use crate::export;
use crate::export::standalone::standalone;
use crate::format::Format;
use crate::load::Catalog;
use crate::{diagnostic, output};

pub fn run(catalog: &Catalog<'_>, args: &TrimArgs) -> Result<()> {
    export::check_name(Format::Yaml, "trim", args.output.as_deref()).map_err(UserError::from)?;
    let src = crate::load::read::read(&args.profile).map_err(|d| reported(vec![d]))?;
    let loaded = catalog.load(&src).map_err(reported)?;
    diagnostic::emit(&loaded.warnings);
    let text = standalone(&loaded.value)?;
    output::check_readable(crate::format::Format::Yaml, text.as_bytes())
        .map_err(UserError::from)?;
    output::write(args.output.as_deref(), &text)?;
    if args
        .output
        .as_deref()
        .is_some_and(|p| p != std::path::Path::new("-"))
    {
        eprintln!(
            "Wrote {} to {} (digest {}).",
            crate::text::count::count(loaded.value.questions().count(), "question", "questions"),
            args.output
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            digest::short(&digest::digest(&loaded.value))
        );
    }
    Ok(())
}
