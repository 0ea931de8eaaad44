//! `assure trim PROFILE`: the resolved profile as a standalone questionnaire.
//!
//! The output depends only on the resolved questionnaire (the header is made from
//! its `derived_from`), so trimming twice gives the same bytes, and trimming the
//! output again changes nothing.

use anyhow::Result;

use super::reported;
use crate::catalog::Catalog;
use crate::cli::TrimArgs;
use crate::digest;
use crate::model::Questionnaire;
use crate::{diagnostic, output, yaml};

fn header(q: &Questionnaire) -> String {
    let title = crate::escape::terminal_line(&q.title);
    let mut s = format!(
        "# {title} ({} {}): a standalone questionnaire",
        q.id.value, q.version.value
    );
    match &q.derived_from {
        Some(d) => {
            s += &format!(
                "\n# trimmed from {} {} ({}).\n# Made by `assure trim`: to change it, edit the profile and trim again.\n",
                d.id, d.version, d.digest
            );
        }
        None => s += ", written by `assure trim`.\n",
    }
    s
}

/// The standalone form of a questionnaire: a header comment, then YAML.
pub fn standalone(q: &Questionnaire) -> Result<String> {
    Ok(format!("{}{}", header(q), yaml::to_string(q)?))
}

pub fn run(catalog: &Catalog<'_>, args: &TrimArgs) -> Result<()> {
    let src = crate::source::read(&args.profile).map_err(|d| reported(vec![d]))?;
    let loaded = catalog.load(&src).map_err(reported)?;
    diagnostic::emit(&loaded.warnings);
    let text = standalone(&loaded.value)?;
    output::write(args.output.as_deref(), &text)?;
    if args
        .output
        .as_deref()
        .is_some_and(|p| p != std::path::Path::new("-"))
    {
        eprintln!(
            "Wrote {} questions to {} (digest {}).",
            loaded.value.questions().count(),
            args.output
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            digest::short(&digest::digest(&loaded.value))
        );
    }
    Ok(())
}
