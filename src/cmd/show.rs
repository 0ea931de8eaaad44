//! `assure show Q`: the questions of a questionnaire or profile, as resolved.

use anyhow::Result;

use crate::cli::ShowArgs;
use crate::diagnostic;
use crate::error::{UserError, reported};
use crate::export::{self, show};
use crate::load::Catalog;
use crate::output;

pub fn run(catalog: &Catalog<'_>, args: &ShowArgs) -> Result<()> {
    let (flag, out) = (args.format.as_deref(), args.output.as_deref());
    let format =
        export::choose(&show::FORMATS, "show", flag, out, None).map_err(UserError::from)?;
    let loaded = catalog.open(&args.questionnaire).map_err(reported)?;
    diagnostic::emit_warnings(&loaded.warnings);
    let bytes = format.exporter.export(&loaded.value)?;
    output::check_readable(format.format, &bytes).map_err(UserError::from)?;
    Ok(output::write_bytes(out, &bytes)?)
}
