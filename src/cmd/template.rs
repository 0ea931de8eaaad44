//! `assure template Q`: a blank answers file to fill in with a text editor.

use anyhow::Result;

use crate::cli::TemplateArgs;
use crate::error::reported;
use crate::load::catalog::Catalog;
use crate::render::template;
use crate::{diagnostic, output};

pub fn run(catalog: &Catalog<'_>, args: &TemplateArgs) -> Result<()> {
    let loaded = catalog.open(&args.questionnaire).map_err(reported)?;
    diagnostic::emit_warnings(&loaded.warnings);
    let text = template::render(&loaded.value, catalog.config().organisation.as_deref());
    output::write(args.output.as_deref(), &text)
}
